import { describe, expect, it } from 'vitest';
import { median, quantile, spread } from './stats';

describe('stats', () => {
  it('interpolates quantiles between sorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
  });

  it('gives min, median and max of a set of values', () => {
    expect(spread([3, 9, 1])).toEqual({ min: 1, median: 3, max: 9 });
  });

  it('has no median of nothing', () => {
    expect(median([])).toBeNaN();
  });
});
