// Batches laid out apart (./batches.ts) are put back together as one picture: each column starts
// at the same x in every batch, so the three columns still run straight down the whole design, and
// the batches are stacked top to bottom in document order.
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * Moves the top-level nodes of each laid-out batch (in place): a partition's nodes all shift by the
 * same amount, so what ELK arranged inside a batch stays as it was. `partitionOf` gives the column
 * (partition) of a top-level node; ELK put lower partitions wholly left of higher ones in each batch.
 */
export function stackBatches(
  batches: readonly ElkNode[],
  partitionOf: (id: string) => number,
  gaps: { betweenColumns: number; betweenBatches: number },
): void {
  // Each batch's extent per partition, and the widest of them.
  const extents = batches.map((batch) => {
    const extent = new Map<number, { left: number; right: number }>();
    for (const node of batch.children ?? []) {
      const p = partitionOf(node.id);
      const x = node.x ?? 0;
      const right = x + (node.width ?? 0);
      const seen = extent.get(p);
      if (seen) {
        seen.left = Math.min(seen.left, x);
        seen.right = Math.max(seen.right, right);
      } else extent.set(p, { left: x, right });
    }
    return extent;
  });
  const widest = new Map<number, number>();
  for (const extent of extents) for (const [p, { left, right }] of extent) widest.set(p, Math.max(widest.get(p) ?? 0, right - left));
  const start = new Map<number, number>();
  let x = 0;
  for (const p of [...widest.keys()].sort((a, b) => a - b)) {
    start.set(p, x);
    x += widest.get(p)! + gaps.betweenColumns;
  }

  let top = 0;
  batches.forEach((batch, b) => {
    const nodes = batch.children ?? [];
    if (nodes.length === 0) return;
    const minY = Math.min(...nodes.map((n) => n.y ?? 0));
    const maxY = Math.max(...nodes.map((n) => (n.y ?? 0) + (n.height ?? 0)));
    for (const node of nodes) {
      const p = partitionOf(node.id);
      node.x = (node.x ?? 0) - extents[b]!.get(p)!.left + start.get(p)!;
      node.y = (node.y ?? 0) - minY + top;
    }
    top += maxY - minY + gaps.betweenBatches;
  });
}
