// Nothing but gateways in the GatewaySubnet: "Never deploy anything else (for example, additional
// VMs) to the gateway subnet." Source: VPN Gateway settings (gateway subnet).
import { DOCS } from '../../data/docs';
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME } from '../../model/elementCatalog';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { ELEMENT_KINDS } from '../../model/enums';

export const gatewaySubnetNotEmpty: Rule = {
  id: 'gateway-subnet-not-empty',
  title: 'Something other than a gateway in GatewaySubnet',
  severity: 'error',
  category: 'GatewaySubnet',
  description:
    'The GatewaySubnet holds only the VPN and ExpressRoute gateways of its VNet: Microsoft says never to deploy anything else there, as it can stop the gateways from working.',
  source: DOCS.vpnGatewaySettings,
  // Every kind: it labels whatever is nested in a GatewaySubnet, of any kind before the loader repairs nesting.
  reads: ELEMENT_KINDS,
  readsNames: ['subnet'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const subnet of ctx.elementsOfKind('subnet')) {
      if (subnet.name !== GATEWAY_SUBNET_NAME) continue;
      const vnet = subnet.parentId ? ctx.byId.get(subnet.parentId) : undefined;
      const of = vnet ? ` of ${ctx.label(vnet.id)}` : '';
      for (const child of ctx.children(subnet.id)) {
        if (child.kind === 'vpnGateway' || child.kind === 'erGateway') continue;
        const what = ELEMENT_KIND_INFO[child.kind].label;
        findings.push(
          finding(
            this,
            [child.id, subnet.id],
            `${what} ${ctx.label(child.id)} is inside the GatewaySubnet${of}, which must hold only VPN and ExpressRoute gateways. Move it to another subnet or out of the VNet.`,
          ),
        );
      }
    }
    return findings;
  },
};
