// Across a site-to-site connection the on-premises ASN must differ from the Azure VPN gateway's
// (65515 unless set). And BGP on a connection needs an ASN on the on-premises end and BGP on the
// gateway (warning). Source: VPN Gateway FAQ, BGP.
import { AZURE_DEFAULT_ASN } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { VPN_SKUS } from '../../data/vpnGatewaySkus';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument, TopologyElement } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

type OnPremEnd = ElementOfKind<'vpnDevice'> | ElementOfKind<'localNetworkGateway'>;

/** The ASN an on-premises tunnel end declares: a device's, or a local network gateway's when BGP is on. */
export function onPremAsn(end: OnPremEnd): number | null {
  return end.kind === 'vpnDevice' ? end.props.asn : end.props.bgp.enabled ? end.props.bgp.asn : null;
}

const isOnPrem = (el: TopologyElement | undefined): el is OnPremEnd => el?.kind === 'vpnDevice' || el?.kind === 'localNetworkGateway';

export const bgpSameAsn: Rule = {
  id: 'bgp-same-asn',
  title: 'Same ASN on both ends, or BGP without an ASN',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'BGP',
  description:
    "The on-premises ASN must differ from the Azure VPN gateway's ASN (65515 unless set otherwise). A connection with BGP enabled also needs an ASN on its on-premises end and BGP enabled on the VPN gateway.",
  source: DOCS.vpnFaqBgp,
  reads: ['vpnDevice', 'localNetworkGateway', 'vpnGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const link of ctx.linksOfKind('s2s')) {
      const source = ctx.byId.get(link.source);
      const target = ctx.byId.get(link.target);
      const gateway = source?.kind === 'vpnGateway' ? source : target?.kind === 'vpnGateway' ? target : undefined;
      const prem = gateway === source ? target : source;
      if (!gateway || !isOnPrem(prem)) continue;
      const azureAsn = gateway.props.bgp.asn ?? AZURE_DEFAULT_ASN;
      const premAsn = onPremAsn(prem);
      const kindName = prem.kind === 'vpnDevice' ? 'VPN device' : 'local network gateway';
      const premName = `${kindName} ${ctx.label(prem.id)}`;
      if (premAsn !== null && premAsn === azureAsn) {
        findings.push(
          finding(
            this,
            [link.id, prem.id, gateway.id],
            `The ${premName} and VPN gateway ${ctx.label(gateway.id)} both use ASN ${azureAsn}, but the on-premises and Azure ASNs must differ. Give the on-premises side another ASN (a private one in 64512–65514 or 65521–65534).`,
          ),
        );
      }
      if (!link.props.bgp) continue;
      if (premAsn === null) {
        const todo =
          prem.kind === 'vpnDevice'
            ? 'enter the ASN of the VPN device'
            : "enable BGP on the local network gateway with the device's ASN and BGP peer IP";
        findings.push(
          finding(
            this,
            [link.id, prem.id],
            `BGP is enabled on the connection between ${ctx.label(prem.id)} and ${ctx.label(gateway.id)}, but ${premName} has no ASN: ${todo}, or turn BGP off on the connection.`,
            { severity: 'warning' },
          ),
        );
      }
      if (!gateway.props.bgp.enabled && VPN_SKUS[gateway.props.sku].bgp) {
        const bgp = gateway.props.bgp;
        findings.push(
          finding(
            this,
            [link.id, gateway.id],
            `BGP is enabled on the connection between ${ctx.label(prem.id)} and ${ctx.label(gateway.id)}, but not on VPN gateway ${ctx.label(gateway.id)} (ASN ${azureAsn}). Enable BGP on the gateway, or turn it off on the connection.`,
            {
              severity: 'warning',
              fix: {
                label: 'Enable BGP on the gateway',
                apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { bgp: { ...bgp, enabled: true } } }),
              },
            },
          ),
        );
      }
    }
    return findings;
  },
};
