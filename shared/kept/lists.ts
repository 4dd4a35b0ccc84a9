// Lists that results keep. A list grown by push from empty keeps room for sixteen items: two items
// kept 188 bytes that way and 65 as a literal (docs/performance.md, "Node, eleventh round"). The
// findings and estimates of a design are kept with it, and most of their lists are that small, so
// every young-generation collection during a run copied the room too.

/** The list, copied to its size once it is built (an empty list keeps no room: it is kept as it is). */
export function toSize<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

const EMPTY = Object.freeze([]);

/**
 * One shared empty list, for the many results that have nothing in a list (no warning, no missing
 * price). Frozen: a result is read-only once built, and this makes any slip loud.
 */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}
