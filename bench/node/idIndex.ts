// A second in-run baseline for the growth from 1,000 to 10,000 elements: the design's ids indexed,
// with every parent and link end looked up in the index. It is the first step of any reading of a
// linked design and does nothing else; timed on fresh copies, as the runs from scratch are, its growth
// is what this machine's memory makes of lookups by id at each size (docs/performance.md, "Node,
// twenty-third round").
import type { TopologyDocument } from '../../shared/model/types';

/** The number of parents and link ends found among the design's ids (so that the work is used). */
export function indexIds(doc: TopologyDocument): number {
  const index = new Map<string, number>();
  const { elements, links } = doc;
  for (let i = 0; i < elements.length; i++) index.set(elements[i]!.id, i);
  let found = 0;
  for (let i = 0; i < elements.length; i++) {
    const parentId = elements[i]!.parentId;
    if (parentId && index.has(parentId)) found++;
  }
  for (let j = 0; j < links.length; j++) {
    if (index.has(links[j]!.source)) found++;
    if (index.has(links[j]!.target)) found++;
  }
  return found;
}
