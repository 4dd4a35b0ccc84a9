import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitVnetLinkLimit, formatBandwidth } from './circuitVnetLinkLimit';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitVnetLinkLimit]);

/** One circuit connected to `vnets` VNets (each with an ExpressRoute gateway) and Global Reach to `globalReach` others. */
function circuitWith(props: Record<string, unknown>, vnets: number, globalReach = 0) {
  const ids = Array.from({ length: vnets }, (_, i) => i);
  const peers = Array.from({ length: globalReach }, (_, i) => `peer${i}`);
  return design(
    [
      { id: 'c', kind: 'erCircuit', name: 'er-ams', props },
      ...ids.flatMap((i) => [
        { id: `v${i}`, kind: 'vnet' as const },
        { id: `gw${i}`, kind: 'erGateway' as const, parentId: `v${i}` },
      ]),
      ...peers.map((id) => ({ id, kind: 'erCircuit' as const })),
    ],
    [
      ...ids.map((i) => ({ id: `x${i}`, kind: 'erConnection' as const, source: `gw${i}`, target: 'c' })),
      ...peers.map((id, i) => ({ id: `gr${i}`, kind: 'globalReach' as const, source: 'c', target: id })),
    ],
  );
}

describe('circuit-vnet-link-limit', () => {
  it.each([
    ['11 VNets on a Standard circuit', { tier: 'Standard' }, 11, 0, /has 11 VNet links \(11 gateway connections \+ 0 Global Reach\), but a Standard 1 Gbps circuit allows 10\. Upgrade it to Premium \(50 links at 1 Gbps\)/, true],
    ['8 VNets and 3 Global Reach connections on a Standard circuit', { tier: 'Standard' }, 8, 3, /has 11 VNet links \(8 gateway connections \+ 3 Global Reach\)/, true],
    ['21 VNets on a 50 Mbps Premium circuit', { tier: 'Premium', bandwidthMbps: 50 }, 21, 0, /Premium 50 Mbps circuit allows 20\. Move some VNets or Global Reach connections to another circuit\./, false],
    ['11 VNets on a Local circuit', { tier: 'Local', dataPlan: 'Unlimited' }, 11, 0, /Local 1 Gbps circuit allows 10/, false],
    ['51 VNets on a Standard 1 Gbps circuit, more than Premium would allow', { tier: 'Standard' }, 51, 0, /allows 10\. Move some VNets/, false],
  ])('flags %s', (_name, props, vnets, globalReach, message, hasFix) => {
    const findings = run(circuitWith(props, vnets, globalReach));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-vnet-link-limit', severity: 'error' });
    expect(findings[0]!.elementIds[0]).toBe('c');
    expect(findings[0]!.elementIds).toHaveLength(1 + vnets + globalReach);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.fix !== undefined).toBe(hasFix);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#expressroute-limits');
  });

  it.each([
    ['10 VNets on a Standard circuit', { tier: 'Standard' }, 10, 0],
    ['45 VNets and 5 Global Reach connections on a 1 Gbps Premium circuit', { tier: 'Premium' }, 45, 5],
    ['95 VNets and 5 Global Reach connections on a 10 Gbps Premium circuit', { tier: 'Premium', bandwidthMbps: 10000 }, 95, 5],
  ])('accepts %s', (_name, props, vnets, globalReach) => {
    expect(run(circuitWith(props, vnets, globalReach))).toEqual([]);
  });

  it('upgrades to Premium in one step, and the finding goes away', () => {
    const doc = circuitWith({ tier: 'Standard' }, 12);
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Upgrade to Premium');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ tier: 'Premium' });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    [50, '50 Mbps'],
    [1000, '1 Gbps'],
    [100000, '100 Gbps'],
  ])('writes %i Mbps as %s', (mbps, text) => {
    expect(formatBandwidth(mbps)).toBe(text);
  });
});
