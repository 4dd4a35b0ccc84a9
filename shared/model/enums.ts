// Closed vocabularies of the document. Each list is what Azure itself accepts for the property;
// sources are in ../data (SKU tables) and ../shared/reference/azure-facts.md.

export const ELEMENT_KINDS = [
  'onPremSite',
  'vpnDevice',
  'localNetworkGateway',
  'p2sUserGroup',
  'vnet',
  'subnet',
  'vpnGateway',
  'erGateway',
  'erCircuit',
  'connectivityProvider',
  'peeringLocation',
  'microsoftServices',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const LINK_KINDS = [
  's2s',
  'p2s',
  'erConnection',
  'providerCrossConnect',
  'lastMile',
  'vnetPeering',
  'globalReach',
  'microsoftPeering',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** VPN gateway SKUs, legacy non-AZ ones included so old designs still load (they are flagged by validation). */
export const VPN_GATEWAY_SKUS = [
  'Basic',
  'VpnGw1AZ',
  'VpnGw2AZ',
  'VpnGw3AZ',
  'VpnGw4AZ',
  'VpnGw5AZ',
  'VpnGw1',
  'VpnGw2',
  'VpnGw3',
  'VpnGw4',
  'VpnGw5',
] as const;
export type VpnGatewaySku = (typeof VPN_GATEWAY_SKUS)[number];

export const VPN_GENERATIONS = ['Gen1', 'Gen2'] as const;
export type VpnGeneration = (typeof VPN_GENERATIONS)[number];

export const VPN_TYPES = ['RouteBased', 'PolicyBased'] as const;
export type VpnType = (typeof VPN_TYPES)[number];

export const ER_GATEWAY_SKUS = [
  'ErGw1Az',
  'ErGw2Az',
  'ErGw3Az',
  'ErGwScale',
  'Standard',
  'HighPerformance',
  'UltraPerformance',
] as const;
export type ErGatewaySku = (typeof ER_GATEWAY_SKUS)[number];

/** Provider circuits: 50 Mbps – 10 Gbps; 40 and 100 Gbps exist on ExpressRoute Direct only. */
export const CIRCUIT_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1000, 2000, 5000, 10000, 40000, 100000] as const;
export type CircuitBandwidthMbps = (typeof CIRCUIT_BANDWIDTHS_MBPS)[number];

export const CIRCUIT_TIERS = ['Local', 'Standard', 'Premium'] as const;
export type CircuitTier = (typeof CIRCUIT_TIERS)[number];

export const DATA_PLANS = ['Metered', 'Unlimited'] as const;
export type DataPlan = (typeof DATA_PLANS)[number];

export const PROVIDER_STATES = ['NotProvisioned', 'Provisioning', 'Provisioned', 'Deprovisioning'] as const;
export type ProviderState = (typeof PROVIDER_STATES)[number];

export const P2S_PROTOCOLS = ['OpenVPN', 'IKEv2', 'SSTP'] as const;
export type P2sProtocol = (typeof P2S_PROTOCOLS)[number];

export const P2S_AUTH_TYPES = ['Certificate', 'EntraID', 'RADIUS'] as const;
export type P2sAuthType = (typeof P2S_AUTH_TYPES)[number];

export const MICROSOFT_SERVICES = ['Microsoft365', 'AzurePaaS', 'Dynamics365'] as const;
export type MicrosoftService = (typeof MICROSOFT_SERVICES)[number];

export const IKE_VERSIONS = ['IKEv2', 'IKEv1'] as const;
export type IkeVersion = (typeof IKE_VERSIONS)[number];
