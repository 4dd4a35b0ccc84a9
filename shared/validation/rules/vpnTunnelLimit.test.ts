import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnTunnelLimit } from './vpnTunnelLimit';

const run = (doc: TopologyDocument) => validate(doc, [vpnTunnelLimit]);

/** A VPN gateway with `props` and `sites` VPN devices, each with its own site-to-site link. */
function gatewayWithSites(props: Record<string, unknown>, sites: number): TopologyDocument {
  const devices = Array.from({ length: sites }, (_, i) => ({ id: `d${i}`, kind: 'vpnDevice' as const, props: { publicIp: `203.0.113.${i + 1}` } }));
  return design(
    [...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props }]), ...devices],
    devices.map((d) => ({ kind: 's2s' as const, source: d.id, target: 'vpn', props: { sharedKey: 'Key_1' } })),
  );
}

describe('vpn-tunnel-limit', () => {
  it.each([
    ['31 connections on VpnGw1AZ', { sku: 'VpnGw1AZ' }, 31, /31 site-to-site connections, but VpnGw1AZ allows 30 tunnels/, 'Switch to VpnGw4AZ (Gen2)'],
    ['11 connections on Basic', { sku: 'Basic' }, 11, /11 site-to-site connections, but Basic allows 10 tunnels/, 'Switch to VpnGw1AZ'],
    ['31 connections on an active-active VpnGw3AZ (links count, not tunnels)', { sku: 'VpnGw3AZ', generation: 'Gen2', activeActive: true }, 31, /VpnGw3AZ allows 30/, 'Switch to VpnGw4AZ'],
  ])('flags %s, and the fix moves to a SKU that takes them', (_name, props, sites, message, label) => {
    const doc = gatewayWithSites(props, sites);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'vpn-tunnel-limit',
      severity: 'error',
      elementIds: ['vpn', ...Array.from({ length: sites }, (_, i) => `link-${i + 1}`)],
    });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus');
    const fixed = applyFix(doc, findings[0], label);
    expect(run(fixed)).toEqual([]);
  });

  it('points to Virtual WAN, with no fix, beyond 100 tunnels', () => {
    const [f] = run(gatewayWithSites({ sku: 'VpnGw5AZ', generation: 'Gen2' }, 101));
    expect(f!.message).toMatch(/101 site-to-site connections, but VpnGw5AZ allows 100 tunnels\. No VPN gateway SKU takes more than 100: use Virtual WAN/);
    expect(f!.fix).toBeUndefined();
  });

  it.each([
    ['30 connections on VpnGw1AZ', gatewayWithSites({ sku: 'VpnGw1AZ' }, 30)],
    ['100 connections on VpnGw4AZ', gatewayWithSites({ sku: 'VpnGw4AZ', generation: 'Gen2' }, 100)],
    ['11 connections on a policy-based Basic gateway (left to vpn-policy-based)', gatewayWithSites({ sku: 'Basic', vpnType: 'PolicyBased' }, 11)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
