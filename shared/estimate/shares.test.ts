import { describe, expect, it } from 'vitest';
import { Shares } from './shares';

describe('Shares', () => {
  it('adds to an id already sent to, wherever it is in the list, and keeps the order of first sends', () => {
    const shares = new Shares();
    shares.add('gw-a', 100);
    shares.add('gw-b', 50);
    shares.add('gw-a', 25);
    shares.add('gw-b', 5);
    shares.add('gw-b', 5);
    expect([...shares.toMap()]).toEqual([
      ['gw-a', 125],
      ['gw-b', 60],
    ]);
    expect(shares.size).toBe(2);
    expect(shares.firstId).toBe('gw-a');
    expect(shares.ids()).toEqual(['gw-a', 'gw-b']);
    expect(shares.get('gw-b')).toBe(60);
    expect(shares.get('gw-c')).toBeUndefined();
  });

  it('sums as a map of the same sends summed in order does, to the last bit', () => {
    const shares = new Shares();
    const map = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const id = `site-${(i * 7) % 13}`;
      const gb = 1000 / (3 + (i % 11));
      shares.add(id, gb);
      map.set(id, (map.get(id) ?? 0) + gb);
    }
    let total = 0;
    map.forEach((v) => (total += v));
    expect(shares.sum()).toBe(total);
    expect(shares.toMap()).toEqual(map);
  });

  it('holds one entry, and its copy, apart from what is added to the other', () => {
    const one = new Shares();
    one.add('gw-a', 10);
    one.add('gw-a', 0.5);
    const copy = one.copy();
    copy.add('gw-b', 1);
    one.add('gw-a', 1);
    expect([...one.toMap()]).toEqual([['gw-a', 11.5]]);
    expect([one.size, one.sum(), one.firstId, one.gbAt(0), one.get('gw-b')]).toEqual([1, 11.5, 'gw-a', 11.5, undefined]);
    expect(one.ids()).toEqual(['gw-a']);
    expect([...copy.toMap()]).toEqual([
      ['gw-a', 10.5],
      ['gw-b', 1],
    ]);
    expect(copy.ids()).toEqual(['gw-a', 'gw-b']);
  });

  it('is empty until sent to', () => {
    const shares = new Shares();
    expect([shares.size, shares.sum(), shares.firstId]).toEqual([0, 0, undefined]);
  });
});
