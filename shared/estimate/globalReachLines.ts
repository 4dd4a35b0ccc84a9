// The Global Reach add-on lines of a design, worked out over the parts joined by all links (a
// circuit is charged once, by its first Global Reach connection) and kept while what they read is
// unchanged. estimateCost (./cost.ts) puts them among the other lines.
import type { LinkOfKind, TopologyDocument, TopologyLink } from '../model/types';
import { rekeyed } from '../kept/rekeyed';
import { PartMemo, sameList } from '../topology/partMemo';
import { partsOf, type Part } from '../topology/parts';
import { ValidationContext } from '../validation/context';
import { globalReachCost } from './costOfLink';
import type { CostLine, PriceBook } from './types';
import { DesignScopedMap } from '../kept/designScoped';

const joinedByGlobalReach = (part: Part): boolean => part.links.some((link) => link.kind === 'globalReach');

const globalReachByPart = new PartMemo<Map<TopologyLink, CostLine>>((lines, from, to) => rekeyed(lines, from.links, to.links));

/** The Global Reach lines of the parts joined by all links, kept per part while it is unchanged. */
export function globalReachLines(doc: TopologyDocument, parts: readonly Part[], prices: PriceBook, keep: boolean): Map<TopologyLink, CostLine> {
  const all = new Map<TopologyLink, CostLine>();
  for (const part of parts) {
    if (!joinedByGlobalReach(part)) continue;
    const lines = keep ? globalReachByPart.get(part, [prices], () => priceGlobalReach(doc, part, prices)) : priceGlobalReach(doc, part, prices, false);
    for (const [link, line] of lines) all.set(link, line);
  }
  return all;
}

/**
 * A part's Global Reach lines, by its first Global Reach link, with what they were made from. An
 * estate joined by Global Reach is one part, changed by every edit; the lines read only the links
 * and what they name, so an edit elsewhere keeps them.
 */
const globalReachByLinks = new DesignScopedMap<TopologyLink, { inputs: readonly unknown[]; lines: Map<TopologyLink, CostLine> }>();

/**
 * The Global Reach lines of a part, in link order (a circuit is charged the add-on by its first
 * connection). They name circuits: the labels come from the part's elements and links with the ids
 * the connections name, which label them as the part's own indexes would (the last of an id wins).
 */
function priceGlobalReach(doc: TopologyDocument, part: Part, prices: PriceBook, keep = true): Map<TopologyLink, CostLine> {
  const links = part.links.filter((link): link is LinkOfKind<'globalReach'> => link.kind === 'globalReach');
  const ends = new Set(links.flatMap((link) => [link.source, link.target]));
  const elements = part.elements.filter((element) => ends.has(element.id));
  const named = part.links.filter((link) => link.kind === 'globalReach' || ends.has(link.id));
  const inputs = [prices, ...elements, ...named];
  const kept = keep ? globalReachByLinks.get(links[0]!) : undefined;
  if (kept && sameList(kept.inputs, inputs)) return kept.lines;
  const ctx = new ValidationContext({ ...doc, elements, links: named });
  const charged = new Set<string>();
  const lines = new Map(links.map((link) => [link, globalReachCost(link, charged, ctx, prices)]));
  if (keep) globalReachByLinks.set(links[0]!, { inputs, lines });
  return lines;
}

/** The Global Reach lines of `doc` in steps of one part each, for costSteps (./cost.ts): a part whose lines are kept takes no step. */
export function* globalReachSteps(doc: TopologyDocument, prices: PriceBook): Generator<void, void, void> {
  for (const part of partsOf(doc).parts) {
    if (!joinedByGlobalReach(part) || globalReachByPart.kept(part, [prices]) !== undefined) continue;
    globalReachByPart.keep(part, [prices], priceGlobalReach(doc, part, prices));
    yield;
  }
}
