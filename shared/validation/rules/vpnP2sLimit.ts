// Point-to-site users on one VPN gateway, per protocol: SSTP at most 128 on every SKU; IKEv2 and
// OpenVPN share the SKU's own limit (250 on VpnGw1AZ … 10,000 on VpnGw5AZ). A group offering IKEv2
// or OpenVPN counts there; a group offering only SSTP counts against SSTP. Basic (no IKEv2/OpenVPN)
// and policy-based gateways (no P2S) are reported by their own rules. Source: About gateway SKUs.
import { DOCS } from '../../data/docs';
import { VPN_SKUS } from '../../data/vpnGatewaySkus';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';

export const vpnP2sLimit: Rule = {
  id: 'vpn-p2s-limit',
  title: 'Too many point-to-site users for the VPN SKU',
  severity: 'error',
  category: 'VPN gateway SKU',
  description:
    'A VPN gateway takes at most 128 SSTP users on any SKU, and a separate, SKU-dependent number of IKEv2 and OpenVPN users together (250 on VpnGw1AZ up to 10,000 on VpnGw5AZ). Users of each group are counted against the protocols it offers.',
  source: DOCS.vpnGatewaySkus,
  reads: ['vpnGateway', 'p2sUserGroup'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      if (gateway.props.vpnType === 'PolicyBased') continue;
      const groups = ctx.neighbours(gateway.id, 'p2s', ['p2sUserGroup']);
      if (groups.length === 0) continue;
      const { sku } = gateway.props;
      const caps = VPN_SKUS[sku];
      const load = gatewayLoad(ctx, gateway.id);
      const modern = (g: (typeof groups)[number]) =>
        g.kind === 'p2sUserGroup' && (g.props.protocols.includes('IKEv2') || g.props.protocols.includes('OpenVPN'));
      if (caps.p2sIkev2OpenVpn > 0 && load.ikev2OpenVpnUsers > caps.p2sIkev2OpenVpn) {
        const concerned = groups.filter(modern);
        const target = smallestAzSku(load);
        const todo = target
          ? `Switch to ${target} (${VPN_SKUS[target].p2sIkev2OpenVpn.toLocaleString('en-US')} users), or split the users over more gateways.`
          : 'No VPN gateway SKU takes that many: split the users over more gateways, or use Virtual WAN.';
        findings.push(
          finding(
            this,
            [gateway.id, ...concerned.map((g) => g.id)],
            `VPN gateway ${ctx.label(gateway.id)} has ${load.ikev2OpenVpnUsers.toLocaleString('en-US')} IKEv2/OpenVPN point-to-site users, but ${sku} allows ${caps.p2sIkev2OpenVpn.toLocaleString('en-US')}. ${todo}`,
            target ? { fix: switchSkuFix(ctx, gateway, target) } : {},
          ),
        );
      }
      if (load.sstpUsers > caps.p2sSstp) {
        const sstpOnly = groups.filter((g) => g.kind === 'p2sUserGroup' && g.props.protocols.includes('SSTP') && !modern(g));
        const todo =
          caps.p2sIkev2OpenVpn > 0
            ? 'offer OpenVPN or IKEv2 to these users as well, or split them over more gateways.'
            : 'split them over more gateways, or move to VpnGw1AZ or larger and offer OpenVPN or IKEv2.';
        findings.push(
          finding(
            this,
            [gateway.id, ...sstpOnly.map((g) => g.id)],
            `VPN gateway ${ctx.label(gateway.id)} has ${load.sstpUsers.toLocaleString('en-US')} SSTP-only point-to-site users, but SSTP takes at most ${caps.p2sSstp} on any SKU: ${todo}`,
          ),
        );
      }
    }
    return findings;
  },
};
