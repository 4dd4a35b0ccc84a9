// The cost line of a VNet peering between two parts, put together from both: the estimates find parts
// without the peerings between hubs (shared/topology/peeringsAround.ts), and each part attributes its
// own sites' traffic to the peerings around it. Both hubs' sites send traffic across, one way each.
import type { LinkOfKind, TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import type { PeeringEnds } from '../topology/peeringsAround';
import { ValidationContext } from '../validation/context';
import { peeringCost } from './costOfLink';
import type { PeeringFlow, TrafficAttribution } from './trafficAttribution';
import type { CostLine, PriceBook } from './types';
import { DesignScopedMap } from '../kept/designScoped';

/** A part as the line reads it: its traffic, and the context it was attributed in (its names). */
export interface PricedSide {
  traffic: TrafficAttribution;
  ctx: ValidationContext;
}

/** A line, and what it was made from. */
interface Kept {
  prices: PriceBook;
  source: TopologyElement | undefined;
  target: TopologyElement | undefined;
  /** The parts' traffic, not their flows across this peering: a part that no longer sends any has none. */
  a: TrafficAttribution | undefined;
  b: TrafficAttribution | undefined;
  line: CostLine;
}

// By link object: a peering that was edited is another object.
const kept = new DesignScopedMap<TopologyLink, Kept>();

/**
 * The line of `link`, whose ends are in the parts `ends` names (of `sides`). Kept, when `keep`, while
 * the prices, the link, the elements at its ends and both parts' traffic are the same objects.
 */
export function peeringLine(
  doc: TopologyDocument,
  link: LinkOfKind<'vnetPeering'>,
  ends: PeeringEnds,
  sides: readonly PricedSide[],
  prices: PriceBook,
  keep: boolean,
): CostLine {
  const a = ends.sourcePart >= 0 ? sides[ends.sourcePart] : undefined;
  let b = ends.targetPart >= 0 ? sides[ends.targetPart] : undefined;
  // One part (both ends in it), or the views of one run over the whole design: its traffic holds every flow.
  if (b && a && b.traffic === a.traffic) b = undefined;
  const flowsA = a?.traffic.peerings.get(link.id);
  const flowsB = b?.traffic.peerings.get(link.id);
  const before = keep ? kept.get(link) : undefined;
  if (before && before.prices === prices && before.source === ends.source && before.target === ends.target && before.a === a?.traffic && before.b === b?.traffic) return before.line;
  let flows: readonly PeeringFlow[];
  let ctx: ValidationContext | undefined;
  if (!a || !b) {
    // One part at the ends: its traffic holds every flow across the peering, and its document names
    // the VNets at the other ends of its peerings.
    flows = (a ? flowsA : flowsB) ?? [];
    ctx = (a ?? b)?.ctx;
  } else {
    // A part's sites send across towards the end in that part (their gateway's VNet). A side may be a
    // view of a run over the whole design, whose traffic holds both ways, as they were then.
    const fromA = ownFlows(flowsA, ends.source);
    const fromB = ownFlows(flowsB, ends.target);
    if (fromB.length === 0) [flows, ctx] = [fromA, a.ctx];
    else if (fromA.length === 0) [flows, ctx] = [fromB, b.ctx];
    else {
      // Traffic both ways: each side's sites named as its part names them, the flows in the order one
      // run over the whole document finds them (by their first site).
      const elements = [ends.source, ends.target].filter((e): e is TopologyElement => e !== undefined);
      sitesOf(a.ctx, fromA, elements);
      sitesOf(b.ctx, fromB, elements);
      ctx = new ValidationContext({ ...doc, elements, links: [link] });
      flows = byFirstSite(doc, fromA.concat(fromB));
    }
  }
  const line = peeringCost(link, flows, ctx ?? new ValidationContext({ ...doc, elements: [], links: [link] }), prices);
  if (keep) kept.set(link, { prices, source: ends.source, target: ends.target, a: a?.traffic, b: b?.traffic, line });
  return line;
}

/**
 * Keeps `line`, made by a run over the whole design (`whole`: the design as that run priced it), as
 * peeringLine keeps the line of `link` when the parts at its ends are both views of that run: the
 * design's first edit finds it kept.
 */
export function keepPeeringLine(link: TopologyLink, ends: PeeringEnds, whole: PricedSide, prices: PriceBook, line: CostLine): void {
  const a = ends.sourcePart >= 0 ? whole.traffic : undefined;
  const b = a === undefined && ends.targetPart >= 0 ? whole.traffic : undefined;
  if (a !== undefined || b !== undefined) kept.set(link, { prices, source: ends.source, target: ends.target, a, b, line });
}

/** The flows of `flows` sent across towards `end`. */
const ownFlows = (flows: readonly PeeringFlow[] | undefined, end: TopologyElement | undefined): readonly PeeringFlow[] =>
  flows?.every((flow) => flow.toVnetId === end?.id) ? flows : (flows?.filter((flow) => flow.toVnetId === end?.id) ?? []);

/** Adds the sites of `flows` to `elements`, as `ctx` (their part's) finds them. */
function sitesOf(ctx: ValidationContext, flows: readonly PeeringFlow[], elements: TopologyElement[]): void {
  for (const flow of flows) {
    for (const siteId of flow.shares.ids()) {
      const site = ctx.byId.get(siteId);
      if (site) elements.push(site);
    }
  }
}

const indexes = new DesignScopedMap<readonly TopologyElement[], Map<string, number>>();

/** The flows in the order of their first site in the document. */
function byFirstSite(doc: TopologyDocument, flows: readonly PeeringFlow[]): PeeringFlow[] {
  let index = indexes.get(doc.elements);
  if (!index) {
    index = new Map();
    for (let i = 0; i < doc.elements.length; i++) index.set(doc.elements[i]!.id, i);
    indexes.set(doc.elements, index);
  }
  const first = (flow: PeeringFlow) => index.get(flow.shares.firstId ?? '') ?? Infinity;
  return flows.slice().sort((x, y) => first(x) - first(y));
}
