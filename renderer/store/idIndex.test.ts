import { describe, expect, it } from 'vitest';
import { deleteItems, elementSchema, updateElement, type TopologyDocument } from '../../shared/model';
import { elementIn, elementIndex } from './idIndex';

const doc: TopologyDocument = {
  title: 't',
  description: '',
  elements: [
    elementSchema.parse({ id: 'a', kind: 'onPremSite', position: { x: 0, y: 0 } }),
    elementSchema.parse({ id: 'b', kind: 'vpnDevice', position: { x: 0, y: 100 } }),
    elementSchema.parse({ id: 'c', kind: 'vnet', position: { x: 400, y: 0 } }),
  ],
  links: [],
};

describe('elementIn', () => {
  it('finds the element of the document asked about, also after an edit that kept every id in its place', () => {
    const index = elementIndex(doc.elements);
    const renamed = updateElement(doc, 'b', { name: 'edge-01' });
    expect(elementIndex(renamed.elements)).toBe(index);
    expect(elementIn(renamed.elements, 'b')!.name).toBe('edge-01');
    // The older list still answers with its own elements.
    expect(elementIn(doc.elements, 'b')).toBe(doc.elements[1]);
  });

  it('indexes afresh once ids move, and knows nothing of a deleted element', () => {
    const index = elementIndex(doc.elements);
    const without = deleteItems(doc, ['a']);
    expect(elementIndex(without.elements)).not.toBe(index);
    expect(elementIn(without.elements, 'a')).toBeUndefined();
    expect(elementIn(without.elements, 'c')).toBe(without.elements.find((e) => e.id === 'c'));
  });
});
