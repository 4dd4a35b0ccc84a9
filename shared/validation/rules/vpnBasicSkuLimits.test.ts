import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnBasicSkuLimits } from './vpnBasicSkuLimits';

const run = (doc: TopologyDocument) => validate(doc, [vpnBasicSkuLimits]);
const errors = (doc: TopologyDocument) => run(doc).filter((f) => f.severity === 'error');

/** A Basic VPN gateway with `props`, a VPN device on one link with `s2s` props, and optionally a user group. */
function basic(props: Record<string, unknown>, s2s: Record<string, unknown> = {}, group?: Record<string, unknown>): TopologyDocument {
  return design(
    [
      ...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props: { sku: 'Basic', ...props } },
      { id: 'dev', kind: 'vpnDevice', name: 'edge', props: { publicIp: '203.0.113.10', asn: 65050 } },
      ...(group ? [{ id: 'users', kind: 'p2sUserGroup' as const, name: 'Remote workers', props: { addressPool: '172.16.0.0/24', ...group } }] : []),
    ],
    [
      { id: 's2s', kind: 's2s', source: 'dev', target: 'vpn', props: { sharedKey: 'Key_1', ...s2s } },
      ...(group ? [{ id: 'p2s', kind: 'p2s' as const, source: 'users', target: 'vpn' }] : []),
    ],
  );
}

describe('vpn-basic-sku-limits', () => {
  it.each([
    ['BGP enabled on the gateway', basic({ bgp: { enabled: true } }), ['vpn'], /has BGP enabled, but the Basic SKU has no BGP/, 'Switch to VpnGw1AZ'],
    ['BGP enabled on a connection', basic({}, { bgp: true }), ['vpn', 's2s'], /has BGP enabled on a connection, but the Basic SKU has no BGP/, 'Switch to VpnGw1AZ (with BGP)'],
    ['active-active', basic({ activeActive: true }), ['vpn'], /is active-active, but the Basic SKU is active-standby only/, 'Switch to VpnGw1AZ'],
    ['users offered OpenVPN', basic({}, {}, { protocols: ['OpenVPN', 'SSTP'] }), ['vpn', 'users', 'p2s'], /Users of "Remote workers" connect with OpenVPN, but point-to-site on the Basic SKU is SSTP only/, 'Switch to VpnGw1AZ'],
    ['users offered IKEv2', basic({}, {}, { protocols: ['IKEv2'] }), ['vpn', 'users', 'p2s'], /connect with IKEv2/, 'Switch to VpnGw1AZ'],
    ['RADIUS authentication', basic({}, {}, { protocols: ['SSTP'], authentication: 'RADIUS' }), ['vpn', 'users', 'p2s'], /authenticate with RADIUS, which the Basic SKU does not support/, 'Switch to VpnGw1AZ'],
    ['Microsoft Entra ID authentication', basic({}, {}, { protocols: ['SSTP'], authentication: 'EntraID' }), ['vpn', 'users', 'p2s'], /authenticate with Microsoft Entra ID/, 'Switch to VpnGw1AZ'],
    ['IKEv1 on a route-based Basic gateway', basic({}, { ikeVersion: 'IKEv1' }), ['vpn', 's2s'], /speaks IKEv2 only, but a connection uses IKEv1/, 'Switch to VpnGw1AZ'],
  ])('flags %s, naming what to change, and the switch fixes it', (_name, doc, elementIds, message, label) => {
    const found = errors(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'vpn-basic-sku-limits', severity: 'error', elementIds });
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus');
    const fixed = applyFix(doc, found[0], label);
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ sku: 'VpnGw1AZ', generation: 'Gen1' });
    expect(run(fixed)).toEqual([]);
  });

  it('reports each problem of one gateway separately', () => {
    const doc = basic({ activeActive: true, bgp: { enabled: true } }, {}, { protocols: ['OpenVPN'], authentication: 'RADIUS' });
    expect(errors(doc)).toHaveLength(4);
  });

  it('says, as info, what Basic lacks beyond the design (portal, IPv6, custom IPsec policy, resizing)', () => {
    const findings = run(basic({}));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', elementIds: ['vpn'] });
    expect(findings[0]!.message).toMatch(/created only with PowerShell or the Azure CLI .* no IPv6 and no custom IPsec\/IKE policy, and cannot be resized/);
  });

  it.each([
    ['a VpnGw1AZ with every feature Basic lacks', design(
      [
        ...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props: { sku: 'VpnGw1AZ', activeActive: true, bgp: { enabled: true } } }]),
        { id: 'users', kind: 'p2sUserGroup', props: { protocols: ['OpenVPN'], authentication: 'EntraID' } },
      ],
      [{ kind: 'p2s', source: 'users', target: 'vpn' }],
    )],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it.each([
    ['NAT (left to vpn-nat-sku)', basic({ nat: true })],
    ['OpenVPN users on a policy-based Basic gateway (left to vpn-policy-based)', basic({ vpnType: 'PolicyBased' }, { ikeVersion: 'IKEv1' }, { protocols: ['OpenVPN'] })],
  ])('reports no error for %s', (_name, doc) => {
    expect(errors(doc)).toEqual([]);
  });
});
