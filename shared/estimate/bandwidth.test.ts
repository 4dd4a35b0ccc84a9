import { describe, expect, it } from 'vitest';
import { sitePaths } from '../topology/sitePaths';
import { design, hubWithGateways } from '../validation/testing/designBuilder';
import { bottleneck } from './bandwidth';
import { estimatePath, estimatePaths } from './paths';

type VpnOptions = { sku?: string; generation?: string; activeActive?: boolean; lastMileMbps?: number | null };
type ErOptions = { circuitMbps?: number; direct?: boolean; sku?: string; scaleUnits?: number; fastPath?: boolean; lastMileMbps?: number | null; spoke?: boolean };

function vpn({ sku = 'VpnGw1AZ', generation = 'Gen1', activeActive = false, lastMileMbps = null }: VpnOptions) {
  return design(
    [
      { id: 'site', kind: 'onPremSite', props: { latitude: 48.14, longitude: 11.58 } },
      { id: 'dev', kind: 'vpnDevice' },
      ...hubWithGateways('10.0.255.0/27', [{ id: 'vpngw', kind: 'vpnGateway', props: { sku, generation, activeActive } }]),
    ],
    [
      { id: 'lm', kind: 'lastMile', source: 'site', target: 'dev', props: { bandwidthMbps: lastMileMbps } },
      { id: 'tunnel', kind: 's2s', source: 'dev', target: 'vpngw' },
    ],
  );
}

function er({ circuitMbps = 1000, direct = false, sku = 'ErGw1Az', scaleUnits = 1, fastPath = false, lastMileMbps = null, spoke = false }: ErOptions) {
  return design(
    [
      { id: 'site', kind: 'onPremSite', props: { latitude: 48.14, longitude: 11.58 } },
      { id: 'prov', kind: 'connectivityProvider' },
      { id: 'circuit', kind: 'erCircuit', props: { bandwidthMbps: circuitMbps, expressRouteDirect: direct, peeringLocation: 'Frankfurt' } },
      ...hubWithGateways('10.0.255.0/27', [{ id: 'ergw', kind: 'erGateway', props: { sku, scaleUnits, fastPath } }]),
      ...(spoke ? [{ id: 'spoke', kind: 'vnet' as const, props: { region: 'westeurope' } }] : []),
    ],
    [
      { id: 'lm', kind: 'lastMile', source: 'site', target: 'prov', props: { bandwidthMbps: lastMileMbps } },
      { kind: 'providerCrossConnect', source: 'prov', target: 'circuit' },
      { kind: 'erConnection', source: 'circuit', target: 'ergw' },
      ...(spoke ? [{ id: 'peer', kind: 'vnetPeering' as const, source: 'vnet', target: 'spoke' }] : []),
    ],
  );
}

/** The estimate of the document's path to `vnetId` (the hub by default). */
function estimateTo(doc: ReturnType<typeof design>, vnetId = 'vnet') {
  const path = sitePaths(doc).find((p) => p.vnetId === vnetId);
  if (!path) throw new Error(`no path to ${vnetId}`);
  return estimatePath(doc, path);
}

describe('bandwidth bottleneck', () => {
  it.each([
    // The single-tunnel figure (GCMAES256) and the aggregate benchmark come from the SKU tables.
    { name: 'VpnGw1AZ: single tunnel, named on a tie with the 650 Mbps aggregate', doc: vpn({}), mbps: 650, at: 'VpnGw1AZ single tunnel (650 Mbps, GCMAES256)' },
    { name: 'VpnGw2AZ Gen1: the 1,000 Mbps aggregate, below its 1,200 Mbps tunnel', doc: vpn({ sku: 'VpnGw2AZ' }), mbps: 1000, at: 'VpnGw2AZ Gen1 aggregate (1000 Mbps)' },
    { name: 'VpnGw5AZ Gen2: the 2,300 Mbps tunnel, below its 10 Gbps aggregate', doc: vpn({ sku: 'VpnGw5AZ', generation: 'Gen2' }), mbps: 2300, at: 'VpnGw5AZ single tunnel (2300 Mbps, GCMAES256)' },
    { name: 'VpnGw5AZ active-active: still one tunnel’s 2,300 Mbps', doc: vpn({ sku: 'VpnGw5AZ', generation: 'Gen2', activeActive: true }), mbps: 2300, at: 'VpnGw5AZ single tunnel (2300 Mbps, GCMAES256)' },
    { name: 'Basic: 100 Mbps', doc: vpn({ sku: 'Basic' }), mbps: 100, at: 'Basic single tunnel (100 Mbps, GCMAES256)' },
    { name: 'VPN behind a 100 Mbps last mile: the last mile', doc: vpn({ lastMileMbps: 100 }), mbps: 100, at: 'Last mile lm (100 Mbps)' },
    { name: 'a 200 Mbps circuit on ErGw1Az: the circuit', doc: er({ circuitMbps: 200 }), mbps: 200, at: 'Circuit circuit (200 Mbps)' },
    { name: 'a 1 Gbps circuit on 1 Gbps ErGw1Az: the circuit, first of equals', doc: er({}), mbps: 1000, at: 'Circuit circuit (1000 Mbps)' },
    { name: 'a 10 Gbps circuit on ErGw2Az: the 2 Gbps gateway', doc: er({ circuitMbps: 10000, sku: 'ErGw2Az' }), mbps: 2000, at: 'ErGw2Az gateway (2000 Mbps)' },
    { name: 'a 5 Gbps circuit on ErGwScale with 3 units: 3 × 1,000 Mbps', doc: er({ circuitMbps: 5000, sku: 'ErGwScale', scaleUnits: 3 }), mbps: 3000, at: 'ErGwScale gateway, 3 scale units (3000 Mbps)' },
    { name: 'a 10 Gbps circuit behind a 500 Mbps last mile: the last mile', doc: er({ circuitMbps: 10000, sku: 'ErGw3Az', lastMileMbps: 500 }), mbps: 500, at: 'Last mile lm (500 Mbps)' },
    { name: 'FastPath on ErGw3Az: the gateway leaves the data path, so the 40 Gbps Direct circuit', doc: er({ circuitMbps: 40000, direct: true, sku: 'ErGw3Az', fastPath: true }), mbps: 40000, at: 'Circuit circuit (40000 Mbps)' },
    { name: 'FastPath asked of ErGw1Az, which lacks it: the 1 Gbps gateway still counts', doc: er({ circuitMbps: 2000, fastPath: true }), mbps: 1000, at: 'ErGw1Az gateway (1000 Mbps)' },
  ])('finds the bottleneck for $name', ({ doc, mbps, at }) => {
    const estimate = estimateTo(doc);
    expect(estimate.bottleneckMbps).toBe(mbps);
    expect(estimate.bottleneckAt).toBe(at);
    expect(estimate.bandwidthInputs.map((c) => c.mbps)).toContain(mbps);
  });

  it('keeps the gateway as a limit on the way to a peered spoke, where FastPath does not apply', () => {
    const doc = er({ circuitMbps: 40000, direct: true, sku: 'ErGw3Az', fastPath: true, spoke: true });
    expect(estimateTo(doc, 'vnet').bottleneckMbps).toBe(40000);
    expect(estimateTo(doc, 'spoke')).toMatchObject({ bottleneckMbps: 10000, bottleneckAt: 'ErGw3Az gateway (10000 Mbps)' });
    // The estimator of the whole design says the same of the spoke as the one of the single path.
    const all = estimatePaths(doc);
    expect(all.find((e) => e.vnetId === 'vnet')?.paths[0]?.bottleneckMbps).toBe(40000);
    expect(all.find((e) => e.vnetId === 'spoke')?.paths[0]).toMatchObject({ bottleneckMbps: 10000, bottleneckAt: 'ErGw3Az gateway (10000 Mbps)' });
  });

  it('says active-active does not raise the single-tunnel limit', () => {
    const tunnel = estimateTo(vpn({ sku: 'VpnGw2AZ', activeActive: true })).bandwidthInputs[0];
    expect(tunnel?.note).toContain('Active-active does not raise the single-tunnel limit');
  });

  it('uses the only generation of a SKU stated with the wrong one, and warns', () => {
    const estimate = estimateTo(vpn({ sku: 'VpnGw4AZ', generation: 'Gen1' }));
    expect(estimate.bottleneckMbps).toBe(2300);
    expect(estimate.warnings).toContain('VPN gateway vpngw: VpnGw4AZ does not exist in Gen1; its Gen2 throughput is used.');
  });

  it('reports an unknown bottleneck when nothing along the path has a capacity', () => {
    expect(bottleneck([])).toEqual({ mbps: null, at: 'unknown' });
  });
});
