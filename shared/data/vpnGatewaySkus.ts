// VPN gateway SKU capabilities.
// Source: the VPN Gateway SKU table included in "About gateway SKUs" (MicrosoftDocs/azure-docs,
// include ms.date 2026-06-08; article 2025-06-23), the VPN FAQ (2026-06-04) for NAT, and
// "gateway-sku-consolidation" (2024-09-26) for the end of non-AZ SKUs. Throughput is the published
// aggregate benchmark (S2S + P2S, not guaranteed); per-tunnel figures are GCMAES256 from
// includes/vpn-gateway-table-sku-performance.md (2024-01-04).
import type { VpnGatewaySku, VpnGeneration } from '../model/enums';
import { DOCS } from './docs';

export const VPN_SKU_SOURCE = DOCS.vpnGatewaySkus;

export interface VpnSkuCapabilities {
  sku: VpnGatewaySku;
  /** Generations the SKU exists in. */
  generations: readonly VpnGeneration[];
  s2sTunnels: number;
  p2sSstp: number;
  /** IKEv2 and OpenVPN share this limit, separate from SSTP; 0 where not supported. */
  p2sIkev2OpenVpn: number;
  /** Aggregate throughput benchmark in Mbps, per generation. */
  throughputMbps: Partial<Record<VpnGeneration, number>>;
  /** Best single-tunnel throughput (GCMAES256) in Mbps, per generation. */
  tunnelMbps: Partial<Record<VpnGeneration, number>>;
  bgp: boolean;
  activeActive: boolean;
  nat: boolean;
  radius: boolean;
  coexistence: boolean;
  zoneRedundant: boolean;
  /** Non-AZ VpnGw1–5 cannot be created since 1 January 2025. */
  creatable: boolean;
}

const common = { bgp: true, activeActive: true, radius: true, coexistence: true, p2sSstp: 128 } as const;

export const VPN_SKUS: Readonly<Record<VpnGatewaySku, VpnSkuCapabilities>> = {
  Basic: { sku: 'Basic', generations: ['Gen1'], s2sTunnels: 10, p2sSstp: 128, p2sIkev2OpenVpn: 0, throughputMbps: { Gen1: 100 }, tunnelMbps: { Gen1: 100 }, bgp: false, activeActive: false, nat: false, radius: false, coexistence: false, zoneRedundant: false, creatable: true },
  VpnGw1AZ: { ...common, sku: 'VpnGw1AZ', generations: ['Gen1'], s2sTunnels: 30, p2sIkev2OpenVpn: 250, throughputMbps: { Gen1: 650 }, tunnelMbps: { Gen1: 650 }, nat: false, zoneRedundant: true, creatable: true },
  VpnGw2AZ: { ...common, sku: 'VpnGw2AZ', generations: ['Gen1', 'Gen2'], s2sTunnels: 30, p2sIkev2OpenVpn: 500, throughputMbps: { Gen1: 1000, Gen2: 1250 }, tunnelMbps: { Gen1: 1200, Gen2: 1250 }, nat: true, zoneRedundant: true, creatable: true },
  VpnGw3AZ: { ...common, sku: 'VpnGw3AZ', generations: ['Gen1', 'Gen2'], s2sTunnels: 30, p2sIkev2OpenVpn: 1000, throughputMbps: { Gen1: 1250, Gen2: 2500 }, tunnelMbps: { Gen1: 1250, Gen2: 1500 }, nat: true, zoneRedundant: true, creatable: true },
  VpnGw4AZ: { ...common, sku: 'VpnGw4AZ', generations: ['Gen2'], s2sTunnels: 100, p2sIkev2OpenVpn: 5000, throughputMbps: { Gen2: 5000 }, tunnelMbps: { Gen2: 2300 }, nat: true, zoneRedundant: true, creatable: true },
  VpnGw5AZ: { ...common, sku: 'VpnGw5AZ', generations: ['Gen2'], s2sTunnels: 100, p2sIkev2OpenVpn: 10000, throughputMbps: { Gen2: 10000 }, tunnelMbps: { Gen2: 2300 }, nat: true, zoneRedundant: true, creatable: true },
  VpnGw1: { ...common, sku: 'VpnGw1', generations: ['Gen1'], s2sTunnels: 30, p2sIkev2OpenVpn: 250, throughputMbps: { Gen1: 650 }, tunnelMbps: { Gen1: 650 }, nat: false, zoneRedundant: false, creatable: false },
  VpnGw2: { ...common, sku: 'VpnGw2', generations: ['Gen1', 'Gen2'], s2sTunnels: 30, p2sIkev2OpenVpn: 500, throughputMbps: { Gen1: 1000, Gen2: 1250 }, tunnelMbps: { Gen1: 1200, Gen2: 1250 }, nat: true, zoneRedundant: false, creatable: false },
  VpnGw3: { ...common, sku: 'VpnGw3', generations: ['Gen1', 'Gen2'], s2sTunnels: 30, p2sIkev2OpenVpn: 1000, throughputMbps: { Gen1: 1250, Gen2: 2500 }, tunnelMbps: { Gen1: 1250, Gen2: 1500 }, nat: true, zoneRedundant: false, creatable: false },
  VpnGw4: { ...common, sku: 'VpnGw4', generations: ['Gen2'], s2sTunnels: 100, p2sIkev2OpenVpn: 5000, throughputMbps: { Gen2: 5000 }, tunnelMbps: { Gen2: 2300 }, nat: true, zoneRedundant: false, creatable: false },
  VpnGw5: { ...common, sku: 'VpnGw5', generations: ['Gen2'], s2sTunnels: 100, p2sIkev2OpenVpn: 10000, throughputMbps: { Gen2: 10000 }, tunnelMbps: { Gen2: 2300 }, nat: true, zoneRedundant: false, creatable: false },
};

/** The AZ SKU that replaces a legacy one (the migration Microsoft performs). */
export function azEquivalent(sku: VpnGatewaySku): VpnGatewaySku {
  if (sku === 'Basic' || sku.endsWith('AZ')) return sku;
  return `${sku}AZ` as VpnGatewaySku;
}
