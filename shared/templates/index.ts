// The workshop templates, in the order of the gallery and of `topo templates`. Each build() returns
// a fresh document, so opening a template twice never shares objects between the two designs.
import type { TopologyDocument } from '../model/types';
import { buildExpressRoutePrivatePeering } from './expressRoutePrivatePeering';
import { buildExpressRouteWithVpnFailover } from './expressRouteWithVpnFailover';
import { buildGlobalReach } from './globalReach';
import { buildHubAndSpoke } from './hubAndSpoke';
import { buildMicrosoftPeering } from './microsoftPeering';
import { buildSiteToSiteVpn } from './siteToSiteVpn';
import { buildSiteToSiteWithRemoteWorkers } from './siteToSiteWithRemoteWorkers';
import { buildTwoCircuitsHaDr } from './twoCircuitsHaDr';

export interface Template {
  /** Stable, used on the command line (`topo new ID`) and in test ids. */
  id: string;
  title: string;
  /** One line for the gallery card and `topo templates`. */
  summary: string;
  build(): TopologyDocument;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'site-to-site-vpn', title: 'Site-to-site VPN', summary: 'One office, its VPN device and local network gateway, a VPN gateway in a GatewaySubnet.', build: buildSiteToSiteVpn },
  { id: 's2s-with-remote-workers', title: 'Site-to-site plus remote workers', summary: 'The office tunnel plus point-to-site users on the same VPN gateway.', build: buildSiteToSiteWithRemoteWorkers },
  { id: 'expressroute-private-peering', title: 'ExpressRoute private peering', summary: 'A circuit from a connectivity partner at a peering location into an ExpressRoute gateway.', build: buildExpressRoutePrivatePeering },
  { id: 'expressroute-vpn-failover', title: 'ExpressRoute with VPN failover', summary: 'ExpressRoute first, a site-to-site VPN as failover, both gateways in one GatewaySubnet.', build: buildExpressRouteWithVpnFailover },
  { id: 'two-circuits-ha-dr', title: 'Two circuits, two locations', summary: 'Circuits at two peering locations, each connected to a primary and a DR region.', build: buildTwoCircuitsHaDr },
  { id: 'global-reach', title: 'Global Reach between offices', summary: 'Two offices whose circuits are joined by Global Reach over the Microsoft backbone.', build: buildGlobalReach },
  { id: 'microsoft-peering-m365', title: 'Microsoft peering to Microsoft 365', summary: 'A Premium circuit with private peering to a VNet and Microsoft peering to Microsoft 365.', build: buildMicrosoftPeering },
  { id: 'hub-and-spoke', title: 'Hub and spoke with gateway transit', summary: 'Spoke VNets reach the office through the hub VPN gateway by gateway transit.', build: buildHubAndSpoke },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
