// Site-to-site connections on a VPN gateway may not exceed its SKU's tunnel limit (Basic 10,
// VpnGw1–3(AZ) 30, VpnGw4–5(AZ) 100). Each s2s link counts once, active-active or not.
// Policy-based gateways (1 tunnel) are vpn-policy-based's concern. Source: About gateway SKUs.
import { DOCS } from '../../data/docs';
import { VPN_SKUS } from '../../data/vpnGatewaySkus';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';

export const vpnTunnelLimit: Rule = {
  id: 'vpn-tunnel-limit',
  title: 'Too many site-to-site tunnels for the VPN SKU',
  severity: 'error',
  category: 'VPN gateway SKU',
  description:
    'Each VPN gateway SKU carries a maximum number of site-to-site and VNet-to-VNet tunnels: 10 for Basic, 30 for VpnGw1–3 and their AZ variants, 100 for VpnGw4–5. Beyond 100, Microsoft points to Virtual WAN.',
  source: DOCS.vpnGatewaySkus,
  reads: ['vpnGateway', 'p2sUserGroup'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      if (gateway.props.vpnType === 'PolicyBased') continue;
      const links = ctx.linksOf(gateway.id, 's2s');
      const { sku } = gateway.props;
      const limit = VPN_SKUS[sku].s2sTunnels;
      if (links.length <= limit) continue;
      const target = smallestAzSku(gatewayLoad(ctx, gateway.id));
      const todo = target
        ? `Switch to ${target} (${VPN_SKUS[target].s2sTunnels} tunnels), or spread the sites over more gateways.`
        : 'No VPN gateway SKU takes more than 100: use Virtual WAN, or spread the sites over more VNets.';
      findings.push(
        finding(
          this,
          [gateway.id, ...links.map((l) => l.id)],
          `VPN gateway ${ctx.label(gateway.id)} has ${links.length} site-to-site connections, but ${sku} allows ${limit} tunnels. ${todo}`,
          target ? { fix: switchSkuFix(ctx, gateway, target) } : {},
        ),
      );
    }
    return findings;
  },
};
