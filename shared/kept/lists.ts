// Lists that results keep. A list grown by push from empty keeps room for sixteen items: two items
// kept 188 bytes that way and 65 as a literal (docs/performance.md, "Node, eleventh round"). The
// findings and estimates of a design are kept with it, and most of their lists are that small, so
// every young-generation collection during a run copied the room too.
//
// The records a run keeps (findings, cost lines, paths, index entries) are made by constructors,
// and its lists as copies (slice, concat, listOf), not by literals: V8 notes which of the objects
// made at a literal outlive a young-generation collection, and puts the later objects of a literal
// whose objects mostly do straight into old-generation pages ("allocation-site pretenuring"). A run's
// results then took fresh pages every run, about 90 at 1,000 elements, and on this project's virtual
// machines a fresh page costs 10–20 µs to touch (docs/performance.md, "Node, eighteenth round").

/** The list, copied to its size once it is built (an empty list keeps no room: it is kept as it is). */
export function toSize<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * The list copied to its size, or the shared empty list when it is empty: for a read-only list a
 * result keeps, where an empty list made by a literal would be kept (and pretenured, see above).
 */
export function toSizeOrEmpty<T>(list: T[]): T[] {
  return list.length === 0 ? emptyList() : list.slice();
}

/**
 * A list of one item, made to size, for a list a result keeps (see above): a copy of a literal's
 * list, which is let go at once and so never put in old pages (Array.of took four times as long).
 */
export function listOf<T>(item: T): T[] {
  return [item].slice();
}

const EMPTY = Object.freeze([]);

/**
 * One shared empty list, for the many results that have nothing in a list (no warning, no missing
 * price). Frozen: a result is read-only once built, and this makes any slip loud.
 */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}
