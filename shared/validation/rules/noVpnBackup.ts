// A VNet with an ExpressRoute gateway but no VPN gateway: when the circuit fails there is no
// site-to-site VPN to fail over to. A VPN gateway can coexist with the ExpressRoute gateway in the
// same GatewaySubnet as failover for private peering. Source: ExpressRoute and site-to-site
// coexistence (azure-facts.md §3.9).
import { DOCS } from '../../data/docs';
import { waysIn } from '../../topology/sitePaths';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const noVpnBackup: Rule = {
  id: 'no-vpn-backup',
  title: 'No VPN failover for ExpressRoute',
  severity: 'info',
  category: 'Resilience',
  description:
    'A VNet with an ExpressRoute gateway but no VPN gateway has no site-to-site VPN to fail over to when its circuits fail. A route-based, non-Basic VPN gateway can share the GatewaySubnet (/27 or larger) and carry private-peering traffic while ExpressRoute is down. Not reported when every site reaching the VNet over ExpressRoute must not traverse the internet, since a VPN would break that requirement.',
  source: DOCS.erCoexist,
  reads: ['onPremSite', 'vpnDevice', 'localNetworkGateway', 'vnet', 'erCircuit', 'peeringLocation'],
  readsNames: ['peeringLocation'],
  check(ctx) {
    const findings: Finding[] = [];
    // Sites reaching each VNet over ExpressRoute through its own gateway (not through peering).
    const erSites = new Map<string, Set<string>>();
    for (const path of waysIn(ctx)) {
      if (path.via !== 'expressRoute') continue;
      const sites = erSites.get(path.vnetId) ?? new Set<string>();
      sites.add(path.siteId);
      erSites.set(path.vnetId, sites);
    }
    const mustStayPrivate = (siteId: string) => {
      const site = ctx.byId.get(siteId);
      return site?.kind === 'onPremSite' && site.props.mustNotTraverseInternet;
    };
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const gateways = ctx.gatewaysIn(vnet.id);
      const er = gateways.find((g) => g.kind === 'erGateway');
      if (!er || gateways.some((g) => g.kind === 'vpnGateway')) continue;
      const sites = [...(erSites.get(vnet.id) ?? [])];
      if (sites.length > 0 && sites.every(mustStayPrivate)) continue;
      findings.push(
        finding(
          this,
          [vnet.id, er.id],
          `${ctx.label(vnet.id)} has an ExpressRoute gateway but no VPN gateway: if ExpressRoute fails there is no site-to-site VPN to fail over to. Add a route-based VPN gateway (not Basic) in the same GatewaySubnet (/27 or larger) and a site-to-site connection as backup.`,
        ),
      );
    }
    return findings;
  },
};
