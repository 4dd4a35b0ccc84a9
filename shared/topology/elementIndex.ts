// Where each element id first appears in a document's elements. Finding the parts of a design (two
// or three ways of joining them for one document) and the hubs among them number elements by index
// and look ids up: one map for all of them. At 10,000 elements a map of every id costs several times
// more per entry than at 1,000 (in a CPU profile, 0.3 µs against 0.05 µs), so a map per reader was
// a share of the growth from 1,000 to 10,000 elements
// (docs/performance.md, "Node, fourteenth round").
import type { TopologyElement } from '../model/types';

/**
 * The index of the first element with each id. Only the last list asked for is kept: the readers
 * of one run ask for the same list, and a design's history holds hundreds of lists.
 */
export function elementIndex(elements: readonly TopologyElement[]): ReadonlyMap<string, number> {
  // Lists are not changed once read (documents are immutable), but a test may build one in steps.
  if (last?.elements === elements && last.length === elements.length && last.tail === elements[elements.length - 1]) return last.index;
  const index = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const id = elements[i]!.id;
    if (!index.has(id)) index.set(id, i);
  }
  last = { elements, length: elements.length, tail: elements[elements.length - 1], index };
  return index;
}

let last:
  | { elements: readonly TopologyElement[]; length: number; tail: TopologyElement | undefined; index: ReadonlyMap<string, number> }
  | undefined;
