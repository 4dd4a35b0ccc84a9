// Every number the latency, bandwidth and availability estimators use that is not a SKU figure from
// the data tables in ../data. Each says where it comes from: 'doc' (Microsoft documentation),
// 'secondary' (a third-party or academic source) or 'assumption' (no source: a stated guess, to be
// replaced when a better figure is known). The confidence tags in brackets are those of
// shared/reference/azure-facts.md. docs/estimates.md lists them for readers.
import type { Provenance } from './types';

export interface Parameter<T = number> {
  readonly value: T;
  readonly unit: string;
  readonly provenance: Extract<Provenance, 'doc' | 'secondary' | 'assumption'>;
  /** Where the value comes from, or why it was chosen when it is an assumption. */
  readonly source: string;
  readonly note: string;
}

export interface EstimateParameters {
  // Geometry and physics
  readonly earthRadiusKm: Parameter;
  readonly fibreMicrosecondsPerKm: Parameter;
  // Route inflation: fibre route length ÷ great-circle distance
  readonly internetInflation: Parameter;
  readonly providerInflation: Parameter;
  readonly backboneInflation: Parameter;
  // Fixed delays
  readonly tunnelMsPerEnd: Parameter;
  readonly minLegRttMs: Parameter;
  readonly inRegionPeeringRttMs: Parameter;
  // Jitter classes
  readonly internetJitter: Parameter<'low' | 'medium' | 'high'>;
  readonly privateJitter: Parameter<'low' | 'medium' | 'high'>;
  // Availability of components, 0..1
  readonly vpnGatewayBasicSla: Parameter;
  readonly vpnGatewaySla: Parameter;
  readonly vpnGatewayAzSla: Parameter;
  readonly erCircuitSla: Parameter;
  readonly erGatewaySla: Parameter;
  readonly erGatewayAzSla: Parameter;
  readonly internetPathAvailability: Parameter;
  readonly providerLastMileAvailability: Parameter;
  readonly onPremDeviceAvailability: Parameter;
  readonly vnetPeeringAvailability: Parameter;
  // Time
  readonly hoursPerMonth: Parameter;
}

const FACTS = 'shared/reference/azure-facts.md';

export const PARAMETERS: EstimateParameters = {
  earthRadiusKm: {
    value: 6371.0088,
    unit: 'km',
    provenance: 'secondary',
    source: 'IUGG mean Earth radius R1 (Moritz, "Geodetic Reference System 1980")',
    note: 'Distances are great-circle (haversine) on a sphere of this radius: within about 0.5% of the ellipsoid.',
  },
  fibreMicrosecondsPerKm: {
    value: 4.9,
    unit: 'µs/km, one way',
    provenance: 'secondary',
    source: `${FACTS} §6.1 [SEC]: mapyourtech.com "The 5-microsecond rule" (4.897 µs/km at 1550 nm, n ≈ 1.467), duckkit.dev glossary`,
    note: 'Light in single-mode fibre, about 204,000 km/s. A round trip is twice the one-way time.',
  },
  internetInflation: {
    value: 2.1,
    unit: '× great-circle distance',
    provenance: 'secondary',
    source: `${FACTS} §6.1 [academic]: Bozkurt et al., "Dissecting Latency in the Internet's Fiber Infrastructure" (arXiv 2017/18)`,
    note: 'Their rule of thumb: multiply the line-of-sight distance by 2.1, then divide by the speed of light in fibre. Used for site-to-site VPN over the internet.',
  },
  providerInflation: {
    value: 1.5,
    unit: '× great-circle distance',
    provenance: 'assumption',
    source: 'Assumption [UNSOURCED]: no published figure for connectivity providers’ access networks.',
    note: 'The provider’s path from the site to the peering location: a managed network, assumed less roundabout than the internet (2.1) and more than a backbone (1.4).',
  },
  backboneInflation: {
    value: 1.4,
    unit: '× great-circle distance',
    provenance: 'assumption',
    source: `Assumption [UNSOURCED]: ${FACTS} §6.1 suggests 1.3–1.5 for Microsoft's WAN (1.3 is the conduit-optimal lower bound of Bozkurt et al.).`,
    note: 'Microsoft’s backbone from the peering location to the Azure region, and between regions over VNet peering.',
  },
  tunnelMsPerEnd: {
    value: 1,
    unit: 'ms per tunnel end, per round trip',
    provenance: 'assumption',
    source: `Assumption [UNSOURCED]: ${FACTS} §6.1 finds no published processing latency for VPN gateways or devices.`,
    note: 'IPsec encryption and decryption at the on-premises device and at the Azure VPN gateway: two ends, so 2 ms added to the round trip.',
  },
  minLegRttMs: {
    value: 1,
    unit: 'ms round trip, per distance leg',
    provenance: 'assumption',
    source: 'Assumption [UNSOURCED]: a floor for metro distances.',
    note: 'A leg between two points in the same city (distance about 0) still crosses metro fibre and switches: its round trip is at least this.',
  },
  inRegionPeeringRttMs: {
    value: 0.5,
    unit: 'ms round trip',
    provenance: 'assumption',
    source: 'Assumption [UNSOURCED]: Microsoft publishes no per-hop latency for VNet peering.',
    note: 'The hop from a hub VNet to a spoke peered with it in the same region. Between regions the hop is a backbone distance leg instead.',
  },
  internetJitter: {
    value: 'high',
    unit: 'class',
    provenance: 'assumption',
    source: 'Assumption: best-effort internet routing gives no delay-variation guarantee.',
    note: 'Site-to-site VPN paths.',
  },
  privateJitter: {
    value: 'low',
    unit: 'class',
    provenance: 'assumption',
    source: 'Assumption: a private circuit over provider and Microsoft networks.',
    note: 'ExpressRoute paths.',
  },
  vpnGatewayBasicSla: {
    value: 0.999,
    unit: 'availability',
    provenance: 'secondary',
    source: `${FACTS} §2.6 [SEC]: SLA table in the README of the npm package "slamax" ("VPN Gateway - Basic Gateway for VPN … 99.9%"), confirmed by a second repository's table`,
    note: 'Basic VPN gateway.',
  },
  vpnGatewaySla: {
    value: 0.9995,
    unit: 'availability',
    provenance: 'secondary',
    source: `${FACTS} §2.6 [SEC]: same SLA tables (VpnGw1/2/3, Standard, HighPerformance: 99.95%)`,
    note: 'Non-AZ VpnGw1–5. The SLA covers the gateway as a whole, whether active-standby or active-active.',
  },
  vpnGatewayAzSla: {
    value: 0.9995,
    unit: 'availability',
    provenance: 'assumption',
    source: `Assumption: the AZ SLA is [UNSOURCED] in ${FACTS} §2.6; the reliability doc only says non-Basic SKUs are "eligible for a higher availability SLA". Taken as at least the non-AZ SLA.`,
    note: 'VpnGw1AZ–5AZ. Check azure.microsoft.com/support/legal/sla/vpn-gateway for the actual figure.',
  },
  erCircuitSla: {
    value: 0.9995,
    unit: 'availability',
    provenance: 'secondary',
    source: `${FACTS} §3.1 [SEC]: Megaport blog "Understanding Private Connection SLAs" and a README quoting SLA v1.3 ("ExpressRoute Dedicated Circuit availability" 99.95%)`,
    note: 'One circuit is two links (primary and secondary) at one peering location; the SLA covers the pair, with both BGP sessions up.',
  },
  erGatewaySla: {
    value: 0.9995,
    unit: 'availability',
    provenance: 'secondary',
    source: `${FACTS} §2.6 [SEC]: SLA tables (Standard/HighPerformance/UltraPerformance ExpressRoute gateway 99.95%)`,
    note: 'Non-AZ ExpressRoute gateways.',
  },
  erGatewayAzSla: {
    value: 0.9995,
    unit: 'availability',
    provenance: 'assumption',
    source: `Assumption: the ErGw1Az–3Az and ErGwScale SLA is [UNSOURCED] in ${FACTS} §2.6. Taken as at least the non-AZ SLA.`,
    note: 'Zone-redundant ExpressRoute gateways.',
  },
  internetPathAvailability: {
    value: 0.999,
    unit: 'availability',
    provenance: 'assumption',
    source: 'Assumption [UNSOURCED]: no SLA exists for the public internet.',
    note: 'The site’s internet line and the internet route to Azure, for one VPN device’s last mile. Two lines are taken as independent.',
  },
  providerLastMileAvailability: {
    value: 0.999,
    unit: 'availability',
    provenance: 'assumption',
    source: 'Assumption [UNSOURCED]: the provider’s own SLA for the access to the peering location is outside the ExpressRoute SLA.',
    note: 'Deliberately the same as the internet line: no source here says either is better. Replace it with your provider’s contractual figure.',
  },
  onPremDeviceAvailability: {
    value: 1,
    unit: 'availability',
    provenance: 'assumption',
    source: 'Out of scope: the on-premises VPN device is the customer’s equipment.',
    note: 'Counted as 1 so the path figure covers Azure and the network only.',
  },
  vnetPeeringAvailability: {
    value: 1,
    unit: 'availability',
    provenance: 'assumption',
    source: 'Assumption: VNet peering has no separate SLA here; it is not counted as a failure point.',
    note: 'Applies to the hop from a hub to a peered spoke.',
  },
  hoursPerMonth: {
    value: 730,
    unit: 'h',
    provenance: 'assumption',
    source: 'Convention: an average month, 365 × 24 / 12 = 730 h.',
    note: 'Downtime per month = (1 − availability) × 730 h × 60 min/h.',
  },
};
