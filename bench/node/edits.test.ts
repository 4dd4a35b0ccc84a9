import { describe, expect, it } from 'vitest';
import { largeDesign } from '../../shared/testing/largeDesign';
import { partsOf } from '../../shared/topology/parts';
import { EDIT_KINDS, applyEdit, withHubsJoined } from './edits';

describe('the edits of the "after an edit" benchmark', () => {
  it.each([100, 1000])('make each kind of edit in turn on a %i-element design, spread over its hubs', (size) => {
    let doc = largeDesign(size);
    const changed: string[] = [];
    for (let k = 0; k < EDIT_KINDS.length * 3; k++) {
      const next = applyEdit(doc, k);
      expect(next, `edit ${k} (${EDIT_KINDS[k % EDIT_KINDS.length]}) changes the design`).not.toBe(doc);
      const els = next.elements.filter((e, i) => e !== doc.elements[i]).map((e) => e.id);
      const links = next.links.length - doc.links.length;
      changed.push(`${EDIT_KINDS[k % EDIT_KINDS.length]}: ${els.join(',')}${links ? ` links ${links > 0 ? '+' : ''}${links}` : ''}`);
      doc = next;
    }
    expect(changed.slice(0, 7)).toEqual([
      'rename: hub-0-site-1',
      'gateway SKU: hub-0-vpngw',
      'site traffic: hub-0-site-2',
      'move: hub-0-site-3',
      'subnet prefix: hub-0-spoke-0-data',
      'add tunnel:  links +1',
      'delete tunnel:  links -1',
    ]);
    // The next turns edit other hubs; the tunnel always joins two hubs and goes again.
    expect(changed[7]).not.toContain('hub-0-');
    expect(doc.links.length).toBe(largeDesign(size).links.length);
  });

  it('join the hubs of a design by Global Reach into one part, for the measurement where nothing is kept', () => {
    const doc = largeDesign(1000);
    expect(partsOf(doc).parts.length).toBeGreaterThan(10);
    const joined = withHubsJoined(doc);
    expect(partsOf(joined).parts).toHaveLength(1);
    expect(joined.links.length - doc.links.length).toBe(doc.elements.filter((e) => e.kind === 'erCircuit').length - 1);
    expect(partsOf(applyEdit(joined, 5)).parts).toHaveLength(1);
  });
});
