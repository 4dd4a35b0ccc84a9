// The estimates work a design out in parts found without the peerings between hubs (Joins 'without
// Global Reach or peering between hubs', ./parts.ts), so that in an estate whose hubs are peered to
// each other an edit of one hub prices and estimates that hub again, not the whole estate. What they
// read across a peering is little: a path goes on over the peerings of the gateway's VNet to the VNets
// at their other ends and no further (peering is not transitive), and a site's traffic is shared among
// those VNets. So a part is worked out with the peerings from it to other parts and the VNets at their
// other ends (documentAround), and its results are kept while those, too, are the same objects
// (aroundInputs). The cost line of such a peering reads the traffic of both parts: ../estimate/peeringLine.ts.
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import type { PartMemo } from './partMemo';
import { partsOf, type Joins, type Part, type Parts } from './parts';
import { DesignScopedMap } from '../kept/designScoped';

/** How the estimates (cost and paths) find their parts: Global Reach and the peerings between hubs join nothing. */
export const ESTIMATED_BY: Joins = 'without Global Reach or peering between hubs';

/** What a part reads of the rest of the design. */
export interface AroundPart {
  /** The peerings in no part with an end in this one, in document order. */
  readonly peerings: readonly TopologyLink[];
  /** The VNets at their other ends that are in other parts, in document order. */
  readonly vnets: readonly TopologyElement[];
}

export interface PeeringsAcross {
  /** By part, in the order of `parts.parts`. */
  readonly around: readonly AroundPart[];
  /** Each peering in no part, by its index in `doc.links`: the elements at its source and target, and their parts (-1: none there). */
  readonly ends: ReadonlyMap<number, PeeringEnds>;
}

export interface PeeringEnds {
  readonly source: TopologyElement | undefined;
  readonly target: TopologyElement | undefined;
  readonly sourcePart: number;
  readonly targetPart: number;
}

const NOTHING_AROUND: AroundPart = { peerings: [], vnets: [] };
const found = new DesignScopedMap<TopologyDocument, { parts: Parts; across: PeeringsAcross }>();

interface Found {
  readonly links: readonly TopologyLink[];
  elements: readonly TopologyElement[];
  readonly partOfElement: Int32Array;
  across: PeeringsAcross;
  /** The indexes of the elements at the ends of peerings. */
  ends: ReadonlySet<number>;
}

/** What was found for the last document: the next is usually that one after an edit. */
let last: Found | undefined;

/**
 * The peerings around each part of `parts` (found without some peerings), and the ends of each peering in no part.
 * Memoised per document: one pass over its links and one over its elements, or, after an edit that
 * changed no link, no part and no element at the end of a peering, those of the document before.
 */
export function peeringsAcross(doc: TopologyDocument, parts: Parts): PeeringsAcross {
  const kept = found.get(doc);
  if (kept?.parts === parts) return kept.across;
  let across = last && unchangedAround(last, doc, parts) ? last.across : undefined;
  if (!across) {
    const ends = new Set<number>();
    across = findAcross(doc, parts, ends);
    last = { links: doc.links, elements: doc.elements, partOfElement: parts.partOfElement, across, ends };
  } else last!.elements = doc.elements;
  found.set(doc, { parts, across });
  return across;
}

/** Whether `doc` has the peerings around the same parts as the last document: only elements away from peerings changed. */
function unchangedAround(before: Found, doc: TopologyDocument, parts: Parts): boolean {
  // The same part of each element (parts.ts keeps the array after an edit that joins and parts nothing).
  if (before.links !== doc.links || before.partOfElement !== parts.partOfElement || before.elements.length !== doc.elements.length) return false;
  const { elements } = doc;
  for (let i = 0; i < elements.length; i++) if (elements[i] !== before.elements[i] && before.ends.has(i)) return false;
  return true;
}

function findAcross(doc: TopologyDocument, parts: Parts, endIndexes: Set<number>): PeeringsAcross {
  const { elements, links } = doc;
  const endIds = new Set<string>();
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    // A peering in a part (one that joins, or the whole design as one part) is among its links.
    if (link.kind !== 'vnetPeering' || parts.partOfLink[j]! >= 0) continue;
    endIds.add(link.source);
    endIds.add(link.target);
  }
  if (endIds.size === 0) return { around: parts.parts.map(() => NOTHING_AROUND), ends: new Map() };
  // The last element of an id wins, as lookups by id do (ValidationContext.byId): only a broken file has two.
  const indexOf = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    if (!endIds.has(elements[i]!.id)) continue;
    indexOf.set(elements[i]!.id, i);
    endIndexes.add(i);
  }
  const around = parts.parts.map((): { peerings: TopologyLink[]; vnets: TopologyElement[] } => ({ peerings: [], vnets: [] }));
  const vnetsOutside = parts.parts.map(() => new Set<number>());
  const ends = new Map<number, PeeringEnds>();
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    if (link.kind !== 'vnetPeering' || parts.partOfLink[j]! >= 0) continue;
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    const sourcePart = s === undefined ? -1 : parts.partOfElement[s]!;
    const targetPart = t === undefined ? -1 : parts.partOfElement[t]!;
    ends.set(j, { source: s === undefined ? undefined : elements[s], target: t === undefined ? undefined : elements[t], sourcePart, targetPart });
    const add = (part: number, other: number | undefined) => {
      around[part]!.peerings.push(link);
      // Only VNets: a path goes on over a peering to a VNet alone (ValidationContext.peeredVnets).
      if (other !== undefined && parts.partOfElement[other] !== part && elements[other]!.kind === 'vnet') vnetsOutside[part]!.add(other);
    };
    if (sourcePart >= 0) add(sourcePart, t);
    if (targetPart >= 0 && targetPart !== sourcePart) add(targetPart, s);
  }
  return {
    around: around.map((a, p) => {
      if (a.peerings.length === 0) return NOTHING_AROUND;
      for (const i of [...vnetsOutside[p]!].sort((x, y) => x - y)) a.vnets.push(elements[i]!);
      return a;
    }),
    ends,
  };
}

const inputLists = new DesignScopedMap<AroundPart, { input: unknown; list: readonly unknown[] }>();
// NOTHING_AROUND is shared by every part without peerings around it: one list, for the last input.
let nothingAround: { input: unknown; list: readonly unknown[] } | undefined;

/**
 * What a part's estimate depends on besides the part: `input` (the prices, the parameters), then the
 * peerings around it and the VNets at their other ends. The same list while those are the same: the
 * estimates look their parts up by it after every edit.
 */
export function aroundInputs(input: unknown, around: AroundPart): readonly unknown[] {
  const kept = around === NOTHING_AROUND ? nothingAround : inputLists.get(around);
  if (kept && kept.input === input) return kept.list;
  const made = { input, list: [input, ...around.peerings, ...around.vnets] };
  if (around === NOTHING_AROUND) nothingAround = made;
  else inputLists.set(around, made);
  return made.list;
}

/**
 * The first run over a design in steps (the analysis after an open, in slices): each step works out
 * one part that `memo` keeps nothing for, on its document around it, and keeps the result.
 */
export function* stepsAround<T>(doc: TopologyDocument, memo: PartMemo<T>, input: unknown, work: (partDoc: TopologyDocument, part: Part) => T): Generator<void, void, void> {
  // Noted as asked about, so that the estimate of `doc` afterwards gathers the steps' results.
  memo.newDesign(doc);
  const allParts = partsOf(doc, ESTIMATED_BY);
  const { around } = peeringsAcross(doc, allParts);
  for (let p = 0; p < allParts.parts.length; p++) {
    const part = allParts.parts[p]!;
    const inputs = aroundInputs(input, around[p]!);
    if (memo.kept(part, inputs) !== undefined) continue;
    memo.keep(part, inputs, work(documentAround(doc, part, around[p]!), part));
    yield;
  }
}

const documents = new DesignScopedMap<Part, { around: AroundPart; doc: TopologyDocument }>();

/**
 * The document a part is estimated as: its elements and links, then the VNets and peerings around it
 * (the document's other fields as they are). One per part and surroundings, so the cost and path
 * estimates share its indexes (contextOf); a part that is the whole design is the document itself.
 */
export function documentAround(doc: TopologyDocument, part: Part, around: AroundPart): TopologyDocument {
  if (part.elements.length + around.vnets.length === doc.elements.length && part.links.length + around.peerings.length === doc.links.length) return doc;
  const kept = documents.get(part);
  if (kept && sameAround(kept.around, around)) return kept.doc;
  const aroundDoc: TopologyDocument = {
    ...doc,
    elements: around.vnets.length === 0 ? (part.elements as TopologyElement[]) : [...part.elements, ...around.vnets],
    links: around.peerings.length === 0 ? (part.links as TopologyLink[]) : inDocumentOrder(doc.links, part.links, around.peerings),
  };
  documents.set(part, { around, doc: aroundDoc });
  return aroundDoc;
}

/**
 * The links of both lists in the order of the document's: a VNet's peerings are gone over in link
 * order (a site's paths to its VNets are listed in that order), whether they join parts or not.
 */
function inDocumentOrder(links: readonly TopologyLink[], ...lists: ReadonlyArray<readonly TopologyLink[]>): TopologyLink[] {
  const wanted = new Set<TopologyLink>();
  for (const list of lists) for (const link of list) wanted.add(link);
  return links.filter((link) => wanted.has(link));
}

function sameAround(a: AroundPart, b: AroundPart): boolean {
  if (a === b) return true;
  if (a.peerings.length !== b.peerings.length || a.vnets.length !== b.vnets.length) return false;
  for (let i = 0; i < a.peerings.length; i++) if (a.peerings[i] !== b.peerings[i]) return false;
  for (let i = 0; i < a.vnets.length; i++) if (a.vnets[i] !== b.vnets[i]) return false;
  return true;
}
