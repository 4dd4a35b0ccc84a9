import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnP2sLimit } from './vpnP2sLimit';

const run = (doc: TopologyDocument) => validate(doc, [vpnP2sLimit]);

type Group = { users: number; protocols: string[] };

/** A VPN gateway with `props` and point-to-site user groups g1, g2, … */
function gatewayWithUsers(props: Record<string, unknown>, groups: Group[]): TopologyDocument {
  return design(
    [
      ...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props },
      ...groups.map((g, i) => ({ id: `g${i + 1}`, kind: 'p2sUserGroup' as const, props: { ...g, addressPool: `172.16.${i}.0/24` } })),
    ],
    groups.map((_, i) => ({ kind: 'p2s' as const, source: `g${i + 1}`, target: 'vpn' })),
  );
}

describe('vpn-p2s-limit', () => {
  it.each([
    ['300 OpenVPN users on VpnGw1AZ', { sku: 'VpnGw1AZ' }, [{ users: 300, protocols: ['OpenVPN'] }], ['vpn', 'g1'], /300 IKEv2\/OpenVPN point-to-site users, but VpnGw1AZ allows 250/],
    [
      'IKEv2 and OpenVPN groups adding up past the shared limit',
      { sku: 'VpnGw1AZ' },
      [{ users: 200, protocols: ['IKEv2'] }, { users: 100, protocols: ['OpenVPN', 'SSTP'] }],
      ['vpn', 'g1', 'g2'],
      /300 IKEv2\/OpenVPN/,
    ],
    ['200 SSTP-only users on VpnGw5AZ', { sku: 'VpnGw5AZ', generation: 'Gen2' }, [{ users: 200, protocols: ['SSTP'] }], ['vpn', 'g1'], /200 SSTP-only point-to-site users, but SSTP takes at most 128 on any SKU/],
    ['10,001 OpenVPN users on VpnGw5AZ', { sku: 'VpnGw5AZ', generation: 'Gen2' }, [{ users: 10001, protocols: ['OpenVPN'] }], ['vpn', 'g1'], /10,001 .* VpnGw5AZ allows 10,000\. No VPN gateway SKU takes that many/],
  ])('flags %s', (_name, props, groups, elementIds, message) => {
    const findings = run(gatewayWithUsers(props, groups));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-p2s-limit', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus');
  });

  it.each([
    ['250 OpenVPN users on VpnGw1AZ', gatewayWithUsers({ sku: 'VpnGw1AZ' }, [{ users: 250, protocols: ['OpenVPN'] }])],
    ['128 SSTP users beside 250 IKEv2 users (separate limits)', gatewayWithUsers({ sku: 'VpnGw1AZ' }, [{ users: 128, protocols: ['SSTP'] }, { users: 250, protocols: ['IKEv2'] }])],
    ['200 users offered SSTP and OpenVPN (they count against OpenVPN)', gatewayWithUsers({ sku: 'VpnGw1AZ' }, [{ users: 200, protocols: ['SSTP', 'OpenVPN'] }])],
    ['OpenVPN users on Basic (left to vpn-basic-sku-limits)', gatewayWithUsers({ sku: 'Basic' }, [{ users: 300, protocols: ['OpenVPN'] }])],
    ['users on a policy-based gateway (left to vpn-policy-based)', gatewayWithUsers({ sku: 'Basic', vpnType: 'PolicyBased' }, [{ users: 300, protocols: ['SSTP'] }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('still offers a larger SKU for IKEv2/OpenVPN users when SSTP users are over their own limit too', () => {
    const findings = run(gatewayWithUsers({ sku: 'VpnGw1AZ' }, [{ users: 400, protocols: ['OpenVPN'] }, { users: 300, protocols: ['SSTP'] }]));
    expect(findings.map((f) => f.fix?.label)).toEqual(['Switch to VpnGw2AZ', undefined]);
  });

  it('fixes too many IKEv2/OpenVPN users by moving to the smallest SKU that takes them', () => {
    const doc = gatewayWithUsers({ sku: 'VpnGw1AZ' }, [{ users: 900, protocols: ['OpenVPN'] }]);
    const fixed = applyFix(doc, run(doc)[0], 'Switch to VpnGw3AZ');
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ sku: 'VpnGw3AZ', generation: 'Gen1' });
    expect(run(fixed)).toEqual([]);
  });
});
