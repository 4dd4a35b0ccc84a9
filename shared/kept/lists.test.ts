import { describe, expect, it } from 'vitest';
import { emptyList, listOf, toSize } from './lists';

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

describe('listOf', () => {
  it('gives a new list of the one item each time, which may grow', () => {
    const a = listOf('x');
    const b = listOf('x');
    expect(a).toEqual(['x']);
    expect(a).not.toBe(b);
    a.push('y');
    expect(a).toEqual(['x', 'y']);
    expect(b).toEqual(['x']);
    // A number or a list is the one item (not a length, not items to spread).
    expect(listOf(3)).toEqual([3]);
    expect(listOf([1, 2])).toEqual([[1, 2]]);
  });
});
