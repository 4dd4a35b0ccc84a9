// The indexes a ValidationContext looks things up in: built from a document, or, after an edit that
// changed a few elements and nothing of how they are joined (a rename, a property), from the
// indexes of the document before it. Where one part is the whole design (hubs peered or joined by
// Global Reach, branches dual-homed), the rules that read all of it get a new context after every
// edit, and building its indexes was a tenth of such an edit's time (docs/performance.md, "Node,
// fourteenth round").
import type { ElementKind, LinkKind } from '../model/enums';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { sameList } from '../topology/partMemo';
import { samePlace } from '../topology/samePlace';
import { emptyList } from '../kept/lists';

/** Read-only once built: a context after an edit shares what the edit did not change. */
export interface Indexes {
  /** The index in `doc.elements` of each id (the last element of an id). */
  indexById: Map<string, number>;
  // An element's links and children, by its index: no map of their own, nor a list each (LaidOut).
  // Ids no element has (only in a broken file) have maps of their own.
  links: LaidOut<TopologyLink>;
  children: LaidOut<TopologyElement>;
  linksOfMissing: Map<string, TopologyLink[]>;
  childrenOfMissing: Map<string, TopologyElement[]>;
  kindIndex: Map<ElementKind, TopologyElement[]>;
  linkKindIndex: Map<LinkKind, TopologyLink[]>;
  /**
   * The ids the document names, looked up once: the index of each element's parent, and of each
   * link's source and target (-1: none, or no element has the id), and whether two elements share
   * an id (only in a broken file). The ids in links and parents are other strings than the elements'
   * own, each compared character by character in a lookup, and buildIndexes and the components of
   * address-overlap-connected looked each up twice.
   */
  ends: Ends;
}

export interface Ends {
  parentAt: Int32Array;
  sourceAt: Int32Array;
  targetAt: Int32Array;
  idsShared: boolean;
}

export function buildIndexes(doc: TopologyDocument): Indexes {
  const { elements, links } = doc;
  const n = elements.length;
  const index = new Map<string, number>();
  const kindIndex = new Map<ElementKind, TopologyElement[]>();
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    index.set(el.id, i);
    push(kindIndex, el.kind, el);
  }
  const childrenOfMissing = new Map<string, TopologyElement[]>();
  const childCount = new Int32Array(n);
  const parentAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const parentId = elements[i]!.parentId;
    if (!parentId) continue;
    const p = index.get(parentId);
    if (p !== undefined) {
      childCount[p]++;
      parentAt[i] = p;
    } else push(childrenOfMissing, parentId, elements[i]!);
  }
  const linkKindIndex = new Map<LinkKind, TopologyLink[]>();
  const linksOfMissing = new Map<string, TopologyLink[]>();
  const linkCount = new Int32Array(n);
  const sourceAt = new Int32Array(links.length);
  const targetAt = new Int32Array(links.length);
  const countEnd = (id: string, link: TopologyLink): number => {
    const i = index.get(id);
    if (i !== undefined) {
      linkCount[i]++;
      return i;
    }
    push(linksOfMissing, id, link);
    return -1;
  };
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    push(linkKindIndex, link.kind, link);
    const s = countEnd(link.source, link);
    sourceAt[j] = s;
    // A link from an element to itself is one of its links, once.
    targetAt[j] = link.target !== link.source ? countEnd(link.target, link) : s;
  }
  const children = laidOutFrom<TopologyElement>(childCount);
  const next = children.starts.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parentAt[i]!;
    if (p >= 0) children.laidOut[next[p]!++] = elements[i]!;
  }
  const ends: Ends = { parentAt, sourceAt, targetAt, idsShared: index.size !== n };
  return { indexById: index, links: linksByElement(links, sourceAt, targetAt, linkCount), children, linksOfMissing, childrenOfMissing, kindIndex, linkKindIndex, ends };
}

/**
 * A list for every element, by its index, in document order: laid out element after element in one
 * list, element i's at `laidOut[starts[i]]` up to `laidOut[starts[i + 1]]`. One list rather than a
 * list per element (and, for links, one per kind asked for): a run asks for an element's links of a
 * kind about twice, and the lists made for them were the most objects a context kept (34,000 of the
 * 172,000 a 10,000-element run kept, and 7,000 more for the children), each copied by every
 * collection of the run (docs/performance.md, "Node, twenty-second round").
 */
export interface LaidOut<T> {
  readonly laidOut: T[];
  readonly starts: Int32Array;
}

/** A layout for lists of `counts[i]` items, to fill. */
function laidOutFrom<T>(counts: Int32Array): LaidOut<T> {
  const n = counts.length;
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return { laidOut: new Array<T>(starts[n]!), starts };
}

function linksByElement(links: readonly TopologyLink[], sourceAt: Int32Array, targetAt: Int32Array, linkCount: Int32Array): LaidOut<TopologyLink> {
  const laid = laidOutFrom<TopologyLink>(linkCount);
  const { laidOut } = laid;
  const next = laid.starts.slice(0, linkCount.length);
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    const s = sourceAt[j]!;
    if (s >= 0) laidOut[next[s]!++] = link;
    const t = targetAt[j]!;
    if (t >= 0 && t !== s) laidOut[next[t]!++] = link;
  }
  return laid;
}

/** The children of element `i` (of `kind`, when given), in document order: a list of the caller's own, or the shared empty list. */
export function childrenAt<K extends ElementKind>({ laidOut, starts }: LaidOut<TopologyElement>, i: number, kind?: K): ReadonlyArray<Extract<TopologyElement, { kind: K }>> {
  return ofKindIn(laidOut, starts[i]!, starts[i + 1]!, kind) as ReadonlyArray<Extract<TopologyElement, { kind: K }>>;
}

/** The links of element `i` (of `kind`, when given), in document order: a list of the caller's own, or the shared empty list. */
export function linksAt({ laidOut, starts }: LaidOut<TopologyLink>, i: number, kind: LinkKind | undefined): readonly TopologyLink[] {
  return ofKindIn(laidOut, starts[i]!, starts[i + 1]!, kind);
}

/** The last of element `i`'s links with id `linkId`. */
export function linkAtIn({ laidOut, starts }: LaidOut<TopologyLink>, i: number, linkId: string): TopologyLink | undefined {
  return lastWithId(laidOut, starts[i]!, starts[i + 1]!, linkId);
}

/** The last of `list[from]` up to `list[to]` with id `id` (the last of an id wins, as in a map). */
export function lastWithId<T extends { id: string }>(list: readonly T[], from: number, to: number, id: string): T | undefined {
  let found: T | undefined;
  for (let k = from; k < to; k++) if (list[k]!.id === id) found = list[k];
  return found;
}

/**
 * The indexes of elements `changed` (by index) of `doc` changed from `before`'s, which differ in
 * nothing else that is indexed (see changedElements): `before`'s, with the lists that held the
 * changed elements copied and the new elements put in their places.
 */
export function indexesAfterEdit(before: Indexes, beforeElements: readonly TopologyElement[], doc: TopologyDocument, changed: readonly number[]): Indexes {
  const kindIndex = new Map(before.kindIndex);
  let children = before.children;
  const childrenOfMissing = new Map(before.childrenOfMissing);
  const copied = new Set<TopologyElement[]>();
  const replace = (list: TopologyElement[] | undefined, was: TopologyElement, now: TopologyElement, put: (copy: TopologyElement[]) => void, from = 0, to = list?.length ?? 0) => {
    if (!list) return;
    let own = list;
    if (!copied.has(list)) {
      own = list.slice();
      copied.add(own);
      put(own);
    }
    // An element is once in a list.
    for (let k = from; k < to; k++) {
      if (own[k] === was) {
        own[k] = now;
        break;
      }
    }
  };
  for (const i of changed) {
    const was = beforeElements[i]!;
    const now = doc.elements[i]!;
    replace(kindIndex.get(now.kind), was, now, (copy) => kindIndex.set(now.kind, copy));
    const parentId = now.parentId;
    if (!parentId) continue;
    const p = before.indexById.get(parentId);
    if (p !== undefined) replace(children.laidOut, was, now, (copy) => (children = { laidOut: copy, starts: children.starts }), children.starts[p], children.starts[p + 1]);
    else replace(childrenOfMissing.get(parentId), was, now, (copy) => childrenOfMissing.set(parentId, copy));
  }
  return { ...before, kindIndex, children, childrenOfMissing };
}

/**
 * The indexes of the elements of `doc` that are other objects than `before`'s, when the two have the
 * same links and their elements the same ids, kinds and parents in the same places, and few changed
 * (a copy of a whole design is indexed as fast afresh); else undefined.
 */
export function changedElements(before: TopologyDocument, doc: TopologyDocument): number[] | undefined {
  const a = before.elements;
  const b = doc.elements;
  if (a.length !== b.length || (before.links !== doc.links && !sameList(before.links, doc.links))) return undefined;
  const limit = Math.max(16, b.length >> 3);
  const changed: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!samePlace(x, y) || changed.length >= limit) return undefined;
    changed.push(i);
  }
  return changed;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The empty list every lookup that finds nothing returns (shared: read-only). */
export const NONE: readonly never[] = emptyList();

/**
 * The items of `kind` (all, when undefined) among `list[from]` up to `list[to]`: a list made to size
 * (filter grows its list by push), or the shared empty list.
 */
export function ofKindIn<T extends { kind: string }>(list: readonly T[], from: number, to: number, kind: string | undefined): readonly T[] {
  let count = to - from;
  if (kind !== undefined) {
    count = 0;
    for (let k = from; k < to; k++) if (list[k]!.kind === kind) count++;
  }
  if (count === 0) return NONE;
  if (count === to - from) return list.slice(from, to);
  const items = new Array<T>(count);
  let j = 0;
  for (let k = from; k < to; k++) if (list[k]!.kind === kind) items[j++] = list[k]!;
  return items;
}
