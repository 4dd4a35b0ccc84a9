import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../format';
import type { TopologyDocument } from '../model/types';
import { estimatePaths } from '../estimate/paths';
import { design } from '../validation/testing/designBuilder';
import { activePath } from './activePath';
import { applyFailures, downIds } from './failures';
import { whatIf } from './whatIf';

function example(file: string): TopologyDocument {
  const loaded = loadDocument(readFileSync(`examples/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.document;
}

const failover = example('expressroute-with-vpn-failover.topo.json');
const vpnPathOf = (doc: TopologyDocument, vnetId: string) =>
  estimatePaths(doc).find((e) => e.siteId === 'site-london' && e.vnetId === vnetId)!.paths.find((p) => p.path.via === 'vpn')!;

/** One site, one provider delivering two circuits (at London and Amsterdam) to one ER gateway. */
const twoCircuits = design(
  [
    { id: 'site', kind: 'onPremSite', props: { latitude: 51.5, longitude: -0.1 } },
    { id: 'provider', kind: 'connectivityProvider' },
    { id: 'er-a', kind: 'erCircuit', props: { peeringLocation: 'London', providerState: 'Provisioned' } },
    { id: 'er-b', kind: 'erCircuit', props: { peeringLocation: 'Amsterdam', providerState: 'Provisioned' } },
    { id: 'loc-ams', kind: 'peeringLocation', name: 'Equinix AM5', props: { location: 'Amsterdam' } },
    { id: 'vnet', kind: 'vnet', props: { region: 'westeurope' } },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'vnet', props: { prefix: '10.0.255.0/27' } },
    { id: 'ergw', kind: 'erGateway', parentId: 'gws' },
  ],
  [
    { id: 'lm', kind: 'lastMile', source: 'site', target: 'provider' },
    { id: 'xc-a', kind: 'providerCrossConnect', source: 'provider', target: 'er-a' },
    { id: 'xc-b', kind: 'providerCrossConnect', source: 'provider', target: 'er-b' },
    { id: 'conn-a', kind: 'erConnection', source: 'er-a', target: 'ergw' },
    { id: 'conn-b', kind: 'erConnection', source: 'er-b', target: 'ergw' },
  ],
);

describe('the failover design (ExpressRoute with a site-to-site VPN behind it)', () => {
  it('carries the traffic over ExpressRoute while everything is up', () => {
    const result = whatIf(failover, []);
    expect(result.degraded).toBe(failover);
    const hub = result.paths.find((e) => e.vnetId === 'vnet-hub')!;
    expect(activePath(hub)?.path.via).toBe('expressRoute');
    expect(result.lostSiteIds).toEqual([]);
    expect(result.reroutedSiteIds).toEqual([]);
  });

  it('reroutes the site to the VPN, with the VPN path figures, when the circuit fails', () => {
    const result = whatIf(failover, ['er-london']);
    expect(result.reroutedSiteIds).toEqual(['site-london']);
    expect(result.lostSiteIds).toEqual([]);
    for (const vnetId of ['vnet-hub', 'vnet-spoke']) {
      const pair = result.paths.find((e) => e.siteId === 'site-london' && e.vnetId === vnetId)!;
      expect(pair.paths.map((p) => p.path.via)).toEqual(['vpn']);
      const vpnBefore = vpnPathOf(failover, vnetId);
      expect(pair.paths[0]!.rttMs).toBe(vpnBefore.rttMs);
      expect(pair.paths[0]!.availability).toBe(vpnBefore.availability);
      expect(pair.combinedAvailability).toBe(vpnBefore.availability);
    }
    // The ExpressRoute path was more available in parallel with the VPN than the VPN is alone.
    const fullHub = estimatePaths(failover).find((e) => e.vnetId === 'vnet-hub')!;
    expect(result.paths.find((e) => e.vnetId === 'vnet-hub')!.combinedAvailability).toBeLessThan(fullHub.combinedAvailability);
  });

  it('loses the site when the circuit and the VPN gateway both fail', () => {
    const result = whatIf(failover, ['er-london', 'vpngw-hub']);
    expect(result.paths).toEqual([]);
    expect(result.lostSiteIds).toEqual(['site-london']);
    expect(result.lostPairs).toEqual([
      { siteId: 'site-london', vnetId: 'vnet-hub' },
      { siteId: 'site-london', vnetId: 'vnet-spoke' },
    ]);
  });

  it('takes down the circuit cross-connected to a failed peering location', () => {
    const result = whatIf(failover, ['peering-london']);
    expect(result.down.has('er-london')).toBe(true);
    expect(result.down.has('er-conn')).toBe(true);
    expect(result.reroutedSiteIds).toEqual(['site-london']);
  });

  it('takes a failed link down on its own, and the tunnel with it', () => {
    const result = whatIf(failover, ['s2s-failover']);
    expect([...result.down]).toEqual(['s2s-failover']);
    const hub = result.paths.find((e) => e.vnetId === 'vnet-hub')!;
    expect(hub.paths.map((p) => p.path.via)).toEqual(['expressRoute']);
    expect(result.reroutedSiteIds).toEqual([]);
  });

  it('only loses the spoke when the peering between hub and spoke fails', () => {
    const result = whatIf(failover, ['peering-hub-spoke']);
    expect(result.lostPairs).toEqual([{ siteId: 'site-london', vnetId: 'vnet-spoke' }]);
    expect(result.lostSiteIds).toEqual([]);
  });
});

describe('failures', () => {
  it('takes what is nested in a failed VNet, and the links of all of it', () => {
    const down = downIds(failover, ['vnet-hub']);
    for (const id of ['vnet-hub', 'snet-gateway', 'ergw-hub', 'vpngw-hub', 'snet-shared', 'er-conn', 's2s-failover', 'peering-hub-spoke']) expect(down.has(id)).toBe(true);
    expect(down.has('er-london')).toBe(false);
    expect(down.has('vnet-spoke')).toBe(false);
  });

  it('ignores ids the design does not hold', () => {
    expect(applyFailures(failover, ['deleted-long-ago'])).toBe(failover);
  });

  it('keeps the other circuit carrying the traffic when one of two fails', () => {
    expect(estimatePaths(twoCircuits)[0]!.paths).toHaveLength(2);
    const result = whatIf(twoCircuits, ['er-a']);
    expect(result.paths[0]!.paths.map((p) => p.path.circuitId)).toEqual(['er-b']);
    expect(result.lostSiteIds).toEqual([]);
  });

  it('fails a circuit whose peering location names a failed location element, linked or not', () => {
    const result = whatIf(twoCircuits, ['loc-ams']);
    expect(result.down.has('er-b')).toBe(true);
    expect(result.down.has('er-a')).toBe(false);
    expect(result.paths[0]!.paths.map((p) => p.path.circuitId)).toEqual(['er-a']);
  });

  it('loses the site when both circuits fail', () => {
    expect(whatIf(twoCircuits, ['er-a', 'er-b']).lostSiteIds).toEqual(['site']);
  });
});
