import { describe, expect, it } from 'vitest';
import { DisjointSets } from './disjointSets';

describe('DisjointSets', () => {
  it('joins nodes into sets, each named by its lowest node, and grows by nodes added later', () => {
    const sets = new DisjointSets(5);
    expect([0, 1, 2, 3, 4].map((n) => sets.find(n))).toEqual([0, 1, 2, 3, 4]);
    sets.join(4, 3);
    sets.join(3, 1);
    expect([1, 3, 4].map((n) => sets.find(n))).toEqual([1, 1, 1]);
    const extra = sets.add();
    expect(extra).toBe(5);
    expect(sets.size).toBe(6);
    sets.join(extra, 4);
    sets.join(2, 0);
    expect([0, 1, 2, 3, 4, 5].map((n) => sets.find(n))).toEqual([0, 1, 0, 1, 1, 1]);
    sets.join(5, 2);
    expect([0, 1, 2, 3, 4, 5].map((n) => sets.find(n))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
