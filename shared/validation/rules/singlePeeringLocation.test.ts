import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { singlePeeringLocation } from './singlePeeringLocation';

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;
const run = (doc: ReturnType<typeof design>) => validate(doc, [singlePeeringLocation]);

/** A hub whose ExpressRoute gateway connects circuits at the given locations ('' = not set). */
function hub(locations: string[], extra: { elements?: Elements; links?: Links } = {}) {
  return design(
    [
      { id: 'vnet', kind: 'vnet', name: 'vnet-hub' },
      { id: 'ergw', kind: 'erGateway', parentId: 'vnet' },
      ...locations.map((location, i) => ({ id: `c${i + 1}`, kind: 'erCircuit' as const, name: `er-${i + 1}`, props: { peeringLocation: location } })),
      ...(extra.elements ?? []),
    ],
    [...locations.map((_l, i) => ({ kind: 'erConnection' as const, source: 'ergw', target: `c${i + 1}` })), ...(extra.links ?? [])],
  );
}

describe('single-peering-location', () => {
  it.each([
    ['two circuits at Amsterdam', hub(['Amsterdam', 'Amsterdam']), ['vnet', 'c1', 'c2'], /All 2 ExpressRoute circuits of "vnet-hub" \("er-1", "er-2"\) land at the same peering location, Amsterdam/],
    ['three circuits at one location, spelt differently', hub(['London', 'london ', 'LONDON']), ['vnet', 'c1', 'c2', 'c3'], /All 3 ExpressRoute circuits/],
    [
      'a circuit whose location comes from its peering location element',
      hub(['Amsterdam', ''], {
        elements: [{ id: 'pl', kind: 'peeringLocation', props: { location: 'Amsterdam' } }],
        links: [{ kind: 'providerCrossConnect', source: 'c2', target: 'pl' }],
      }),
      ['vnet', 'c1', 'c2'],
      /same peering location, Amsterdam/,
    ],
  ])('flags %s', (_name, doc, elementIds, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'single-peering-location', severity: 'warning', elementIds, source: DOCS.erFaq.url });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Move one of them to a second peering location\.$/);
  });

  it.each([
    ['circuits at two locations', hub(['Amsterdam', 'London'])],
    ['one circuit (single-circuit reports it)', hub(['Amsterdam'])],
    ['a circuit whose location is not set', hub(['Amsterdam', ''])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
