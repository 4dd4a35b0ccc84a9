import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitStandardScope } from './circuitStandardScope';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitStandardScope]);

function circuitTo(props: Record<string, unknown>, regions: string[]) {
  return design(
    [
      { id: 'c', kind: 'erCircuit', name: 'er-ams', props: { tier: 'Standard', peeringLocation: 'Amsterdam', ...props } },
      ...regions.flatMap((region, i) => [
        { id: `v${i}`, kind: 'vnet' as const, name: `vnet-${i}`, props: { region } },
        { id: `gws${i}`, kind: 'subnet' as const, name: 'GatewaySubnet', parentId: `v${i}` },
        { id: `gw${i}`, kind: 'erGateway' as const, parentId: `gws${i}` },
      ]),
    ],
    regions.map((_, i) => ({ id: `x${i}`, kind: 'erConnection' as const, source: 'c', target: `gw${i}` })),
  );
}

describe('circuit-standard-scope', () => {
  it.each([
    ['a VNet in North America', {}, ['westeurope', 'eastus'], ['c', 'v1', 'x1'], /Standard circuit "er-ams" at Amsterdam reaches only Azure regions in Europe, but VNet "vnet-1" is in East US \(North America\): upgrade the circuit to Premium/],
    ['a VNet in Asia from New York', { peeringLocation: 'New York' }, ['southeastasia'], ['c', 'v0', 'x0'], /at New York reaches only Azure regions in North America, but VNet "vnet-0" is in Southeast Asia \(Asia\)/],
  ])('flags %s, and upgrading to Premium makes the finding go away', (_name, props, regions, elementIds, message) => {
    const doc = circuitTo(props, regions);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-standard-scope', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-faqs');
    expect(findings[0]!.fix!.label).toBe('Upgrade to Premium');
    const fixed = findings[0]!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ tier: 'Premium' });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['VNets in the same geopolitical region', {}, ['westeurope', 'North Europe', 'uksouth']],
    ['a Premium circuit reaching another continent', { tier: 'Premium' }, ['eastus']],
    ['a Local circuit (judged by circuit-local-scope)', { tier: 'Local' }, ['eastus']],
    ['a region the geopolitical table does not list', {}, ['mexicocentral']],
    ['a peering location the table does not list', { peeringLocation: 'Atlantis' }, ['eastus']],
  ])('accepts %s', (_name, props, regions) => {
    expect(run(circuitTo(props, regions))).toEqual([]);
  });
});
