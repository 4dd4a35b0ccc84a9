// The results worked out for each part of a design (./parts.ts), kept between edits: while the
// part's elements and links are the same objects, and also when they were only moved, resized or
// annotated, since no rule or estimate reads where an element is drawn or its notes
// (docs/performance.md, "Node, seventh round").
import type { ElementKind } from '../model/enums';
import type { TopologyDocument, TopologyElement } from '../model/types';
import type { Part, Parts } from './parts';
import { toSize } from '../kept/lists';
import { DesignScopedMap, mostlyAlike } from '../kept/designScoped';
import { samePlace } from './samePlace';

/**
 * Fields of elements and links that no rule or estimate reads: where an element is drawn (its
 * fixes place what they add from the document they are applied to) and the notes.
 */
const UNREAD_FIELDS = new Set(['position', 'size', 'notes']);

const NO_PROPS: ReadonlySet<string> = new Set();

/**
 * Whether two versions of an element or link differ only in fields no rule or estimate reads, and in
 * the properties `unreadProps` (what one reader does not read: no rule reads a site's traffic).
 */
export function sameButUnread(a: object, b: object, unreadProps: ReadonlySet<string> = NO_PROPS): boolean {
  return readSame(a, b, unreadProps, UNREAD_FIELDS) && readSame(b, a, unreadProps, UNREAD_FIELDS);
}

const UNREAD_FIELDS_AND_NAME = new Set([...UNREAD_FIELDS, 'name']);

/**
 * Whether two versions of an element differ in nothing read but their names (and `unreadProps`): a
 * rename, which a reader that reads names only through labels sees only where it labelled the element
 * (ValidationContext.resultsBefore).
 */
export function sameButName(a: object, b: object, unreadProps: ReadonlySet<string> = NO_PROPS): boolean {
  return readSame(a, b, unreadProps, UNREAD_FIELDS_AND_NAME) && readSame(b, a, unreadProps, UNREAD_FIELDS_AND_NAME);
}

/** Whether every field of `b` that is read is the same in `a` (a size added to an element is not read either). */
function readSame(a: object, b: object, unreadProps: ReadonlySet<string>, unreadFields: ReadonlySet<string>): boolean {
  for (const key in b) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y || unreadFields.has(key)) continue;
    if (key !== 'props' || unreadProps.size === 0 || !propsReadSame((x ?? {}) as Record<string, unknown>, (y ?? {}) as Record<string, unknown>, unreadProps)) return false;
  }
  return true;
}

/** The same for two versions' properties: every property of `b` but `unreadProps` is the same in `a`. */
function propsReadSame(a: Record<string, unknown>, b: Record<string, unknown>, unreadProps: ReadonlySet<string>): boolean {
  for (const key in b) if (a[key] !== b[key] && !unreadProps.has(key)) return false;
  return true;
}

/** What a memo's reader does not read, besides what no reader does (UNREAD_FIELDS). */
export interface Unread {
  /** Kinds of element whose fields it does not read besides id, kind and parent (the estimates read no subnet). */
  kinds?: ReadonlySet<ElementKind>;
  /** Properties (`props`) it does not read, of any element (no rule reads a site's traffic). */
  props?: ReadonlySet<string>;
}

/**
 * How part `b` stands to part `a`: the same elements and links ('same'), the same after edits that
 * changed only what no rule or estimate reads, or in place what this reader does not read
 * ('unread'), or neither (undefined).
 */
function howSame(a: Part, b: Part, unread: Unread): 'same' | 'unread' | undefined {
  if (a === b) return 'same';
  if (a.elements.length !== b.elements.length || a.links.length !== b.links.length) return undefined;
  let how: 'same' | 'unread' = 'same';
  for (let i = 0; i < b.elements.length; i++) {
    const x = a.elements[i]!;
    const y = b.elements[i]!;
    if (x === y) continue;
    if (!sameButUnread(x, y) && !unreadInPlace(x, y, unread)) return undefined;
    how = 'unread';
  }
  for (let i = 0; i < b.links.length; i++) {
    if (a.links[i] === b.links[i]) continue;
    if (!sameButUnread(a.links[i]!, b.links[i]!)) return undefined;
    how = 'unread';
  }
  return how;
}

/** Whether `y` is `x` changed in place (same id, kind and parent) only in what the reader does not read. */
function unreadInPlace(x: TopologyElement, y: TopologyElement, { kinds, props }: Unread): boolean {
  if (!samePlace(x, y)) return false;
  return kinds?.has(y.kind) === true || (props !== undefined && sameButUnread(x, y, props));
}

/**
 * What results depend on besides a part: the same for every part (rules, prices, parameters), or
 * each part's own, by its index (the estimates' parts also read the peerings around them).
 */
export type PartInputs = readonly unknown[] | ((part: number) => readonly unknown[]);

const inputsOf = (inputs: PartInputs, part: number): readonly unknown[] => (typeof inputs === 'function' ? inputs(part) : inputs);

/** A part's result, with what it was worked out from: kept, so made by a constructor (../kept/lists.ts). */
class MemoEntry<T> {
  constructor(
    readonly part: Part,
    readonly inputs: readonly unknown[],
    public value: T | Shares<T>,
  ) {}
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
  private readonly entries = new DesignScopedMap<object, MemoEntry<T>>();
  /** The elements of the document asked about last (newDesign). */
  private seen: readonly TopologyElement[] | undefined;
  /** The parts' shares of a whole run over a design just opened, to keep when its first edit comes (keepLater). */
  private later: (() => void) | undefined;

  /** `unread`: what the results do not read; they are carried over an edit of only that, as over a move. */
  constructor(
    private readonly carry: (value: T, from: Part, to: Part) => T = (value) => value,
    private readonly unread: Unread = {},
  ) {}

  private entry(part: Part, inputs: readonly unknown[]): MemoEntry<T> | undefined {
    const byElement = part.elements[0] && this.entries.get(part.elements[0]);
    // The usual case, a part an edit left alone (the same object): found without comparing anything.
    if (byElement && byElement.part === part && sameList(byElement.inputs, inputs)) return byElement;
    const byLink = part.links[0] && this.entries.get(part.links[0]);
    const candidates = [byElement, byLink !== byElement ? byLink : undefined];
    const hows = candidates.map((c) => (c && sameList(c.inputs, inputs) ? howSame(c.part, part, this.unread) : undefined));
    // A result for exactly this part first; else one carried over from its earlier version.
    const exact = hows.indexOf('same');
    if (exact >= 0) return candidates[exact];
    const before = candidates[hows.indexOf('unread')];
    if (!before) return undefined;
    const value = this.valueOf(before);
    if (value === undefined) return undefined;
    const carried = new MemoEntry(part, inputs, this.carry(value, before.part, part));
    this.set(part, carried);
    return carried;
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
    this.set(part, new MemoEntry(part, inputs, value));
  }

  /**
   * Keeps each part's share of a result worked out for the whole document, shared out by `shareOut`
   * (one result per part, in the order of `parts`, or undefined if it cannot be) when a part's is
   * first asked for: after a design is opened, at its first edit, not while it opens.
   */
  keepShares(parts: readonly Part[], inputs: PartInputs, shareOut: () => readonly T[] | undefined): void {
    const shares = new Shares(parts, shareOut);
    parts.forEach((part, p) => this.set(part, new MemoEntry<T>(part, inputsOf(inputs, p), shares)));
  }

  get(part: Part, inputs: readonly unknown[], compute: () => T): T {
    let value = this.kept(part, inputs);
    if (value === undefined) this.keep(part, inputs, (value = compute()));
    return value;
  }

  /**
   * Whether `doc` is a design this memo has seen nothing of: most of its elements are other objects
   * than those of the document asked about last (a design opened, or pasted whole; an edit keeps the
   * elements it does not change). A sample of them is looked for, each near its own place. Notes
   * `doc` as the one asked about last; when it is not new, first keeps what keepLater left to keep
   * (so that its parts are found, from those of the design before it, after that design's), and
   * when it is, drops it (the design it was left for is no longer edited).
   */
  newDesign(doc: TopologyDocument): boolean {
    const before = this.seen;
    this.seen = doc.elements;
    if (before === undefined || (before !== doc.elements && !mostlyAlike(before, doc.elements))) {
      this.later = undefined;
      return true;
    }
    this.settle();
    return false;
  }

  /**
   * Leaves the keeping of a whole run's results for its parts (`keep`: keepShares, keep) to the
   * next document newDesign finds not new: after a design is opened, its first edit finds its parts
   * then, and a run over a design that no edit follows (another is opened) finds none. Replaces
   * what was left before.
   */
  keepLater(keep: () => void): void {
    this.later = keep;
  }

  private settle(): void {
    const keep = this.later;
    this.later = undefined;
    keep?.();
  }

  /**
   * Whether most of the design has nothing kept (a design just opened, or pasted whole). One run over
   * the whole document, shared out among the parts afterwards, is then faster than a run per part:
   * the JIT optimises the rules' loops late when each runs over one small part at a time (a
   * 5,000-element design's first validation and cost estimate took 1.5 times as long part by part).
   */
  mostlyNew(parts: readonly Part[], inputs: PartInputs): boolean {
    let total = 0;
    for (const part of parts) total += part.elements.length + part.links.length;
    // Looked up until half is found kept or missing: after an edit, most parts are kept.
    let kept = 0;
    let missing = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const size = part.elements.length + part.links.length;
      if (this.entry(part, inputsOf(inputs, p))) kept += size;
      else missing += size;
      if (kept * 2 >= total) return false;
      if (missing * 2 > total) return true;
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
export function keepListShares<T>(memo: PartMemo<readonly T[]>, doc: TopologyDocument, parts: Parts, inputs: PartInputs, items: readonly T[], idOf: (item: T) => string): void {
  memo.keepShares(parts.parts, inputs, () => {
    const partOf = partOfId(doc, parts);
    if (!partOf) return undefined;
    const shares = parts.parts.map((): T[] => []);
    for (const item of items) {
      const p = partOf.get(idOf(item));
      if (p === undefined) return undefined;
      shares[p]!.push(item);
    }
    // Kept from edit to edit, and a large design has a part per spoke, most with a share of a few
    // items: kept to size (../kept/lists.ts).
    return shares.map(toSize);
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
const partIds = new DesignScopedMap<Parts, ReadonlyMap<string, number> | undefined>();

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

/** Whether two lists hold the same items (the same objects), in the same order. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
