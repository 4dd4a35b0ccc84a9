// ASNs Azure or IANA reserve. On premises none of RESERVED_ASNS may be used (65515, the Azure
// gateways' own, included); on the Azure VPN gateway the same list applies except 65515, its
// default. Source: VPN Gateway FAQ, BGP.
import { AZURE_DEFAULT_ASN, reservedAsn } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const USABLE = 'a private ASN in 64512–65514 or 65521–65534, or your own public ASN';

export const bgpReservedAsn: Rule = {
  id: 'bgp-reserved-asn',
  title: 'Reserved BGP ASN',
  severity: 'error',
  category: 'BGP',
  description:
    "Azure reserves ASNs 8074, 8075, 12076, 65515 and 65517–65520, and IANA reserves 23456, 64496–64511 and 65535–65551: none may be used on premises. The Azure VPN gateway may keep 65515, its default, but no other reserved ASN.",
  source: DOCS.vpnFaqBgp,
  reads: ['vpnDevice', 'localNetworkGateway', 'vpnGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    const onPrem = (id: string, what: string, asn: number | null) => {
      const reserved = asn === null ? undefined : reservedAsn(asn);
      if (!reserved) return;
      findings.push(
        finding(this, [id], `${what} ${ctx.label(id)} uses ASN ${asn}, which is ${reserved.reason}: on-premises networks cannot use it. Pick ${USABLE}.`),
      );
    };
    for (const device of ctx.elementsOfKind('vpnDevice')) onPrem(device.id, 'VPN device', device.props.asn);
    for (const lng of ctx.elementsOfKind('localNetworkGateway')) {
      if (lng.props.bgp.enabled) onPrem(lng.id, 'Local network gateway', lng.props.bgp.asn);
    }
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const { bgp } = gateway.props;
      if (!bgp.enabled || bgp.asn === null || bgp.asn === AZURE_DEFAULT_ASN) continue;
      const reserved = reservedAsn(bgp.asn);
      if (!reserved) continue;
      findings.push(
        finding(
          this,
          [gateway.id],
          `VPN gateway ${ctx.label(gateway.id)} uses ASN ${bgp.asn}, which is ${reserved.reason}: Azure refuses it. Use ${AZURE_DEFAULT_ASN}, Azure's default, or ${USABLE}.`,
          {
            fix: {
              label: `Use ASN ${AZURE_DEFAULT_ASN}`,
              apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { bgp: { ...bgp, asn: AZURE_DEFAULT_ASN } } }),
            },
          },
        ),
      );
    }
    return findings;
  },
};
