import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitLocalScope } from './circuitLocalScope';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitLocalScope]);

/** A Local circuit at `location`, connected to one VNet per region, plus optional Global Reach to another circuit. */
function local(props: Record<string, unknown>, regions: string[] = [], globalReach = false) {
  return design(
    [
      { id: 'c', kind: 'erCircuit', name: 'er-local', props: { tier: 'Local', dataPlan: 'Unlimited', peeringLocation: 'Amsterdam', ...props } },
      ...regions.flatMap((region, i) => [
        { id: `v${i}`, kind: 'vnet' as const, name: `vnet-${region}`, props: { region } },
        { id: `gw${i}`, kind: 'erGateway' as const, parentId: `v${i}` },
      ]),
      ...(globalReach ? [{ id: 'other', kind: 'erCircuit' as const }] : []),
    ],
    [
      ...regions.map((_, i) => ({ id: `x${i}`, kind: 'erConnection' as const, source: `gw${i}`, target: 'c' })),
      ...(globalReach ? [{ id: 'gr', kind: 'globalReach' as const, source: 'c', target: 'other' }] : []),
    ],
  );
}

describe('circuit-local-scope', () => {
  it.each([
    ['a VNet outside the local region, in the same geopolitical region', local({}, ['westeurope', 'northeurope']), ['c', 'v1', 'x1'], /Local circuit "er-local" at Amsterdam reaches only West Europe, but VNet "vnet-northeurope" is in North Europe: change the circuit to Standard/, 'Change to Standard'],
    ['a VNet on another continent', local({}, ['eastus']), ['c', 'v0', 'x0'], /is in East US: upgrade the circuit to Premium/, 'Upgrade to Premium'],
    ['a location without Local regions', local({ peeringLocation: 'Atlanta' }), ['c'], /at Atlanta, where the Local SKU is not offered: change it to Standard/, 'Change to Standard'],
    ['Global Reach', local({}, [], true), ['c', 'gr'], /has Global Reach, which Local circuits do not support/, 'Change to Standard'],
    ['the Metered data plan', local({ dataPlan: 'Metered' }), ['c'], /is on the Metered plan, but Local circuits are always Unlimited/, 'Set data plan to Unlimited'],
  ])('flags %s, and its fix makes the finding go away', (_name, doc, elementIds, message, fixLabel) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-local-scope', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-faqs');
    expect(findings[0]!.fix!.label).toBe(fixLabel);
    expect(run(findings[0]!.fix!.apply(doc))).toEqual([]);
  });

  it.each([
    ['a VNet in the local region', local({}, ['westeurope'])],
    ['VNets in both local regions of Washington DC', local({ peeringLocation: 'Washington DC' }, ['eastus', 'East US 2'])],
    ['a location whose Local regions are unknown', local({ peeringLocation: 'Madrid2' }, ['westeurope'])],
    ['a location nobody lists', local({ peeringLocation: 'Atlantis' }, ['westeurope'])],
    ['a Standard circuit anywhere', local({ tier: 'Standard', dataPlan: 'Metered' }, ['eastus'], true)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
