// Policy-based VPN exists only on the Basic SKU, and a policy-based gateway has one site-to-site
// tunnel, speaks IKEv1 only and has no point-to-site. Source: VPN Gateway FAQ (VPN types, IKE).
import { DOCS } from '../../data/docs';
import { updateElement, updateLink } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';
import { ELEMENT_KINDS } from '../../model/enums';

export const vpnPolicyBased: Rule = {
  id: 'vpn-policy-based',
  title: 'Policy-based VPN gateway limits',
  severity: 'error',
  category: 'VPN gateway SKU',
  description:
    'A policy-based VPN gateway exists only in the Basic SKU (VpnGw1AZ and larger are route-based), and it carries one site-to-site tunnel over IKEv1 and no point-to-site. For several sites, point-to-site or IKEv2, use a route-based gateway (with policy-based traffic selectors for a policy-based device).',
  source: DOCS.vpnFaq,
  // Every kind: it labels the far ends of point-to-site links, of any kind before the loader repairs links.
  reads: ELEMENT_KINDS,
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      if (gateway.props.vpnType !== 'PolicyBased') continue;
      const vpn = `VPN gateway ${ctx.label(gateway.id)}`;
      const { sku } = gateway.props;
      if (sku !== 'Basic') {
        findings.push(
          finding(
            this,
            [gateway.id],
            `${vpn} is policy-based, but only the Basic SKU can be policy-based: ${sku} is route-based. Make it route-based (for a policy-based on-premises device, enable policy-based traffic selectors on its connection).`,
            {
              fix: {
                label: 'Make it route-based',
                apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { vpnType: 'RouteBased' } }),
              },
            },
          ),
        );
        continue;
      }
      const target = smallestAzSku(gatewayLoad(ctx, gateway.id));
      const options = target ? { fix: switchSkuFix(ctx, gateway, target) } : {};
      const instead = target ? `switch to a route-based ${target}` : 'use a route-based AZ SKU';
      const s2s = ctx.linksOf(gateway.id, 's2s');
      if (s2s.length > 1) {
        findings.push(
          finding(
            this,
            [gateway.id, ...s2s.map((l) => l.id)],
            `${vpn} is policy-based, which carries one site-to-site tunnel, but it has ${s2s.length} site-to-site connections. Keep one, or ${instead}.`,
            options,
          ),
        );
      }
      const p2s = ctx.linksOf(gateway.id, 'p2s');
      if (p2s.length > 0) {
        const groups = p2s.map((l) => ctx.otherEnd(l, gateway.id)?.id).filter((id): id is string => id !== undefined);
        findings.push(
          finding(
            this,
            [gateway.id, ...groups, ...p2s.map((l) => l.id)],
            `${vpn} is policy-based, which has no point-to-site, but ${groups.map((id) => ctx.label(id)).join(', ')} connect${groups.length === 1 ? 's' : ''} to it. To serve remote users, ${instead}.`,
            options,
          ),
        );
      }
      const ikev2 = s2s.filter((l) => l.kind === 's2s' && l.props.ikeVersion === 'IKEv2');
      if (ikev2.length > 0) {
        findings.push(
          finding(
            this,
            [gateway.id, ...ikev2.map((l) => l.id)],
            `${vpn} is policy-based, which speaks IKEv1 only, but ${ikev2.length === 1 ? 'its connection is set' : `${ikev2.length} connections are set`} to IKEv2. Set ${ikev2.length === 1 ? 'it' : 'them'} to IKEv1, or ${instead}.`,
            {
              fix: {
                label: 'Use IKEv1',
                apply: (doc: TopologyDocument) =>
                  ikev2.reduce((d, l) => updateLink(d, l.id, { props: { ikeVersion: 'IKEv1' } }), doc),
              },
            },
          ),
        );
      }
    }
    return findings;
  },
};
