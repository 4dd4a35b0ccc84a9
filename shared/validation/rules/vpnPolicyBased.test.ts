import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnPolicyBased } from './vpnPolicyBased';

const run = (doc: TopologyDocument) => validate(doc, [vpnPolicyBased]);

/** A VPN gateway with `props`, `sites` devices on IKEv1 (unless told) links, and optionally a user group. */
function gateway(props: Record<string, unknown>, sites = 1, options: { ike?: string; users?: boolean } = {}): TopologyDocument {
  const devices = Array.from({ length: sites }, (_, i) => ({ id: `d${i + 1}`, kind: 'vpnDevice' as const, props: { publicIp: `203.0.113.${i + 1}` } }));
  return design(
    [
      ...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props: { vpnType: 'PolicyBased', ...props } },
      ...devices,
      ...(options.users ? [{ id: 'users', kind: 'p2sUserGroup' as const, name: 'Remote workers', props: { protocols: ['SSTP'] } }] : []),
    ],
    [
      ...devices.map((d, i) => ({ id: `s${i + 1}`, kind: 's2s' as const, source: d.id, target: 'vpn', props: { sharedKey: 'Key_1', ikeVersion: options.ike ?? 'IKEv1' } })),
      ...(options.users ? [{ id: 'p2s', kind: 'p2s' as const, source: 'users', target: 'vpn' }] : []),
    ],
  );
}

describe('vpn-policy-based', () => {
  it.each([
    ['a policy-based VpnGw1AZ', gateway({ sku: 'VpnGw1AZ' }), ['vpn'], /only the Basic SKU can be policy-based: VpnGw1AZ is route-based/, 'Make it route-based'],
    ['a policy-based Basic gateway with two sites', gateway({ sku: 'Basic' }, 2), ['vpn', 's1', 's2'], /carries one site-to-site tunnel, but it has 2 site-to-site connections/, 'Switch to VpnGw1AZ (route-based)'],
    ['a policy-based Basic gateway with point-to-site users', gateway({ sku: 'Basic' }, 1, { users: true }), ['vpn', 'users', 'p2s'], /has no point-to-site, but "Remote workers" connects to it/, 'Switch to VpnGw1AZ (route-based)'],
    ['a policy-based Basic gateway on IKEv2', gateway({ sku: 'Basic' }, 1, { ike: 'IKEv2' }), ['vpn', 's1'], /speaks IKEv1 only, but its connection is set to IKEv2/, 'Use IKEv1'],
  ])('flags %s, and fixes it in one step', (_name, doc, elementIds, message, label) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-policy-based', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq');
    const fixed = applyFix(doc, findings[0], label);
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['a policy-based Basic gateway with one IKEv1 site', gateway({ sku: 'Basic' })],
    ['a route-based VpnGw1AZ with many sites and users', gateway({ sku: 'VpnGw1AZ', vpnType: 'RouteBased' }, 5, { ike: 'IKEv2', users: true })],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
