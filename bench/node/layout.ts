// Auto-layout of generated estates in Node (ELK in this thread, as the command-line tool runs it; the
// designer runs the same code in a worker). Not a budget of issue #7: it keeps the batches
// (shared/layout/batches.ts) honest. Baseline in the same run: the 100-element layout, which is one
// batch, so the growth ratio shows what a large design costs beyond the batches it is made of.
import { performance } from 'node:perf_hooks';
import { autoLayout } from '../../shared/layout/autoLayout';
import { largeDesign } from '../../shared/testing/largeDesign';
import { roundSpread, spread, type Spread } from '../lib/stats';

export interface LayoutBenchResult {
  /** Over rounds: one layout of each size, ms. */
  sizes: Array<{ elements: number; ms: Spread }>;
  /** Over rounds: the largest layout's time over the smallest's. */
  growth: Spread;
}

export async function benchLayout(options: { rounds: number; sizes?: number[] }): Promise<LayoutBenchResult> {
  const sizes = options.sizes ?? [100, 1000];
  const designs = sizes.map((n) => largeDesign(n));
  // Warm up the JIT on the smallest design (the designer's worker starts cold; this bench does not).
  for (let i = 0; i < 3; i++) await autoLayout(designs[0]!);
  const times = sizes.map(() => [] as number[]);
  const growth: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    for (const [i, doc] of designs.entries()) {
      const start = performance.now();
      await autoLayout(doc);
      times[i]!.push(performance.now() - start);
    }
    growth.push(times.at(-1)![r]! / times[0]![r]!);
  }
  return {
    sizes: sizes.map((elements, i) => ({ elements, ms: roundSpread(spread(times[i]!), 0) })),
    growth: roundSpread(spread(growth), 1),
  };
}
