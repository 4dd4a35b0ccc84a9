// VPN and ExpressRoute gateways in one VNet (VPN as failover for ExpressRoute): the VPN gateway
// must be route-based and not Basic. (The /27 GatewaySubnet it needs is gateway-subnet-too-small.)
// Source: Configure ExpressRoute and site-to-site coexisting connections.
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';

export const coexistenceRequirements: Rule = {
  id: 'coexistence-requirements',
  title: 'VPN gateway unfit for coexistence with ExpressRoute',
  severity: 'error',
  category: 'Coexistence',
  description:
    'When a VNet has both an ExpressRoute gateway and a VPN gateway, the VPN gateway must be route-based and of a SKU other than Basic; Azure refuses the coexisting configuration otherwise.',
  source: DOCS.erCoexist,
  reads: ['vnet', 'vpnGateway', 'p2sUserGroup'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const gateways = ctx.gatewaysIn(vnet.id);
      const erIds = gateways.filter((g) => g.kind === 'erGateway').map((g) => g.id);
      if (erIds.length === 0) continue;
      for (const gateway of gateways) {
        if (gateway.kind !== 'vpnGateway') continue;
        const basic = gateway.props.sku === 'Basic';
        const policyBased = gateway.props.vpnType === 'PolicyBased';
        if (!basic && !policyBased) continue;
        const ids = [gateway.id, ...erIds, vnet.id];
        const vpn = `VPN gateway ${ctx.label(gateway.id)}`;
        const inVnet = `in ${ctx.label(vnet.id)}`;
        if (basic) {
          const sku = smallestAzSku(gatewayLoad(ctx, gateway.id));
          findings.push(
            finding(
              this,
              ids,
              `${vpn} ${inVnet} is ${policyBased ? 'a policy-based Basic gateway' : 'Basic'}, but a VPN gateway sharing the VNet with an ExpressRoute gateway must be route-based and not Basic. Switch it to ${sku ?? 'VpnGw1AZ or larger'}${policyBased ? ', route-based' : ''}.`,
              sku ? { fix: switchSkuFix(ctx, gateway, sku) } : {},
            ),
          );
        } else {
          findings.push(
            finding(
              this,
              ids,
              `${vpn} ${inVnet} is policy-based, but a VPN gateway sharing the VNet with an ExpressRoute gateway must be route-based. Make it route-based (for a policy-based on-premises device, use policy-based traffic selectors on the connection).`,
              {
                fix: {
                  label: 'Make it route-based',
                  apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { vpnType: 'RouteBased' } }),
                },
              },
            ),
          );
        }
      }
    }
    return findings;
  },
};
