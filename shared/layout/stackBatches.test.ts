import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { bandsFor, stackBatches, TARGET_ASPECT } from './stackBatches';

const GAPS = { betweenColumns: 100, betweenBatches: 80, betweenBands: 300 };

/** A laid-out batch: one node per column (partition 0, 1, 2), as ELK would place them. */
function batch(name: string, height: number): ElkNode {
  return {
    id: 'root',
    children: [0, 1, 2].map((p) => ({ id: `${name}:${p}`, x: p * 700 + 13, y: 50, width: 600, height })),
  };
}
const partitionOf = (id: string) => Number(id.split(':')[1]);

describe('bandsFor', () => {
  it('keeps one batch, and batches already wide enough together, in one band', () => {
    expect(bandsFor([4000], 2000, GAPS)).toEqual([0]);
    expect(bandsFor([300, 300], 2000, GAPS)).toEqual([0, 0]);
  });

  it('puts tall batches side by side, as many bands as bring the picture nearest the target shape', () => {
    // Four batches of 2,000 × 4,280: one band is 0.12 wide for 1 high, four side by side 2.0, two 0.5.
    expect(bandsFor([4280, 4280, 4280, 4280], 1970, GAPS)).toEqual([0, 1, 2, 3]);
    // Ten: five bands of two (1.28 wide for 1 high) beat four of up to three (0.79); six bands can
    // be no lower than two batches either, so five it is.
    expect(bandsFor(Array(10).fill(4280), 1970, GAPS)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('fills bands in document order, the tallest band as low as that many bands allow', () => {
    // Three bands: none can be lower than 1,000 + 3,000 + 1,000 and the gaps (5,160), which takes
    // three batches into each of the first two. Three bands 6,600 wide and 5,160 high: 1.28.
    expect(bandsFor([1000, 3000, 1000, 1000, 1000, 3000, 1000, 1000], 2000, GAPS)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('gives an empty batch the band it falls in, and takes no room for it', () => {
    expect(bandsFor([4280, undefined, 4280, 4280, 4280], 1970, GAPS)).toEqual([0, 0, 1, 2, 3]);
  });
});

describe('stackBatches', () => {
  it('moves each band right by the band before it and a gutter, and piles the batches of a band with columns lined up', () => {
    const batches = [batch('a', 4000), batch('b', 4000), batch('c', 4000)];
    const bands = stackBatches(batches, partitionOf, GAPS);
    expect(bands).toEqual([0, 1, 2]);
    const bandWidth = 3 * 600 + 2 * 100;
    expect(batches.map((b) => b.children!.map((n) => [n.x, n.y]))).toEqual(
      [0, 1, 2].map((band) => [0, 1, 2].map((p) => [band * (bandWidth + 300) + p * 700, 0])),
    );
    const width = 3 * bandWidth + 2 * 300;
    expect(Math.abs(Math.log(width / 4000 / TARGET_ASPECT))).toBeLessThan(Math.abs(Math.log((2 * bandWidth + 300) / 8080 / TARGET_ASPECT)));
  });

  it('piles short batches under each other in one band, each column at one x', () => {
    const batches = [batch('a', 200), batch('b', 300)];
    expect(stackBatches(batches, partitionOf, GAPS)).toEqual([0, 0]);
    expect(batches[1]!.children!.map((n) => [n.x, n.y])).toEqual([
      [0, 280],
      [700, 280],
      [1400, 280],
    ]);
  });
});
