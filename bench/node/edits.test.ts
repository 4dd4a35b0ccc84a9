import { describe, expect, it } from 'vitest';
import { largeDesign } from '../../shared/testing/largeDesign';
import { partsOf } from '../../shared/topology/parts';
import { validate } from '../../shared/validation/validate';
import { EDIT_KINDS, applyEdit, withBranchesDualHomed, withHubsJoined } from './edits';

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

  it('give one branch of each hub a backup tunnel to the next hub, joining the hubs into one part for every reader', () => {
    const doc = largeDesign(1000);
    const dual = withBranchesDualHomed(doc);
    // The last hub is cut short and has no sixth branch: it is only tunnelled to.
    const branches = doc.elements.filter((e) => /^hub-\d+-site-5-fw$/.test(e.id)).length;
    expect(branches).toBeGreaterThan(10);
    expect(dual.links.length - doc.links.length).toBe(branches);
    expect(dual.links.at(-1)).toMatchObject({ kind: 's2s', source: `hub-${branches - 1}-site-5-fw`, target: `hub-${branches}-vpngw` });
    for (const joins of ['all links', 'without Global Reach or peering between hubs'] as const) expect(partsOf(dual, joins).parts).toHaveLength(1);
    // For the rules that read no peering, each spoke is a part of its own, and every hub is in one.
    const { parts, partOfElement } = partsOf(dual, 'without Global Reach or peering');
    expect(parts).toHaveLength(1 + doc.elements.filter((e) => /^hub-\d+-spoke-\d+$/.test(e.id)).length);
    const hubParts = new Set(dual.elements.flatMap((e, i) => (/^hub-\d+$/.test(e.id) ? [partOfElement[i]] : [])));
    expect(hubParts.size).toBe(1);
    // A backup tunnel is no mistake: the design has the same errors as before (none).
    expect(validate(dual).filter((f) => f.severity === 'error')).toEqual([]);
    expect(partsOf(applyEdit(dual, 5)).parts).toHaveLength(1);
  });
});
