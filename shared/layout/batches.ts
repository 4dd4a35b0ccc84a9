// Large designs are laid out in batches. ELK's layered layout of one graph grows much faster than
// the graph (in Node: 0.3 s at 100 elements, 1.8 s at 300, 20–28 s at 1,000), because crossing
// minimisation sweeps every layer of the whole estate however little its hubs have to do with each
// other. Groups of elements joined by no edge of the layout graph are laid out apart instead, a
// batch of them at a time, and stacked afterwards (./stackBatches.ts). A design that fits in one
// batch is one graph, exactly as before.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { DisjointSets } from '../topology/disjointSets';
import type { NestingTree } from './nestingTree';

/**
 * The most elements in a batch (a group larger than that is a batch of its own). Around this size a
 * batch takes a few tenths of a second in Node, and the work grows about linearly in the number of
 * batches.
 */
export const BATCH_ELEMENTS = 120;

/**
 * The top-level graph split into graphs of whole groups (elements joined through edges or nesting),
 * at most `limit` elements each unless a group alone is larger. Groups keep the order of their first
 * element in the document, and each batch lists its nodes and edges in the order the graph had them,
 * so a design within the limit gives back the same graph.
 */
export function batchesOf(graph: ElkNode, tree: NestingTree, limit = BATCH_ELEMENTS): ElkNode[] {
  const tops = graph.children ?? [];
  const edges = graph.edges ?? [];
  const indexOf = new Map(tops.map((node, i) => [node.id, i]));
  const groups = new DisjointSets(tops.length);
  const topIndex = (id: string) => indexOf.get(tree.topOf(id))!;
  for (const edge of edges) groups.join(topIndex(edge.sources[0]!), topIndex(edge.targets[0]!));

  // Each group's members, keyed by its lowest index: the order of first elements in the document.
  const members = new Map<number, number[]>();
  tops.forEach((_, i) => {
    const group = groups.find(i);
    const list = members.get(group);
    if (list) list.push(i);
    else members.set(group, [i]);
  });

  const batchOf = new Int32Array(tops.length);
  let batch = 0;
  let filled = 0;
  for (const list of members.values()) {
    const size = list.reduce((sum, i) => sum + nodeCount(tops[i]!), 0);
    if (filled > 0 && filled + size > limit) {
      batch++;
      filled = 0;
    }
    filled += size;
    for (const i of list) batchOf[i] = batch;
  }

  const batches: ElkNode[] = Array.from({ length: batch + 1 }, () => ({ id: graph.id, layoutOptions: graph.layoutOptions, children: [], edges: [] as ElkExtendedEdge[] }));
  tops.forEach((node, i) => batches[batchOf[i]!]!.children!.push(node));
  for (const edge of edges) batches[batchOf[topIndex(edge.sources[0]!)]!]!.edges!.push(edge);
  return batches;
}

function nodeCount(node: ElkNode): number {
  let count = 1;
  for (const child of node.children ?? []) count += nodeCount(child);
  return count;
}
