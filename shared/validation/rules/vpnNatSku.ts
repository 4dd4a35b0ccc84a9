// NAT rules on a VPN gateway need VpnGw2 or larger (or VpnGw2AZ or larger): not Basic, VpnGw1 or
// VpnGw1AZ. Source: VPN Gateway FAQ, NAT.
import { DOCS } from '../../data/docs';
import { VPN_SKUS } from '../../data/vpnGatewaySkus';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';

export const vpnNatSku: Rule = {
  id: 'vpn-nat-sku',
  title: 'NAT on a VPN SKU without NAT',
  severity: 'error',
  category: 'VPN gateway SKU',
  description: 'NAT rules on a VPN gateway are supported on VpnGw2–5 and VpnGw2AZ–5AZ only, not on Basic, VpnGw1 or VpnGw1AZ.',
  source: DOCS.vpnFaqNat,
  reads: ['vpnGateway', 'p2sUserGroup'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const { sku } = gateway.props;
      if (!gateway.props.nat || VPN_SKUS[sku].nat) continue;
      const target = smallestAzSku(gatewayLoad(ctx, gateway.id), { nat: true });
      findings.push(
        finding(
          this,
          [gateway.id],
          `VPN gateway ${ctx.label(gateway.id)} has NAT rules, but ${sku} does not support NAT (VpnGw2AZ and larger do). Switch to ${target ?? 'VpnGw2AZ or larger'}, or remove the NAT rules and make the address spaces not overlap.`,
          target ? { fix: switchSkuFix(ctx, gateway, target) } : {},
        ),
      );
    }
    return findings;
  },
};
