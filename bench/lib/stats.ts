// Summaries of timing samples. Figures on shared machines are noisy, so every figure is reported
// as min / median / max over repeated rounds, next to a baseline measured in the same run.

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

export function spread(values: readonly number[]): Spread {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function roundSpread(s: Spread, digits = 3): Spread {
  return { min: round(s.min, digits), median: round(s.median, digits), max: round(s.max, digits) };
}
