import { describe, expect, it } from 'vitest';
import { loadDocument, serializeDocument } from '../format';
import { sitePaths } from '../topology/sitePaths';
import { validate } from '../validation/validate';
import { largeDesign } from './largeDesign';

describe('largeDesign', () => {
  it.each([7, 8, 100, 999, 1000, 10_000])('has exactly %i elements', (count) => {
    expect(largeDesign(count).elements).toHaveLength(count);
  });

  it('grows its links in proportion to its elements', () => {
    const ratio = (n: number) => largeDesign(n).links.length / n;
    expect(ratio(1000)).toBeGreaterThan(0.6);
    expect(Math.abs(ratio(10_000) - ratio(1000))).toBeLessThan(0.02);
  });

  it('has unique element and link ids', () => {
    const doc = largeDesign(1000);
    expect(new Set(doc.elements.map((e) => e.id)).size).toBe(1000);
    expect(new Set(doc.links.map((l) => l.id)).size).toBe(doc.links.length);
  });

  it('saves and opens through the file format unchanged, with no repairs', () => {
    const doc = largeDesign(1000);
    const loaded = loadDocument(serializeDocument(doc));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    expect(loaded.repairs).toEqual([]);
    expect(loaded.document.elements).toEqual(doc.elements);
    expect(loaded.document.links).toEqual(doc.links);
  });

  it('validates without errors: a realistic design, not a pile of mistakes', () => {
    const findings = validate(largeDesign(1000));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.length).toBeLessThan(1000 / 4);
  });

  it('gives every site a way into Azure, reaching its hub and the hub’s spokes', () => {
    const doc = largeDesign(1000);
    const sites = doc.elements.filter((e) => e.kind === 'onPremSite');
    const reached = new Set(sitePaths(doc).map((p) => p.siteId));
    expect(reached.size).toBe(sites.length);
    const vnetsOfSite = new Set(sitePaths(doc).filter((p) => p.siteId === 'hub-0-site-0').map((p) => p.vnetId));
    expect(vnetsOfSite).toEqual(new Set(['hub-0', ...Array.from({ length: 8 }, (_, i) => `hub-0-spoke-${i}`)]));
  });

  it('refuses a count too small for one hub', () => {
    expect(() => largeDesign(3)).toThrow(/≥ 7/);
  });
});
