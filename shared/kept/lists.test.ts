import { describe, expect, it } from 'vitest';
import { emptyList, toSize } from './lists';

describe('toSize', () => {
  it('gives a copy with the same items, and an empty list as it is', () => {
    const grown: number[] = [];
    grown.push(1, 2);
    const kept = toSize(grown);
    expect(kept).toEqual([1, 2]);
    expect(kept).not.toBe(grown);
    const empty: number[] = [];
    expect(toSize(empty)).toBe(empty);
  });
});

describe('emptyList', () => {
  it('is one frozen empty list', () => {
    expect(emptyList<string>()).toEqual([]);
    expect(emptyList<number>()).toBe(emptyList<string>());
    expect(() => emptyList<string>().push('x')).toThrow(TypeError);
  });
});
