import { describe, expect, it } from 'vitest';
import { availabilityText, downtimeText } from './availabilityText';

describe('availabilityText', () => {
  it('shows two decimals, and more only where fewer would round up to 100%', () => {
    expect(availabilityText(0.9985)).toBe('99.85%');
    expect(availabilityText(0.95)).toBe('95.00%');
    expect(availabilityText(0.99995)).toBe('99.995%');
    // ExpressRoute (99.80%) and a VPN (99.85%) in parallel: 1 − 0.002 × 0.0015.
    expect(availabilityText(1 - 0.002 * 0.0015)).toBe('99.9997%');
  });

  it('says 100% only when nothing can fail, and bounds the decimals', () => {
    expect(availabilityText(1)).toBe('100%');
    expect(availabilityText(1 - 1e-12)).toBe('over 99.999999%');
    expect(availabilityText(Number.NaN)).toBe('—');
  });
});

describe('downtimeText', () => {
  it('gives minutes, hours from an hour up, and never "0 min" for a figure above zero', () => {
    expect(downtimeText(0)).toBe('0 min');
    expect(downtimeText(0.13)).toBe('under 1 min');
    expect(downtimeText(12.4)).toBe('12 min');
    expect(downtimeText(65.7)).toBe('1.1 h');
  });
});
