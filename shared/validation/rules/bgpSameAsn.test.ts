import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { bgpSameAsn } from './bgpSameAsn';

const run = (doc: TopologyDocument) => validate(doc, [bgpSameAsn]);

/** An on-premises end `prem` linked by s2s (with `linkBgp`) to a VPN gateway with `gateway` props. */
function tunnel(gateway: Record<string, unknown>, prem: { kind: 'vpnDevice' | 'localNetworkGateway'; props: Record<string, unknown> }, linkBgp = false): TopologyDocument {
  return design(
    [
      ...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props: gateway },
      { id: 'prem', name: 'edge', ...prem },
    ],
    [{ id: 's2s', kind: 's2s', source: 'prem', target: 'vpn', props: { sharedKey: 'Key_1', bgp: linkBgp } }],
  );
}
const device = (asn: number | null) => ({ kind: 'vpnDevice' as const, props: { publicIp: '203.0.113.10', asn } });
const lng = (bgp: Record<string, unknown>) => ({ kind: 'localNetworkGateway' as const, props: { gatewayIp: '203.0.113.10', bgp } });

describe('bgp-same-asn', () => {
  it.each([
    ['a VPN device on the gateway’s ASN', tunnel({ bgp: { enabled: true, asn: 65010 } }, device(65010)), 65010, /The VPN device "edge" and VPN gateway "vpngw" both use ASN 65010/],
    ['a VPN device on 65515 facing a gateway with no ASN set (Azure’s default)', tunnel({}, device(65515)), 65515, /both use ASN 65515/],
    ['a BGP local network gateway on the gateway’s ASN', tunnel({ bgp: { enabled: true, asn: 65020 } }, lng({ enabled: true, asn: 65020 })), 65020, /The local network gateway "edge" and VPN gateway "vpngw" both use ASN 65020/],
  ])('flags %s', (_name, doc, _asn, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'bgp-same-asn', severity: 'error', elementIds: ['s2s', 'prem', 'vpn'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/must differ\. Give the on-premises side another ASN/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp');
  });

  it.each([
    ['a VPN device with no ASN', device(null), /VPN device "edge" has no ASN: enter the ASN of the VPN device/],
    ['a local network gateway with BGP off', lng({ enabled: false, asn: 65050 }), /local network gateway "edge" has no ASN: enable BGP on the local network gateway/],
  ])('warns when BGP is on for a connection whose on-premises end has no ASN: %s', (_name, prem, message) => {
    const findings = run(tunnel({ bgp: { enabled: true } }, prem, true));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', elementIds: ['s2s', 'prem'] });
    expect(findings[0]!.message).toMatch(/BGP is enabled on the connection between "edge" and "vpngw"/);
    expect(findings[0]!.message).toMatch(message);
  });

  it('warns when BGP is on for a connection but off on the gateway, and turns it on', () => {
    const doc = tunnel({ sku: 'VpnGw1AZ' }, device(65050), true);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', elementIds: ['s2s', 'vpn'] });
    expect(findings[0]!.message).toMatch(/but not on VPN gateway "vpngw" \(ASN 65515\)\. Enable BGP on the gateway/);
    const fixed = applyFix(doc, findings[0], 'Enable BGP on the gateway');
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ bgp: { enabled: true } });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['different ASNs with BGP on both ends', tunnel({ bgp: { enabled: true, asn: 65010 } }, device(65050), true)],
    ['a VPN device on a private ASN facing the default 65515', tunnel({}, device(65050))],
    ['a local network gateway whose ASN is set but BGP is off, without BGP on the link', tunnel({}, lng({ enabled: false, asn: 65515 }))],
    ['BGP on a link to a Basic gateway (left to vpn-basic-sku-limits)', tunnel({ sku: 'Basic' }, device(65050), true)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
