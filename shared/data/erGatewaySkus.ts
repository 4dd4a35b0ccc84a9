// ExpressRoute gateway SKUs. Source: "About ExpressRoute virtual network gateways" (2023-11-16),
// includes/expressroute-gateway-performance-include.md (2024-07-09) and
// includes/expressroute-gwsku-include.md (2025-11-06). ErGwScale figures are per scale unit.
import type { ErGatewaySku } from '../model/enums';
import { DOCS } from './docs';

export const ER_GATEWAY_SOURCE = DOCS.erGateways;

export interface ErGatewayCapabilities {
  sku: ErGatewaySku;
  throughputMbps: number;
  /** Circuits from different peering locations that may connect to the gateway. */
  maxCircuits: number;
  fastPath: boolean;
  zoneRedundant: boolean;
}

export const ER_GATEWAYS: Readonly<Record<Exclude<ErGatewaySku, 'ErGwScale'>, ErGatewayCapabilities>> = {
  Standard: { sku: 'Standard', throughputMbps: 1000, maxCircuits: 4, fastPath: false, zoneRedundant: false },
  HighPerformance: { sku: 'HighPerformance', throughputMbps: 2000, maxCircuits: 8, fastPath: false, zoneRedundant: false },
  UltraPerformance: { sku: 'UltraPerformance', throughputMbps: 10000, maxCircuits: 16, fastPath: true, zoneRedundant: false },
  ErGw1Az: { sku: 'ErGw1Az', throughputMbps: 1000, maxCircuits: 4, fastPath: false, zoneRedundant: true },
  ErGw2Az: { sku: 'ErGw2Az', throughputMbps: 2000, maxCircuits: 8, fastPath: false, zoneRedundant: true },
  ErGw3Az: { sku: 'ErGw3Az', throughputMbps: 10000, maxCircuits: 16, fastPath: true, zoneRedundant: true },
};

/** Capabilities of a gateway as configured: ErGwScale scales with its units (1 unit ≈ 1 Gbps). */
export function erGatewayCapabilities(sku: ErGatewaySku, scaleUnits: number): ErGatewayCapabilities {
  if (sku !== 'ErGwScale') return ER_GATEWAYS[sku];
  const units = Math.max(1, Math.min(40, Math.floor(scaleUnits)));
  return {
    sku,
    throughputMbps: units * 1000,
    maxCircuits: units >= 10 ? 16 : units >= 2 ? 8 : 4,
    fastPath: units >= 10,
    zoneRedundant: true,
  };
}

/** Circuits from one peering location that may link to one VNet, whatever the gateway SKU. */
export const MAX_CIRCUITS_PER_VNET_FROM_ONE_LOCATION = 4;
