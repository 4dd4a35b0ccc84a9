import { describe, expect, it } from 'vitest';
import { benchLayout } from './layout';

describe('the auto-layout benchmark', () => {
  it('times one layout of each size per round and reports the growth from the smallest to the largest', async () => {
    const result = await benchLayout({ rounds: 2, sizes: [40, 200] });
    expect(result.sizes.map((s) => s.elements)).toEqual([40, 200]);
    for (const { ms } of result.sizes) {
      expect(ms.min).toBeGreaterThan(0);
      expect(ms.min).toBeLessThanOrEqual(ms.median);
      expect(ms.median).toBeLessThanOrEqual(ms.max);
    }
    // A 200-element estate is two batches of hubs: more work than the 40-element one.
    expect(result.growth.min).toBeGreaterThan(1);
  }, 30_000);
});
