import { describe, expect, it } from 'vitest';
import { design } from '../validation/testing/designBuilder';
import { elementIndex } from './elementIndex';

describe('elementIndex', () => {
  it('gives the first element of each id, and the same map for the same list', () => {
    const { elements } = design([
      { id: 'a', kind: 'vnet' },
      { id: 'b', kind: 'vnet' },
      { id: 'a', kind: 'onPremSite' },
    ]);
    const index = elementIndex(elements);
    expect([...index]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(elementIndex(elements)).toBe(index);
  });

  it('indexes a list again once it has grown or been cut, and another list of its own', () => {
    const { elements } = design([
      { id: 'a', kind: 'vnet' },
      { id: 'b', kind: 'vnet' },
    ]);
    const before = elementIndex(elements);
    const other = design([{ id: 'c', kind: 'vnet' }]).elements;
    expect(elementIndex(other).get('c')).toBe(0);
    elements.push(design([{ id: 'd', kind: 'vnet' }]).elements[0]!);
    expect(elementIndex(elements).get('d')).toBe(2);
    elements.splice(1);
    const after = elementIndex(elements);
    expect(after).not.toBe(before);
    expect(after.get('b')).toBeUndefined();
  });
});
