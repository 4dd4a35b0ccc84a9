import { describe, expect, it } from 'vitest';
import { compareForSite } from '../estimate/compare';
import { updateElement } from '../model/operations';
import { largeDesign } from '../testing/largeDesign';
import { contextOf } from '../validation/context';
import { validate } from '../validation/validate';
import { DesignScopedMap, noteDesign } from './designScoped';

describe('maps scoped to the design', () => {
  it('keep their entries through edits of the design, and let them go when another design is noted', () => {
    const map = new DesignScopedMap<object, string>();
    const design = largeDesign(100);
    noteDesign(design);
    const key = {};
    map.set(key, 'kept');
    noteDesign(design);
    expect(map.get(key)).toBe('kept');

    // An edit keeps every element it does not change.
    const edited = updateElement(design, 'hub-0-site-0', { name: 'Branch renamed' });
    expect(edited.elements).not.toBe(design.elements);
    noteDesign(edited);
    expect(map.has(key)).toBe(true);

    // Another design (a file opened: none of its elements are these objects).
    noteDesign(structuredClone(edited));
    expect(map.get(key)).toBeUndefined();
    expect(map.has(key)).toBe(false);
    map.set(key, 'anew');
    expect(map.get(key)).toBe('anew');
    expect(map.delete(key)).toBe(true);
    expect(map.has(key)).toBe(false);
  });

  it('let the contexts of a design go once another design is validated, and keep them through an edit', () => {
    const design = largeDesign(100);
    validate(design);
    const context = contextOf(design);
    const edited = updateElement(design, 'hub-0-site-0', { name: 'Branch renamed' });
    validate(edited);
    expect(contextOf(design)).toBe(context);

    validate(structuredClone(design));
    expect(contextOf(design)).not.toBe(context);
  });

  it('are not let go by a comparison of the options for a site, whose made-up designs are estimated with nothing kept', () => {
    const design = largeDesign(100);
    validate(design);
    const context = contextOf(design);
    const comparison = compareForSite(design, 'hub-0-site-0');
    expect('error' in comparison).toBe(false);
    validate(design);
    expect(contextOf(design)).toBe(context);
  });
});
