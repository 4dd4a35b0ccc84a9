import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { subnetOverlap } from './subnetOverlap';

const run = (doc: ReturnType<typeof design>) => validate(doc, [subnetOverlap]);
const vnetWith = (prefixes: string[]) =>
  design([
    { id: 'v', kind: 'vnet', name: 'vnet-hub', props: { addressSpaces: ['10.0.0.0/16'] } },
    ...prefixes.map((prefix, i) => ({ id: `s${i + 1}`, kind: 'subnet' as const, name: `snet-${i + 1}`, parentId: 'v', props: { prefix } })),
  ]);

describe('subnet-overlap', () => {
  it.each([
    ['two identical subnets', ['10.0.1.0/24', '10.0.1.0/24'], [['s2', 's1', 'v']]],
    ['a subnet inside another', ['10.0.0.0/23', '10.0.1.0/24'], [['s2', 's1', 'v']]],
    ['one subnet overlapping two others', ['10.0.1.0/24', '10.0.0.0/22', '10.0.2.0/24', '10.0.8.0/24'], [['s1', 's2', 'v'], ['s3', 's2', 'v']]],
  ])('flags %s, one finding per pair', (_name, prefixes, pairs) => {
    const findings = run(vnetWith(prefixes));
    expect(findings.map((f) => f.elementIds)).toEqual(pairs);
    for (const f of findings) expect(f).toMatchObject({ ruleId: 'subnet-overlap', severity: 'error' });
    expect(findings[0]!.message).toMatch(/Subnets "snet-\d" \(10\.0\.\d\.0\/2\d\) and "snet-\d" \(10\.0\.\d\.0\/2\d\) of VNet "vnet-hub" overlap: give one of them a range/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['adjacent subnets', vnetWith(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/23'])],
    ['the same prefix in two different VNets', design([
      { id: 'a', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 'b', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 'sa', kind: 'subnet', parentId: 'a', props: { prefix: '10.0.1.0/24' } },
      { id: 'sb', kind: 'subnet', parentId: 'b', props: { prefix: '10.0.1.0/24' } },
    ])],
    ['1,000 disjoint subnets', vnetWith(Array.from({ length: 1000 }, (_, i) => `10.0.${Math.floor(i / 4)}.${(i % 4) * 64}/26`))],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
