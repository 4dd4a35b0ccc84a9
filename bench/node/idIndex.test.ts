import { describe, expect, it } from 'vitest';
import { largeDesign } from '../../shared/testing/largeDesign';
import { indexIds } from './idIndex';

describe('the id-index baseline', () => {
  it('finds every parent and link end of a whole design, and not the ids no element has', () => {
    const doc = largeDesign(100);
    const parents = doc.elements.filter((e) => e.parentId).length;
    expect(parents).toBeGreaterThan(0);
    expect(indexIds(doc)).toBe(parents + 2 * doc.links.length);

    const child = doc.elements.findIndex((e) => e.parentId);
    const broken = {
      ...doc,
      elements: doc.elements.map((e, i) => (i === child ? { ...e, parentId: 'no-such-element' } : e)),
      links: doc.links.map((l, j) => (j === 0 ? { ...l, target: 'no-such-element' } : l)),
    };
    expect(indexIds(broken)).toBe(parents + 2 * doc.links.length - 2);
  });
});
