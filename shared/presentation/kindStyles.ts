// How each element and link kind looks: one colour per kind, grouped by where it sits
// (on premises, the provider edge, Azure, Microsoft's public services). Shared by the canvas and
// the exporters (shared/export), so an exported picture looks like the screen.
import type { ElementKind, LinkKind } from '../model/enums';

export const ELEMENT_COLORS: Record<ElementKind, string> = {
  onPremSite: '#5b6b82',
  vpnDevice: '#8a4fbf',
  localNetworkGateway: '#b0527a',
  p2sUserGroup: '#3f8f8a',
  vnet: '#0a66c2',
  subnet: '#4b8bd6',
  vpnGateway: '#d9622b',
  erGateway: '#6b4fd8',
  erCircuit: '#7a3fb0',
  connectivityProvider: '#b7791f',
  peeringLocation: '#a05a2c',
  microsoftServices: '#2e8b3e',
};

/** The tint of the subnet named GatewaySubnet (the VPN gateway's orange: gateways live there). */
export const GATEWAY_SUBNET_COLOR = '#d9622b';

export interface LinkStyle {
  color: string;
  /** SVG stroke-dasharray; absent for a solid line. */
  dash?: string;
  width: number;
  /** Short tag drawn on the link. */
  tag: string;
}

export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  s2s: { color: '#d9622b', dash: '8 5', width: 2, tag: 'IPsec' },
  p2s: { color: '#3f8f8a', dash: '2 5', width: 2, tag: 'P2S' },
  erConnection: { color: '#6b4fd8', width: 3, tag: 'ER' },
  providerCrossConnect: { color: '#a05a2c', width: 2, tag: 'X-connect' },
  lastMile: { color: '#6b778a', dash: '1 4', width: 2, tag: 'Last mile' },
  vnetPeering: { color: '#0a66c2', dash: '10 3 2 3', width: 2, tag: 'Peering' },
  globalReach: { color: '#0f9d9a', dash: '12 4', width: 3, tag: 'Global Reach' },
  microsoftPeering: { color: '#2e8b3e', width: 2, tag: 'MS peering' },
};
