// A design falls apart into parts that know nothing of each other: the elements joined by links, by
// nesting, or by the one relation Azure makes without a link (a VPN device and the local network
// gateway with its public IP address, matched by sitePaths and s2s-local-network-gateway). Every
// rule and estimate looks only within one part, so each part's results can be worked out alone and
// kept while its elements and links stay the same objects: an edit makes a new document that shares
// every element and link it did not touch, so only the edited part is worked out again
// (docs/performance.md, "Node, sixth round"; the results are kept by ./partMemo.ts). What a part
// shares with the rest (the price book, the rules, the tiered internet egress of a data-transfer
// zone) is put together by the callers.
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { DisjointSets } from './disjointSets';
import { elementIndex } from './elementIndex';
import { samePlace } from './samePlace';
import { toSize, toSizeOrEmpty } from '../kept/lists';
import { DesignScopedMap } from '../kept/designScoped';

export interface Part {
  /** In document order. */
  readonly elements: readonly TopologyElement[];
  /** In document order: the links between the part's elements, and those naming an element that is missing. */
  readonly links: readonly TopologyLink[];
}

export interface Parts {
  readonly parts: readonly Part[];
  /** The part of each element, by its index in `doc.elements`. */
  readonly partOfElement: Int32Array;
  /** The part of each link, by its index in `doc.links` (-1: in no part, see Joins). */
  readonly partOfLink: Int32Array;
}

/** The address a VPN device and a local network gateway are matched by (as s2s-local-network-gateway). */
const addressKey = (text: string) => text.trim().toLowerCase();

/** What joins an element to others besides links: its id, its parent and (devices, LNGs) its address. */
function sameJoins(a: TopologyElement, b: TopologyElement): boolean {
  if (!samePlace(a, b)) return false;
  if (a.kind === 'vpnDevice' && b.kind === 'vpnDevice') return addressKey(a.props.publicIp) === addressKey(b.props.publicIp);
  if (a.kind === 'localNetworkGateway' && b.kind === 'localNetworkGateway') return addressKey(a.props.gatewayIp) === addressKey(b.props.gatewayIp);
  return true;
}

/**
 * How a design falls into parts for a reader of it. Global Reach links join circuits, and so the
 * hubs of an estate whose regions reach each other over ExpressRoute; peerings between hub VNets
 * join the hubs of a meshed estate. But few readers read those links: six rules and the cost of
 * the Global Reach links read Global Reach (Rule.readsGlobalReach); one rule, the cost estimate and
 * the path estimates read peerings (Rule.readsPeering). For every other reader the parts are found
 * without them, so an edit of one hub of such an estate works out that hub alone. The estimates read
 * only one peering beyond a hub: they find parts without the peerings between hubs and read each
 * part with the peerings around it (./peeringsAround.ts).
 */
export type Joins =
  | 'all links'
  | 'without Global Reach'
  | 'without peering'
  | 'without Global Reach or peering'
  | 'without peering between hubs'
  | 'without Global Reach or peering between hubs';

/**
 * The link kinds that join nothing, by the way parts are found. "Between hubs": only peerings whose
 * two ends are hubs (VNets with a gateway in them) join nothing. The estimates read across every
 * peering (../topology/peeringsAround.ts), but a part per spoke would only make more parts to look
 * up after each edit: a spoke stays with its hub, and the hubs of a meshed estate come apart.
 */
const SKIPPED: Record<Joins, ReadonlySet<TopologyLink['kind']>> = {
  'all links': new Set(),
  'without Global Reach': new Set(['globalReach']),
  'without peering': new Set(['vnetPeering']),
  'without Global Reach or peering': new Set(['globalReach', 'vnetPeering']),
  'without peering between hubs': new Set(['vnetPeering']),
  'without Global Reach or peering between hubs': new Set(['globalReach', 'vnetPeering']),
};

const isBetweenHubs = (joins: Joins) => joins.endsWith('between hubs');

/** The way of finding parts that skips Global Reach links, peerings (all, or those between hubs), both or neither. */
function joinsSkipping(globalReach: boolean, peering: boolean, betweenHubs: boolean): Joins {
  const peerings = betweenHubs ? 'peering between hubs' : 'peering';
  if (globalReach) return peering ? `without Global Reach or ${peerings}` : 'without Global Reach';
  return peering ? `without ${peerings}` : 'all links';
}

interface Found {
  cache: DesignScopedMap<TopologyDocument, Parts>;
  /** The document parts were last found for: the next one is usually that one after an edit. */
  last?: { doc: TopologyDocument; parts: Parts };
}

const found = Object.fromEntries(Object.keys(SKIPPED).map((joins) => [joins, { cache: new DesignScopedMap() }])) as Record<Joins, Found>;

/**
 * The parts of a document, in the order of their first element (links with no element at either end
 * make parts of their own, after the others). Memoised per document. After an edit that joins and
 * parts nothing (a rename, a property, a move), the parts come from the previous document's, and the
 * parts the edit did not touch are the same objects. Links of a skipped kind (Joins) are in no part
 * (their `partOfLink` is -1) and join nothing. A document with no link of a kind `joins` skips gets
 * the same Parts object as the way that does not skip it, so readers of both share their results.
 */
export function partsOf(doc: TopologyDocument, joins: Joins = 'all links'): Parts {
  const memo = found[joins];
  let parts = memo.cache.get(doc);
  if (!parts) {
    const same = joinsIn(doc, joins);
    if (same !== joins) parts = partsOf(doc, same);
    else parts = stillNoPeeringBetweenHubs(joins, doc) ?? (memo.last && afterEdit(memo.last.doc, memo.last.parts, doc)) ?? splitAnew(doc, joins);
    memo.cache.set(doc, parts);
  }
  memo.last = { doc, parts };
  return parts;
}

/**
 * The way of finding parts that finds the same parts of `doc` as `joins` (skipping only the kinds of
 * link `doc` has): two ways with the same one get the same Parts object from partsOf.
 */
export function joinsIn(doc: TopologyDocument, joins: Joins): Joins {
  const skipped = SKIPPED[joins];
  if (skipped.size === 0) return joins;
  const present = skippedKindsIn(doc);
  return joinsSkipping(skipped.has('globalReach') && present.globalReach, skipped.has('vnetPeering') && present.peering, isBetweenHubs(joins));
}

/** Whether the document has a Global Reach link. */
export const hasGlobalReach = (doc: TopologyDocument): boolean => skippedKindsIn(doc).globalReach;

// By links array: most edits change an element and keep the document's links array.
const kindsByLinks = new DesignScopedMap<readonly TopologyLink[], { globalReach: boolean; peering: boolean }>();

/** Whether the document has Global Reach links and peerings. */
function skippedKindsIn(doc: TopologyDocument): { globalReach: boolean; peering: boolean } {
  const known = kindsByLinks.get(doc.links);
  if (known) return known;
  let globalReach = false;
  let peering = false;
  for (const link of doc.links) {
    if (link.kind === 'globalReach') globalReach = true;
    else if (link.kind === 'vnetPeering') peering = true;
    if (globalReach && peering) break;
  }
  const kinds = { globalReach, peering };
  kindsByLinks.set(doc.links, kinds);
  return kinds;
}

/**
 * The parts of `doc` from those of `before`, when the two have the same elements and links in the
 * same places, joined alike (ids, parents, addresses, link ends) and the same other fields; else undefined.
 */
function afterEdit(before: TopologyDocument, parts: Parts, doc: TopologyDocument): Parts | undefined {
  const edit = editBetween(before, doc);
  if (!edit) return undefined;
  const { partOfElement, partOfLink } = parts;
  let touched: Set<number> | undefined;
  for (const i of edit.elements) (touched ??= new Set()).add(partOfElement[i]!);
  // A link in no part (Global Reach, when its links join nothing) touches none.
  for (const j of edit.links) if (partOfLink[j]! >= 0) (touched ??= new Set()).add(partOfLink[j]!);
  if (!touched) return parts;
  const b = doc.elements;
  const lb = doc.links;
  const next = parts.parts.slice();
  for (const p of touched) next[p] = { elements: [], links: [] };
  for (let i = 0; i < b.length; i++) if (touched.has(partOfElement[i]!)) (next[partOfElement[i]!]!.elements as TopologyElement[]).push(b[i]!);
  for (let j = 0; j < lb.length; j++) if (touched.has(partOfLink[j]!)) (next[partOfLink[j]!]!.links as TopologyLink[]).push(lb[j]!);
  for (const p of touched) next[p] = partToSize(next[p] as { elements: TopologyElement[]; links: TopologyLink[] });
  return { parts: next, partOfElement, partOfLink };
}

/** Which elements and links (by index) an edit that joined and parted nothing changed. */
interface Edit {
  elements: readonly number[];
  links: readonly number[];
}

/**
 * The edit from `before` to `doc`, when it joined and parted nothing; else undefined. The same for
 * every way of finding parts (each asks with the document it last saw, usually the same one), so
 * worked out once: comparing every element was most of afterEdit's time when a design is opened
 * again, where every element is a new object.
 */
function editBetween(before: TopologyDocument, doc: TopologyDocument): Edit | undefined {
  if (lastEdit && lastEdit.before === before && lastEdit.doc === doc) return lastEdit.edit;
  const edit = findEdit(before, doc);
  lastEdit = { before, doc, edit };
  return edit;
}

let lastEdit: { before: TopologyDocument; doc: TopologyDocument; edit: Edit | undefined } | undefined;

function findEdit(before: TopologyDocument, doc: TopologyDocument): Edit | undefined {
  const a = before.elements;
  const b = doc.elements;
  const la = before.links;
  const lb = doc.links;
  if (a.length !== b.length || la.length !== lb.length) return undefined;
  for (const key of Object.keys(doc)) if (key !== 'elements' && key !== 'links' && doc[key] !== before[key]) return undefined;
  if (Object.keys(doc).length !== Object.keys(before).length) return undefined;
  const elements: number[] = [];
  if (a !== b) {
    for (let i = 0; i < b.length; i++) {
      if (a[i] === b[i]) continue;
      if (!sameJoins(a[i]!, b[i]!)) return undefined;
      elements.push(i);
    }
  }
  const links: number[] = [];
  if (la !== lb) {
    for (let j = 0; j < lb.length; j++) {
      const x = la[j]!;
      const y = lb[j]!;
      if (x === y) continue;
      if (x.source !== y.source || x.target !== y.target || x.kind !== y.kind) return undefined;
      links.push(j);
    }
  }
  return { elements, links };
}

/** The way of finding parts that every peering joins, but otherwise as `joins`. */
const withPeerings = (joins: Joins): Joins => (SKIPPED[joins].has('globalReach') ? 'without Global Reach' : 'all links');

/**
 * For a way that skips the peerings between hubs: the parts with every peering joining, when the
 * document before had no peering between hubs and `doc` is that one after an edit that joined and
 * parted nothing (the parts found with every peering kept their part numbers). So a design of
 * separate hubs shares one Parts object between all its readers, edit after edit.
 */
function stillNoPeeringBetweenHubs(joins: Joins, doc: TopologyDocument): Parts | undefined {
  const before = found[joins].last;
  if (!before || !isBetweenHubs(joins)) return undefined;
  const sibling = found[withPeerings(joins)];
  const siblingBefore = sibling.cache.get(before.doc);
  if (siblingBefore !== before.parts) return undefined;
  const parts = partsOf(doc, withPeerings(joins));
  return parts.partOfElement === siblingBefore.partOfElement && parts.partOfLink === siblingBefore.partOfLink ? parts : undefined;
}

/**
 * The parts of `doc` found afresh. A design whose peerings join no two hubs has the parts it has with
 * every peering joining (the same object, so their readers share their results).
 */
function splitAnew(doc: TopologyDocument, joins: Joins): Parts {
  if (!isBetweenHubs(joins)) return split(doc, SKIPPED[joins]);
  // The first element of an id, as split numbers them.
  const indexOf = elementIndex(doc.elements);
  const hubs = hubsOf(doc.elements, indexOf);
  const betweenHubs = doc.links.some((link) => link.kind === 'vnetPeering' && hubs.has(indexOf.get(link.source)!) && hubs.has(indexOf.get(link.target)!));
  if (!betweenHubs) return partsOf(doc, withPeerings(joins));
  return split(doc, SKIPPED[joins], hubs);
}

/**
 * The indexes of the VNets with a gateway in them (the gateway's parent, or its parent's parent), by
 * the index of each element id. A move of a gateway changes its parent: parts are then found anew.
 */
function hubsOf(elements: readonly TopologyElement[], indexOf: ReadonlyMap<string, number>): Set<number> {
  const hubs = new Set<number>();
  for (const element of elements) {
    if (element.kind !== 'vpnGateway' && element.kind !== 'erGateway') continue;
    let current: TopologyElement | undefined = element;
    for (let depth = 0; current && depth < 16; depth++) {
      if (current.kind === 'vnet') {
        hubs.add(indexOf.get(current.id)!);
        break;
      }
      current = current.parentId !== undefined ? elements[indexOf.get(current.parentId) ?? -1] : undefined;
    }
  }
  return hubs;
}

/** The whole document as one part. */
export function wholePart(doc: TopologyDocument): Part {
  return { elements: doc.elements, links: doc.links };
}

/** The whole document as the only part: what the parts must add up to (the reference the tests hold them to). */
export function asOnePart(doc: TopologyDocument): Parts {
  return {
    parts: [wholePart(doc)],
    partOfElement: new Int32Array(doc.elements.length),
    partOfLink: new Int32Array(doc.links.length),
  };
}

const partDocuments = new DesignScopedMap<Part, TopologyDocument>();

/**
 * The document a part is worked out as: its own elements and links, the document's other fields.
 * One per part, so validation and the estimates share its indexes (contextOf); a part that is the
 * whole design is the document itself.
 */
export function partDocument(doc: TopologyDocument, part: Part): TopologyDocument {
  if (part.elements.length === doc.elements.length && part.links.length === doc.links.length) return doc;
  let partDoc = partDocuments.get(part);
  if (!partDoc) partDocuments.set(part, (partDoc = { ...doc, elements: part.elements as TopologyElement[], links: part.links as TopologyLink[] }));
  return partDoc;
}

/** `hubs`, when given: only the peerings between two of these elements (by index) join nothing. */
function split(doc: TopologyDocument, skip: ReadonlySet<TopologyLink['kind']>, hubs?: ReadonlySet<number>): Parts {
  const { elements, links } = doc;
  const n = elements.length;
  // Nodes: the elements by index, then each id a link names that no element has. Links to one
  // missing id are joined like links to an element: the rules look links up by the ids they name.
  const node = elementIndex(elements);
  const missing = new Map<string, number>();
  const sets = new DisjointSets(n);
  const nodeOf = (id: string): number => {
    let k = node.get(id) ?? missing.get(id);
    if (k === undefined) missing.set(id, (k = sets.add()));
    return k;
  };
  // A set's root is its lowest number: a part's root is its first element, if it has one.

  const byAddress = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    // A duplicated id (only in a broken file) joins both elements: lookups by id see one of them.
    sets.join(i, node.get(el.id)!);
    if (el.parentId !== undefined) sets.join(i, nodeOf(el.parentId));
    const address = el.kind === 'vpnDevice' ? el.props.publicIp : el.kind === 'localNetworkGateway' ? el.props.gatewayIp : undefined;
    if (address === undefined) continue;
    const key = addressKey(address);
    if (key === '') continue;
    const first = byAddress.get(key);
    if (first === undefined) byAddress.set(key, i);
    else sets.join(i, first);
  }
  const linkNode = new Int32Array(links.length);
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    if (skip.has(link.kind) && (link.kind !== 'vnetPeering' || !hubs || (hubs.has(node.get(link.source)!) && hubs.has(node.get(link.target)!)))) {
      linkNode[j] = -1;
      continue;
    }
    const source = nodeOf(link.source);
    sets.join(source, nodeOf(link.target));
    linkNode[j] = source;
  }

  const partOfRoot = new Int32Array(sets.size).fill(-1);
  const groups: Array<{ elements: TopologyElement[]; links: TopologyLink[] }> = [];
  const partOf = (k: number): number => {
    const r = sets.find(k);
    let p = partOfRoot[r]!;
    if (p < 0) {
      partOfRoot[r] = p = groups.length;
      groups.push({ elements: [], links: [] });
    }
    return p;
  };
  const partOfElement = new Int32Array(n);
  for (let i = 0; i < n; i++) groups[(partOfElement[i] = partOf(i))]!.elements.push(elements[i]!);
  // Parts of links between missing ids alone come after those with elements.
  const partOfLink = new Int32Array(links.length);
  for (let j = 0; j < links.length; j++) {
    if (linkNode[j]! < 0) partOfLink[j] = -1;
    else groups[(partOfLink[j] = partOf(linkNode[j]!))]!.links.push(links[j]!);
  }
  return { parts: groups.map(partToSize), partOfElement, partOfLink };
}

/**
 * Parts are kept from edit to edit, and a large design has a part per spoke: kept to size, most of
 * them with the shared empty list of links, made by a constructor (../kept/lists.ts).
 */
function partToSize(part: { elements: TopologyElement[]; links: TopologyLink[] }): Part {
  return new KeptPart(toSize(part.elements), toSizeOrEmpty(part.links));
}

class KeptPart implements Part {
  constructor(
    readonly elements: readonly TopologyElement[],
    readonly links: readonly TopologyLink[],
  ) {}
}
