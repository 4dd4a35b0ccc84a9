// ExpressRoute circuit limits. Source: includes/expressroute-limits.md (2023-10-09) and the
// ExpressRoute FAQ (2023-06-12). Global Reach connections count against the VNet-link limit.
import type { CircuitTier } from '../model/enums';
import { DOCS } from './docs';

export const CIRCUIT_LIMITS_SOURCE = DOCS.erLimits;

/** VNet links (Global Reach included) a Premium circuit allows, by bandwidth in Mbps. */
const PREMIUM_VNET_LINKS: ReadonlyArray<readonly [number, number]> = [
  [50, 20],
  [100, 25],
  [200, 25],
  [500, 40],
  [1000, 50],
  [2000, 60],
  [5000, 75],
  [10000, 100],
  [40000, 100],
  [100000, 100],
];

/** Local and Standard circuits allow 10 VNet links at every bandwidth. */
export const STANDARD_VNET_LINKS = 10;

export function maxVnetLinks(tier: CircuitTier, bandwidthMbps: number): number {
  if (tier !== 'Premium') return STANDARD_VNET_LINKS;
  const row = PREMIUM_VNET_LINKS.find(([bw]) => bw >= bandwidthMbps) ?? PREMIUM_VNET_LINKS[PREMIUM_VNET_LINKS.length - 1]!;
  return row[1];
}

/** Bandwidths offered on provider circuits; 40 and 100 Gbps exist on ExpressRoute Direct only. */
export const PROVIDER_CIRCUIT_MAX_MBPS = 10000;
