import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { bgpReservedAsn } from './bgpReservedAsn';

const run = (doc: TopologyDocument) => validate(doc, [bgpReservedAsn]);

const withGateway = (bgp: Record<string, unknown>) =>
  design([...hubWithGateways('10.0.255.0/27', []), { id: 'el', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props: { bgp } }]);
const device = (asn: number | null) => design([{ id: 'el', kind: 'vpnDevice', name: 'edge', props: { publicIp: '203.0.113.10', asn } }]);
const lng = (bgp: Record<string, unknown>) => design([{ id: 'el', kind: 'localNetworkGateway', name: 'lng-office', props: { gatewayIp: '203.0.113.10', bgp } }]);

describe('bgp-reserved-asn', () => {
  it.each([
    ['a VPN device on 65515', device(65515), /VPN device "edge" uses ASN 65515, which is Azure VPN and ExpressRoute gateways' own ASN: on-premises networks cannot use it/],
    ['a VPN device on 12076', device(12076), /ASN 12076, which is Microsoft's ExpressRoute ASN/],
    ['a VPN device on 8074', device(8074), /ASN 8074, which is reserved by Azure/],
    ['a VPN device on 65518', device(65518), /ASN 65518, which is reserved by Azure/],
    ['a VPN device on 23456', device(23456), /ASN 23456, which is reserved by IANA \(AS_TRANS\)/],
    ['a VPN device on 64500', device(64500), /reserved by IANA for documentation/],
    ['a local network gateway with BGP on 65540', lng({ enabled: true, asn: 65540 }), /Local network gateway "lng-office" uses ASN 65540, which is reserved by IANA/],
    ['an Azure VPN gateway on 8075', withGateway({ enabled: true, asn: 8075 }), /VPN gateway "vpngw" uses ASN 8075, which is reserved by Azure: Azure refuses it\. Use 65515/],
  ])('flags %s', (_name, doc, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'bgp-reserved-asn', severity: 'error', elementIds: ['el'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp');
  });

  it.each([
    ['a VPN device on a private ASN', device(65050)],
    ['a VPN device with no ASN', device(null)],
    ['a VPN device on a 32-bit ASN', device(4_200_000_000)],
    ['a local network gateway with a reserved ASN but BGP off', lng({ enabled: false, asn: 65515 })],
    ['the Azure gateway on its default 65515', withGateway({ enabled: true, asn: 65515 })],
    ['the Azure gateway on a private ASN', withGateway({ enabled: true, asn: 65010 })],
    ['the Azure gateway with a reserved ASN but BGP off', withGateway({ enabled: false, asn: 12076 })],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('sets the Azure gateway back to 65515 in one step', () => {
    const doc = withGateway({ enabled: true, asn: 12076, peerIp: '' });
    const fixed = applyFix(doc, run(doc)[0], 'Use ASN 65515');
    expect(fixed.elements.find((e) => e.id === 'el')!.props).toMatchObject({ bgp: { enabled: true, asn: 65515 } });
    expect(run(fixed)).toEqual([]);
  });
});
