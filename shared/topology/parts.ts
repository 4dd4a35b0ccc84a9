// A design falls apart into parts that know nothing of each other: the elements joined by links, by
// nesting, or by the one relation Azure makes without a link (a VPN device and the local network
// gateway with its public IP address, matched by sitePaths and s2s-local-network-gateway). Every
// rule and estimate looks only within one part, so each part's results can be worked out alone and
// kept while its elements and links stay the same objects: an edit makes a new document that shares
// every element and link it did not touch, so only the edited part is worked out again
// (docs/performance.md, "Node, sixth round"). No rule or estimate reads where an element is drawn or
// its notes either, so a part whose elements were only moved, resized or annotated keeps its results
// too, however large it is ("Node, seventh round"). What a part shares with the rest (the price book,
// the rules, the tiered internet egress of a data-transfer zone) is put together by the callers.
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { DisjointSets } from './disjointSets';

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
  if (a.id !== b.id || a.kind !== b.kind || a.parentId !== b.parentId) return false;
  if (a.kind === 'vpnDevice' && b.kind === 'vpnDevice') return addressKey(a.props.publicIp) === addressKey(b.props.publicIp);
  if (a.kind === 'localNetworkGateway' && b.kind === 'localNetworkGateway') return addressKey(a.props.gatewayIp) === addressKey(b.props.gatewayIp);
  return true;
}

/**
 * How a design falls into parts for a reader of it. Global Reach links join circuits, and so the
 * hubs of an estate whose regions reach each other over ExpressRoute; but only a few rules and the
 * cost of those links read them (Rule.readsGlobalReach). For everything else the parts are found
 * without them, so an edit of one hub of such an estate works out that hub alone.
 */
export type Joins = 'all links' | 'without Global Reach';

interface Found {
  cache: WeakMap<TopologyDocument, Parts>;
  /** The document parts were last found for: the next one is usually that one after an edit. */
  last?: { doc: TopologyDocument; parts: Parts };
}

const found: Record<Joins, Found> = { 'all links': { cache: new WeakMap() }, 'without Global Reach': { cache: new WeakMap() } };

/**
 * The parts of a document, in the order of their first element (links with no element at either end
 * make parts of their own, after the others). Memoised per document. After an edit that joins and
 * parts nothing (a rename, a property, a move), the parts come from the previous document's, and the
 * parts the edit did not touch are the same objects. Without Global Reach, its links are in no part
 * (their `partOfLink` is -1) and join nothing.
 */
export function partsOf(doc: TopologyDocument, joins: Joins = 'all links'): Parts {
  const memo = found[joins];
  let parts = memo.cache.get(doc);
  if (!parts) {
    if (joins !== 'all links' && !doc.links.some((link) => link.kind === 'globalReach')) {
      // The same parts: shared, so their results and indexes are too.
      parts = partsOf(doc);
    } else {
      const skip = joins === 'all links' ? undefined : 'globalReach';
      parts = (memo.last && afterEdit(memo.last.doc, memo.last.parts, doc)) ?? split(doc, skip);
    }
    memo.cache.set(doc, parts);
  }
  memo.last = { doc, parts };
  return parts;
}

/**
 * The parts of `doc` from those of `before`, when the two have the same elements and links in the
 * same places, joined alike (ids, parents, addresses, link ends) and the same other fields; else undefined.
 */
function afterEdit(before: TopologyDocument, parts: Parts, doc: TopologyDocument): Parts | undefined {
  const a = before.elements;
  const b = doc.elements;
  const la = before.links;
  const lb = doc.links;
  if (a.length !== b.length || la.length !== lb.length) return undefined;
  for (const key of Object.keys(doc)) if (key !== 'elements' && key !== 'links' && doc[key] !== before[key]) return undefined;
  if (Object.keys(doc).length !== Object.keys(before).length) return undefined;
  const { partOfElement, partOfLink } = parts;
  let touched: Set<number> | undefined;
  if (a !== b) {
    for (let i = 0; i < b.length; i++) {
      if (a[i] === b[i]) continue;
      if (!sameJoins(a[i]!, b[i]!)) return undefined;
      (touched ??= new Set()).add(partOfElement[i]!);
    }
  }
  if (la !== lb) {
    for (let j = 0; j < lb.length; j++) {
      const x = la[j]!;
      const y = lb[j]!;
      if (x === y) continue;
      if (x.source !== y.source || x.target !== y.target || x.kind !== y.kind) return undefined;
      // A link in no part (Global Reach, when its links join nothing) touches none.
      if (partOfLink[j]! >= 0) (touched ??= new Set()).add(partOfLink[j]!);
    }
  }
  if (!touched) return parts;
  const next = parts.parts.slice();
  for (const p of touched) next[p] = { elements: [], links: [] };
  for (let i = 0; i < b.length; i++) if (touched.has(partOfElement[i]!)) (next[partOfElement[i]!]!.elements as TopologyElement[]).push(b[i]!);
  for (let j = 0; j < lb.length; j++) if (touched.has(partOfLink[j]!)) (next[partOfLink[j]!]!.links as TopologyLink[]).push(lb[j]!);
  return { parts: next, partOfElement, partOfLink };
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

const partDocuments = new WeakMap<Part, TopologyDocument>();

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

function split(doc: TopologyDocument, skip?: TopologyLink['kind']): Parts {
  const { elements, links } = doc;
  const n = elements.length;
  // Nodes: the elements by index, then each id a link names that no element has. Links to one
  // missing id are joined like links to an element: the rules look links up by the ids they name.
  const node = new Map<string, number>();
  const sets = new DisjointSets(n);
  for (let i = 0; i < n; i++) {
    const id = elements[i]!.id;
    if (!node.has(id)) node.set(id, i);
  }
  const nodeOf = (id: string): number => {
    let k = node.get(id);
    if (k === undefined) node.set(id, (k = sets.add()));
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
    if (link.kind === skip) {
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
  return { parts: groups, partOfElement, partOfLink };
}

/**
 * Fields of elements and links that no rule or estimate reads: where an element is drawn (its
 * fixes place what they add from the document they are applied to) and the notes.
 */
const UNREAD_FIELDS = new Set(['position', 'size', 'notes']);

/** Whether two versions of an element or link differ only in fields no rule or estimate reads. */
export function sameButUnread(a: object, b: object): boolean {
  return readSame(a, b) && readSame(b, a);
}

/** Whether every field of `b` that is read is the same in `a` (a size added to an element is not read either). */
function readSame(a: object, b: object): boolean {
  for (const key in b) {
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key] && !UNREAD_FIELDS.has(key)) return false;
  }
  return true;
}

/** Whether part `b` is part `a` after edits that changed only what no rule or estimate reads. */
function sameButUnreadItems(a: Part, b: Part): boolean {
  if (a.elements.length !== b.elements.length || a.links.length !== b.links.length) return false;
  for (let i = 0; i < b.elements.length; i++) if (a.elements[i] !== b.elements[i] && !sameButUnread(a.elements[i]!, b.elements[i]!)) return false;
  for (let j = 0; j < b.links.length; j++) if (a.links[j] !== b.links[j] && !sameButUnread(a.links[j]!, b.links[j]!)) return false;
  return true;
}

interface MemoEntry<T> {
  part: Part;
  inputs: readonly unknown[];
  value: T | Shares<T>;
}

/**
 * A result worked out for one part, kept while the part's elements and links are the same objects
 * and `inputs` (what the result depends on besides the part: rules, prices, parameters) are too.
 * Kept as well when they were only moved, resized or annotated: `carry` then makes the result the
 * part's as it is now (a result that looks elements up by object must re-key them; one that names
 * them by id is the same). Keyed by the part's first element and its first link, so a result goes
 * when they do, and is found when the first element has moved.
 */
export class PartMemo<T> {
  private readonly entries = new WeakMap<object, MemoEntry<T>>();

  constructor(private readonly carry: (value: T, from: Part, to: Part) => T = (value) => value) {}

  private entry(part: Part, inputs: readonly unknown[]): MemoEntry<T> | undefined {
    const byElement = part.elements[0] && this.entries.get(part.elements[0]);
    if (byElement && sameItems(byElement.part, part) && sameList(byElement.inputs, inputs)) return byElement;
    const byLink = part.links[0] && this.entries.get(part.links[0]);
    if (byLink && byLink !== byElement && sameItems(byLink.part, part) && sameList(byLink.inputs, inputs)) return byLink;
    for (const before of [byElement, byLink]) {
      if (!before || !sameList(before.inputs, inputs) || !sameButUnreadItems(before.part, part)) continue;
      const value = this.valueOf(before);
      if (value === undefined) return undefined;
      const carried = { part, inputs, value: this.carry(value, before.part, part) };
      this.set(part, carried);
      return carried;
    }
    return undefined;
  }

  /** The entry's value, its share taken out first if it holds the parts' shares of a whole run. */
  private valueOf(entry: MemoEntry<T>): T | undefined {
    if (!(entry.value instanceof Shares)) return entry.value;
    const value = entry.value.of(entry.part);
    if (value === undefined) this.delete(entry);
    else entry.value = value;
    return value;
  }

  private set(part: Part, entry: MemoEntry<T>): void {
    if (part.elements[0]) this.entries.set(part.elements[0], entry);
    if (part.links[0]) this.entries.set(part.links[0], entry);
  }

  /** Forgets an entry, where it is still the one kept (a newer version of its part may share a key). */
  private delete(entry: MemoEntry<T>): void {
    for (const key of [entry.part.elements[0], entry.part.links[0]]) if (key && this.entries.get(key) === entry) this.entries.delete(key);
  }

  /** The result kept for the part, if any. */
  kept(part: Part, inputs: readonly unknown[]): T | undefined {
    const entry = this.entry(part, inputs);
    return entry && this.valueOf(entry);
  }

  keep(part: Part, inputs: readonly unknown[], value: T): void {
    this.set(part, { part, inputs, value });
  }

  /**
   * Keeps each part's share of a result worked out for the whole document, shared out by `shareOut`
   * (one result per part, in the order of `parts`, or undefined if it cannot be) when a part's is
   * first asked for: after a design is opened, at its first edit, not while it opens.
   */
  keepShares(parts: readonly Part[], inputs: readonly unknown[], shareOut: () => readonly T[] | undefined): void {
    const shares = new Shares(parts, shareOut);
    for (const part of parts) this.set(part, { part, inputs, value: shares });
  }

  get(part: Part, inputs: readonly unknown[], compute: () => T): T {
    let value = this.kept(part, inputs);
    if (value === undefined) this.keep(part, inputs, (value = compute()));
    return value;
  }

  /**
   * Whether most of the design has nothing kept (a design just opened, or pasted whole). One run over
   * the whole document, shared out among the parts afterwards, is then faster than a run per part:
   * the JIT optimises the rules' loops late when each runs over one small part at a time (a
   * 5,000-element design's first validation and cost estimate took 1.5 times as long part by part).
   */
  mostlyNew(parts: readonly Part[], inputs: readonly unknown[]): boolean {
    let missing = 0;
    let total = 0;
    for (const part of parts) {
      const size = part.elements.length + part.links.length;
      total += size;
      if (!this.entry(part, inputs)) missing += size;
    }
    return missing * 2 > total;
  }
}

/** The parts' shares of one result, shared out when the first is asked for. */
class Shares<T> {
  private shares: readonly T[] | undefined | null = null;

  constructor(
    private readonly parts: readonly Part[],
    private readonly shareOut: () => readonly T[] | undefined,
  ) {}

  of(part: Part): T | undefined {
    if (this.shares === null) this.shares = this.shareOut();
    return this.shares?.[this.parts.indexOf(part)];
  }
}

/**
 * Keeps for each part its share of a list worked out over the whole document (see keepShares): the
 * items whose `idOf` names one of the part's elements or links, in list order. Nothing is kept when
 * an item names a missing element, whose part is not known.
 */
export function keepListShares<T>(memo: PartMemo<readonly T[]>, doc: TopologyDocument, parts: Parts, inputs: readonly unknown[], items: readonly T[], idOf: (item: T) => string): void {
  memo.keepShares(parts.parts, inputs, () => {
    const partOf = partOfId(doc, parts);
    if (!partOf) return undefined;
    const shares = parts.parts.map((): T[] => []);
    for (const item of items) {
      const p = partOf.get(idOf(item));
      if (p === undefined) return undefined;
      shares[p]!.push(item);
    }
    return shares;
  });
}

/**
 * The part of each element and link, by id; undefined when an element and a link in different parts
 * share an id (only in a broken file), since a result naming that id could belong to either.
 */
function partOfId(doc: TopologyDocument, parts: Parts): ReadonlyMap<string, number> | undefined {
  if (partIds.has(parts)) return partIds.get(parts);
  const byId = idsToParts(doc, parts);
  partIds.set(parts, byId);
  return byId;
}

// Parts belong to one document: validation and the path estimates share the map.
const partIds = new WeakMap<Parts, ReadonlyMap<string, number> | undefined>();

function idsToParts(doc: TopologyDocument, { partOfElement, partOfLink }: Parts): Map<string, number> | undefined {
  const byId = new Map<string, number>();
  doc.elements.forEach((element, i) => byId.set(element.id, partOfElement[i]!));
  for (let j = 0; j < doc.links.length; j++) {
    if (partOfLink[j]! < 0) continue;
    const id = doc.links[j]!.id;
    const p = byId.get(id);
    if (p === undefined) byId.set(id, partOfLink[j]!);
    else if (p !== partOfLink[j]) return undefined;
  }
  return byId;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameItems(a: Part, b: Part): boolean {
  return a === b || (sameList(a.elements, b.elements) && sameList(a.links, b.links));
}
