// Microsoft Learn articles the rules and data tables rest on. Each is published at
// https://learn.microsoft.com/azure/<service>/<article>; `reviewed` is the article's ms.date as read
// from its source in MicrosoftDocs/azure-docs (../shared/reference/azure-facts.md), or "not recorded"
// where that reading gave none.
export interface DocReference {
  url: string;
  title: string;
  reviewed: string;
}

const learn = (path: string, title: string, reviewed: string): DocReference => ({
  url: `https://learn.microsoft.com/azure/${path}`,
  title,
  reviewed,
});

export const DOCS = {
  vpnGatewaySettings: learn('vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub', 'About VPN Gateway settings: gateway subnet', '2026-06-04'),
  vpnGatewaySkus: learn('vpn-gateway/about-gateway-skus', 'About gateway SKUs', '2025-06-23'),
  vpnSkuConsolidation: learn('vpn-gateway/gateway-sku-consolidation', 'VPN Gateway SKU consolidation and migration', '2024-09-26'),
  vpnFaq: learn('vpn-gateway/vpn-gateway-vpn-faq', 'VPN Gateway FAQ', '2026-06-04'),
  vpnFaqBgp: learn('vpn-gateway/vpn-gateway-vpn-faq#bgp', 'VPN Gateway FAQ: BGP and routing', '2026-06-04'),
  vpnFaqNat: learn('vpn-gateway/vpn-gateway-vpn-faq#nat', 'VPN Gateway FAQ: NAT', '2026-06-04'),
  vpnDevices: learn('vpn-gateway/vpn-gateway-about-vpn-devices', 'About VPN devices and IPsec/IKE parameters', '2023-10-06'),
  vpnLocalNetworkGateway: learn('vpn-gateway/vpn-gateway-about-vpn-gateway-settings#lng', 'About VPN Gateway settings: local network gateways', '2026-06-04'),
  pointToSite: learn('vpn-gateway/point-to-site-about', 'About point-to-site VPN', '2021-07-28'),
  erGateways: learn('expressroute/expressroute-about-virtual-network-gateways', 'About ExpressRoute virtual network gateways', '2023-11-16'),
  erLimits: learn('azure-resource-manager/management/azure-subscription-service-limits#expressroute-limits', 'ExpressRoute limits', '2023-10-09'),
  erFaq: learn('expressroute/expressroute-faqs', 'ExpressRoute FAQ', '2023-06-12'),
  erLocations: learn('expressroute/expressroute-locations-providers', 'ExpressRoute locations and connectivity providers', '2023-08-28'),
  erWorkflows: learn('expressroute/expressroute-workflows', 'ExpressRoute workflows for circuit provisioning', '2016'),
  erCircuitPeerings: learn('expressroute/expressroute-circuit-peerings', 'ExpressRoute circuits and peering', '2019-12-13'),
  erRouting: learn('expressroute/expressroute-routing', 'ExpressRoute routing requirements', '2026-03-12'),
  erCoexist: learn('expressroute/expressroute-howto-coexist-resource-manager', 'Configure ExpressRoute and site-to-site coexisting connections', '2019-12-11'),
  erGlobalReach: learn('expressroute/expressroute-global-reach', 'About ExpressRoute Global Reach', '2023-06-29'),
  erFastPath: learn('expressroute/about-fastpath', 'About ExpressRoute FastPath', '2020-03-25'),
  erEncryption: learn('expressroute/expressroute-about-encryption', 'ExpressRoute encryption', '2023-11-15'),
  erOffice365: learn('expressroute/expressroute-faqs#expressroute-for-microsoft-365', 'ExpressRoute for Microsoft 365', '2023-06-12'),
  vnetFaq: learn('virtual-network/virtual-networks-faq', 'Azure Virtual Network FAQ', 'not recorded'),
  vnetPeering: learn('virtual-network/virtual-network-peering-overview', 'Virtual network peering', 'not recorded'),
  reliabilityGateway: learn('reliability/reliability-virtual-network-gateway', 'Reliability in Azure virtual network gateways', '2025-11-18'),
} as const satisfies Record<string, DocReference>;

export type DocKey = keyof typeof DOCS;
