// A VPN or ExpressRoute gateway is deployed into a VNet's GatewaySubnet; one drawn outside any VNet
// cannot exist. Source: VPN Gateway settings (gateway subnet).
import { DOCS } from '../../data/docs';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const NAMES = { vpnGateway: 'VPN gateway', erGateway: 'ExpressRoute gateway' } as const;

export const gatewayOutsideVnet: Rule = {
  id: 'gateway-outside-vnet',
  title: 'Gateway outside a VNet',
  severity: 'error',
  category: 'Gateways',
  description:
    "A VPN or ExpressRoute gateway is deployed into the GatewaySubnet of one VNet. A gateway that is not nested in any VNet cannot be deployed: drag it into the VNet it serves.",
  source: DOCS.vpnGatewaySettings,
  reads: ['vpnGateway', 'erGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const kind of ['vpnGateway', 'erGateway'] as const) {
      for (const gateway of ctx.elementsOfKind(kind)) {
        if (ctx.vnetOf(gateway.id)) continue;
        findings.push(
          finding(
            this,
            [gateway.id],
            `${NAMES[kind]} ${ctx.label(gateway.id)} is not inside a VNet, but Azure deploys every gateway into the GatewaySubnet of a VNet. Drag it into the VNet it serves.`,
          ),
        );
      }
    }
    return findings;
  },
};
