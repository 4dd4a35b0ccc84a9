// Batches laid out apart (./batches.ts) are put back together as one picture. Stacked in one pile, a
// large estate was a strip twenty times as tall as it was wide (1,940 × 39,550 at 1,000 elements),
// which even the farthest zoom showed a quarter of. So the batches go into bands side by side, as
// many as bring the picture nearest the shape of a screen, each band a pile of batches in document
// order (the first band's top to bottom, then the next band's). Within a band each column starts at
// the same x in every batch, so on-premises, connectivity and Azure run straight down every band.
import type { ElkNode } from 'elkjs/lib/elk-api';

/** Width over height the bands aim for: between a 4:3 and a 16:9 window, as the canvas mostly is. */
export const TARGET_ASPECT = 1.5;

export interface StackGaps {
  betweenColumns: number;
  betweenBatches: number;
  betweenBands: number;
}

/**
 * Moves the top-level nodes of each laid-out batch (in place): a partition's nodes all shift by the
 * same amount, so what ELK arranged inside a batch stays as it was. `partitionOf` gives the column
 * (partition) of a top-level node; ELK put lower partitions wholly left of higher ones in each batch.
 * Returns the band of each batch (0 for all when one band is nearest the target shape).
 */
export function stackBatches(batches: readonly ElkNode[], partitionOf: (id: string) => number, gaps: StackGaps): number[] {
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
  let bandWidth = 0;
  for (const p of [...widest.keys()].sort((a, b) => a - b)) {
    if (bandWidth > 0) bandWidth += gaps.betweenColumns;
    start.set(p, bandWidth);
    bandWidth += widest.get(p)!;
  }

  const spans = batches.map((batch) => {
    const nodes = batch.children ?? [];
    if (nodes.length === 0) return undefined;
    let top = Infinity;
    let bottom = -Infinity;
    for (const n of nodes) {
      top = Math.min(top, n.y ?? 0);
      bottom = Math.max(bottom, (n.y ?? 0) + (n.height ?? 0));
    }
    return { top, height: bottom - top };
  });
  const bandOf = bandsFor(
    spans.map((s) => s?.height),
    bandWidth,
    gaps,
  );

  const bandTop: number[] = [];
  batches.forEach((batch, b) => {
    const span = spans[b];
    if (!span) return;
    const band = bandOf[b]!;
    const top = bandTop[band] ?? 0;
    const left = band * (bandWidth + gaps.betweenBands);
    for (const node of batch.children!) {
      const p = partitionOf(node.id);
      node.x = (node.x ?? 0) - extents[b]!.get(p)!.left + start.get(p)! + left;
      node.y = (node.y ?? 0) - span.top + top;
    }
    bandTop[band] = top + span.height + gaps.betweenBatches;
  });
  return bandOf;
}

/**
 * The band of each batch (empty batches, `undefined` heights, take no room): for each number of
 * bands, the batches in order packed into bands no taller than they must be for that number; the
 * number whose picture is nearest TARGET_ASPECT (by ratio, so twice too wide weighs as twice too
 * tall) wins, the fewer bands on a tie.
 */
export function bandsFor(heights: ReadonlyArray<number | undefined>, bandWidth: number, gaps: Pick<StackGaps, 'betweenBatches' | 'betweenBands'>): number[] {
  const present = heights.filter((h): h is number => h !== undefined);
  let best = { misfit: Infinity, bands: heights.map(() => 0) };
  if (present.length === 0 || bandWidth <= 0) return best.bands;
  for (let count = 1; count <= present.length; count++) {
    const { bands, used, tallest } = pack(heights, lowestFor(present, count, gaps.betweenBatches), gaps.betweenBatches);
    const width = used * bandWidth + (used - 1) * gaps.betweenBands;
    const misfit = Math.abs(Math.log(width / tallest / TARGET_ASPECT));
    if (misfit < best.misfit) best = { misfit, bands };
    // More bands only make the picture wider from here on.
    if (width / tallest > TARGET_ASPECT) break;
  }
  return best.bands;
}

/** The batches in order, each band filled while it stays within `limit` (a batch taller than that has a band of its own). */
function pack(heights: ReadonlyArray<number | undefined>, limit: number, gap: number): { bands: number[]; used: number; tallest: number } {
  const bands: number[] = [];
  let band = 0;
  let filled = 0;
  let tallest = 0;
  for (const h of heights) {
    if (h !== undefined) {
      if (filled > 0 && filled + gap + h > limit) {
        band++;
        filled = 0;
      }
      filled += (filled > 0 ? gap : 0) + h;
      tallest = Math.max(tallest, filled);
    }
    bands.push(band);
  }
  return { bands, used: band + 1, tallest };
}

/** The lowest band height that packs the batches into at most `count` bands (bisection, to a unit). */
function lowestFor(heights: readonly number[], count: number, gap: number): number {
  let low = Math.max(...heights);
  let high = heights.reduce((sum, h) => sum + h, 0) + gap * (heights.length - 1);
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (pack(heights, mid, gap).used <= count) high = mid;
    else low = mid;
  }
  return pack(heights, low, gap).used <= count ? low : high;
}
