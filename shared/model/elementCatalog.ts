// What each element kind is, where it may live, and the presets the palette offers.
import type { ElementKind } from './enums';
import type { Size } from './types';

export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';

export interface ElementKindInfo {
  kind: ElementKind;
  label: string;
  /** One line for tooltips and the palette. */
  description: string;
  /** Which side of the hybrid boundary it sits on; drives colour and auto-layout columns. */
  zone: 'onPrem' | 'edge' | 'azure' | 'microsoft';
  /** Kinds this element may be nested in (React Flow sub-flows). Empty: top level only. */
  parents: readonly ElementKind[];
  /** Containers are drawn as resizable areas that hold children. */
  container?: { defaultSize: Size; minSize: Size };
}

export const ELEMENT_KIND_INFO: Record<ElementKind, ElementKindInfo> = {
  onPremSite: {
    kind: 'onPremSite',
    label: 'On-premises site',
    description: 'An office or data centre with its own address space.',
    zone: 'onPrem',
    parents: [],
  },
  vpnDevice: {
    kind: 'vpnDevice',
    label: 'VPN device',
    description: 'The customer-edge router or firewall that terminates IPsec tunnels.',
    zone: 'onPrem',
    parents: [],
  },
  localNetworkGateway: {
    kind: 'localNetworkGateway',
    label: 'Local network gateway',
    description: "Azure's record of the VPN device: its public IP and the on-premises prefixes.",
    zone: 'edge',
    parents: [],
  },
  p2sUserGroup: {
    kind: 'p2sUserGroup',
    label: 'Point-to-site users',
    description: 'Remote workers connecting with a VPN client.',
    zone: 'onPrem',
    parents: [],
  },
  vnet: {
    kind: 'vnet',
    label: 'Virtual network',
    description: 'An Azure VNet in one region; holds subnets and gateways.',
    zone: 'azure',
    parents: [],
    container: { defaultSize: { width: 480, height: 320 }, minSize: { width: 240, height: 160 } },
  },
  subnet: {
    kind: 'subnet',
    label: 'Subnet',
    description: 'A range of the VNet address space. Gateways need one named GatewaySubnet.',
    zone: 'azure',
    parents: ['vnet'],
    container: { defaultSize: { width: 200, height: 70 }, minSize: { width: 140, height: 50 } },
  },
  vpnGateway: {
    kind: 'vpnGateway',
    label: 'VPN gateway',
    description: 'Azure end of site-to-site and point-to-site tunnels.',
    zone: 'azure',
    parents: ['vnet', 'subnet'],
  },
  erGateway: {
    kind: 'erGateway',
    label: 'ExpressRoute gateway',
    description: 'Connects the VNet to ExpressRoute circuits.',
    zone: 'azure',
    parents: ['vnet', 'subnet'],
  },
  erCircuit: {
    kind: 'erCircuit',
    label: 'ExpressRoute circuit',
    description: 'A private, provider-delivered circuit at a peering location.',
    zone: 'edge',
    parents: [],
  },
  connectivityProvider: {
    kind: 'connectivityProvider',
    label: 'Connectivity partner',
    description: 'The carrier or exchange that delivers the circuit.',
    zone: 'edge',
    parents: [],
  },
  peeringLocation: {
    kind: 'peeringLocation',
    label: 'Peering location',
    description: "The meet-me facility where the provider reaches Microsoft's edge.",
    zone: 'edge',
    parents: [],
  },
  microsoftServices: {
    kind: 'microsoftServices',
    label: 'Microsoft 365 / services',
    description: 'Public Microsoft services reached over Microsoft peering.',
    zone: 'microsoft',
    parents: [],
  },
};

/** A palette entry: a kind plus the starting values that make it useful at once. */
export interface ElementPreset {
  id: string;
  kind: ElementKind;
  label: string;
  name: string;
  props?: Record<string, unknown>;
  size?: Size;
}

export const ELEMENT_PRESETS: readonly ElementPreset[] = [
  { id: 'onPremSite', kind: 'onPremSite', label: 'On-premises site', name: 'Office', props: { addressSpaces: ['192.168.0.0/16'] } },
  { id: 'vpnDevice', kind: 'vpnDevice', label: 'VPN device', name: 'Edge firewall' },
  { id: 'localNetworkGateway', kind: 'localNetworkGateway', label: 'Local network gateway', name: 'lng-office' },
  { id: 'p2sUserGroup', kind: 'p2sUserGroup', label: 'Point-to-site users', name: 'Remote workers', props: { addressPool: '172.16.200.0/24' } },
  { id: 'vnet', kind: 'vnet', label: 'Virtual network', name: 'vnet-hub', props: { addressSpaces: ['10.0.0.0/16'] } },
  { id: 'subnet', kind: 'subnet', label: 'Subnet', name: 'snet-workload', props: { prefix: '10.0.1.0/24' } },
  {
    id: 'gatewaySubnet',
    kind: 'subnet',
    label: 'GatewaySubnet',
    name: GATEWAY_SUBNET_NAME,
    props: { prefix: '10.0.255.0/27' },
    size: { width: 440, height: 100 },
  },
  { id: 'vpnGateway', kind: 'vpnGateway', label: 'VPN gateway', name: 'vpngw' },
  { id: 'erGateway', kind: 'erGateway', label: 'ExpressRoute gateway', name: 'ergw' },
  { id: 'erCircuit', kind: 'erCircuit', label: 'ExpressRoute circuit', name: 'er-circuit' },
  { id: 'connectivityProvider', kind: 'connectivityProvider', label: 'Connectivity partner', name: 'Provider' },
  { id: 'peeringLocation', kind: 'peeringLocation', label: 'Peering location', name: 'Peering location' },
  { id: 'microsoftServices', kind: 'microsoftServices', label: 'Microsoft 365 / services', name: 'Microsoft 365' },
];

export function presetById(id: string): ElementPreset | undefined {
  return ELEMENT_PRESETS.find((p) => p.id === id);
}

export function isGatewayKind(kind: ElementKind): boolean {
  return kind === 'vpnGateway' || kind === 'erGateway';
}

export function canNestIn(child: ElementKind, parent: ElementKind): boolean {
  return ELEMENT_KIND_INFO[child].parents.includes(parent);
}
