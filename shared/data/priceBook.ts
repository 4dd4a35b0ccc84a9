// The default price book: USD pay-as-you-go list prices of what a hybrid design costs each month.
//
// Every figure is SECONDARY. Microsoft's pricing pages could not be read, so the figures are
// third-party readings of the Azure Retail Prices API (prices.azure.com) from several datasets of
// different dates, each named in its entry's `source` (shared/reference/azure-facts.md §5). The
// book's effectiveDate is the date of the newest dated dataset, 2026-01-26. Where no trustworthy
// figure exists the price is null with a note, never a guess: the estimate then shows the line as
// unknown, and the user can enter the figure as a price override saved with the design.
import type { CircuitTier, DataPlan, ErGatewaySku, VpnGatewaySku } from '../model/enums';
import type { AllowanceEntry, PriceBook, PriceEntry } from '../estimate/types';
import { AZURE_REGIONS } from './azureRegions';

/**
 * Hours in a billing month: the convention of Azure's pricing calculator and of the readings
 * below, which convert hourly to monthly prices with 730 h (8,760 h a year / 12; azure-facts §5.1).
 */
export const HOURS_PER_MONTH = 730;

const SOURCES = {
  infracostVpn:
    'Infracost golden test files, 2025-01-15 (third-party reading of the Azure Retail Prices API; VPN gateway tests, region eastus)',
  infracostPeering:
    'Infracost virtual_network_peering_test.golden, 2024-07-01 (third-party reading of the Azure Retail Prices API)',
  infracostVwan:
    'Infracost express_route_connection_test.golden, 2024-07-01 (third-party reading of the Azure Retail Prices API)',
  cloudPricingData:
    'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26 from https://prices.azure.com/api/retail/prices (third-party dataset)',
  validaPrecos:
    'valida_precos.py price-check script, undated; its usage text names a snapshot brazilsouth-2026-09-11.json (third-party; region brazilsouth)',
  az700Notes: 'AZ-700 study notes, a third-party quiz file, undated',
  none: 'No source found (azure-facts.md §5: [UNSOURCED])',
} as const;

const UNSOURCED = 'No trustworthy figure ([UNSOURCED]): enter it as a price override.';

/** The ids of the prices and allowances, built in one place so the estimator and the importer agree. */
export const PRICE_IDS = {
  vpnGatewayHour: (sku: VpnGatewaySku) => `vpnGateway.${sku}.hour`,
  s2sTunnelHour: 'vpnGateway.s2sTunnel.hour',
  p2sConnectionHour: 'vpnGateway.p2sConnection.hour',
  vpnInterVnetGb: (zone: PricingZoneNumber) => `vpnGateway.interVnet.zone${zone}.GB`,
  erGatewayHour: (sku: Exclude<ErGatewaySku, 'ErGwScale'>) => `erGateway.${sku}.hour`,
  erGwScaleUnitHour: 'erGateway.ErGwScale.unitHour',
  circuitMonth: (tier: CircuitTier, plan: DataPlan, bandwidthMbps: number, zone: PricingZoneNumber) =>
    `erCircuit.${tier}.${plan}.${bandwidthMbps}.zone${zone}.month`,
  circuitEgressGb: (zone: PricingZoneNumber) => `erCircuit.egress.zone${zone}.GB`,
  directPortMonth: (port: '10G' | '100G') => `erDirect.port${port}.month`,
  directPremiumMonth: (bandwidthMbps: number) => `erDirect.Premium.${bandwidthMbps}.month`,
  globalReachAddOnMonth: 'globalReach.addOn.month',
  globalReachGb: (zone: PricingZoneNumber) => `globalReach.zone${zone}.GB`,
  peeringSameRegionGb: (direction: 'in' | 'out') => `vnetPeering.sameRegion.${direction}.GB`,
  peeringGlobalGb: (zone: PricingZoneNumber, direction: 'in' | 'out') => `vnetPeering.global.zone${zone}.${direction}.GB`,
  internetEgressGb: (zone: PricingZoneNumber, tier: EgressTier) => `internetEgress.zone${zone}.tier${tier}.GB`,
} as const;

export const ALLOWANCE_IDS = {
  s2sTunnelsIncluded: 'vpnGateway.s2sTunnels.included',
  p2sConnectionsIncluded: 'vpnGateway.p2sConnections.included',
  internetEgressFreeGb: 'internetEgress.free.GB',
  internetEgressTierEndGb: (tier: 1 | 2 | 3) => `internetEgress.tier${tier}.endGB`,
} as const;

export type PricingZoneNumber = 1 | 2 | 3 | 4;
export type EgressTier = 1 | 2 | 3 | 4;
const PRICING_ZONES: readonly PricingZoneNumber[] = [1, 2, 3, 4];
const PROVIDER_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1000, 2000, 5000, 10000] as const;
/** Local circuits: 1 Gbps and up only (DE-CIX help article [SEC], azure-facts §5.2). */
const LOCAL_BANDWIDTHS_MBPS = [1000, 2000, 5000, 10000] as const;
const DIRECT_BANDWIDTHS_MBPS = [1000, 2000, 5000, 10000, 40000, 100000] as const;

export const bandwidthLabel = (mbps: number): string => (mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`);

const entries: PriceEntry[] = [];
function price(id: string, label: string, unit: PriceEntry['unit'], usd: number | null, source: string, note?: string): void {
  entries.push({ id, label, unit, usd, source: usd === null ? SOURCES.none : source, provenance: 'secondary', ...(note ? { note } : {}) });
}

// VPN gateways (azure-facts §5.1). Same price for Gen1 and Gen2 in the readings.
const vpnHourly: Record<VpnGatewaySku, number | null> = {
  Basic: 0.036, VpnGw1AZ: 0.21, VpnGw2AZ: null, VpnGw3AZ: null, VpnGw4AZ: null, VpnGw5AZ: null,
  VpnGw1: 0.19, VpnGw2: 0.49, VpnGw3: 1.25, VpnGw4: 2.1, VpnGw5: 3.65,
};
for (const [sku, usd] of Object.entries(vpnHourly) as Array<[VpnGatewaySku, number | null]>) {
  const note =
    sku === 'VpnGw1AZ' ? 'From 1 January 2025, when Microsoft reduced AZ prices; 0.361 $/h before.'
    : usd === null ? `${UNSOURCED} Post-2025 AZ prices are probably close to the non-AZ ones, not verified.`
    : sku === 'Basic' ? undefined
    : 'Legacy non-AZ SKU: no longer creatable since 1 January 2025.';
  price(PRICE_IDS.vpnGatewayHour(sku), `VPN gateway ${sku}`, 'hour', usd, SOURCES.infracostVpn, note);
}
price(PRICE_IDS.s2sTunnelHour, 'VPN site-to-site tunnel beyond the included ones', 'connection-hour', 0.015, SOURCES.infracostVpn,
  'Infracost: "Price for additional S2S tunnels is used".');
price(PRICE_IDS.p2sConnectionHour, 'VPN point-to-site connection beyond 128', 'connection-hour', 0.01, SOURCES.infracostVpn);
price(PRICE_IDS.vpnInterVnetGb(1), 'VPN VNet-to-VNet data out, cross-region, zone 1', 'GB', 0.035, SOURCES.infracostVpn,
  'Meter "VPN Gateway Bandwidth / Inter-Virtual Network Data Transfer Out". Same-region VNet-to-VNet is free (VPN FAQ).');

// ExpressRoute circuits (azure-facts §5.2): Standard Metered port fees by bandwidth and zone, then
// US Government zone 1. 100 Mbps in zone 1 reads 110 (sic; 100 in the other zones), kept as read.
const standardMetered: Record<(typeof PROVIDER_BANDWIDTHS_MBPS)[number], readonly number[]> = {
  50: [55, 55, 55, 55, 70], 100: [110, 100, 100, 100, 140], 200: [145, 145, 145, 145, 180], 500: [290, 290, 290, 290, 365],
  1000: [436, 436, 436, 436, 545], 2000: [872, 872, 872, 872, 1090], 5000: [2180, 2180, 2180, 2180, 2725], 10000: [3400, 3400, 3400, 3400, 4250],
};
const circuitTiers: Array<[CircuitTier, DataPlan, readonly number[]]> = [
  ['Standard', 'Metered', PROVIDER_BANDWIDTHS_MBPS],
  ['Standard', 'Unlimited', PROVIDER_BANDWIDTHS_MBPS],
  ['Premium', 'Metered', PROVIDER_BANDWIDTHS_MBPS],
  ['Premium', 'Unlimited', PROVIDER_BANDWIDTHS_MBPS],
  ['Local', 'Unlimited', LOCAL_BANDWIDTHS_MBPS],
];
for (const [tier, plan, bandwidths] of circuitTiers) {
  for (const bw of bandwidths) {
    for (const zone of PRICING_ZONES) {
      const usd = tier === 'Standard' && plan === 'Metered' ? standardMetered[bw as keyof typeof standardMetered][zone - 1]! : null;
      const note =
        usd !== null ? (bw === 100 && zone === 1 ? 'Reads 110 in zone 1 but 100 in the other zones (sic); kept as read.' : undefined)
        : tier === 'Premium' ? `${UNSOURCED} Premium = the Standard fee plus the Premium add-on, whose price is unsourced too.`
        : tier === 'Local' ? `${UNSOURCED} Local circuits are always Unlimited (egress included).`
        : UNSOURCED;
      price(PRICE_IDS.circuitMonth(tier, plan, bw, zone), `ExpressRoute ${tier} ${plan} ${bandwidthLabel(bw)} circuit, zone ${zone}`,
        'month', usd, SOURCES.cloudPricingData, note);
    }
  }
}
for (const bw of PROVIDER_BANDWIDTHS_MBPS) {
  price(`erCircuit.Standard.Metered.${bw}.usGovZone1.month`, `ExpressRoute Standard Metered ${bandwidthLabel(bw)} circuit, US Gov zone 1`,
    'month', standardMetered[bw][4]!, SOURCES.cloudPricingData, 'US Government cloud: not reachable from the commercial designs this app makes.');
}
const egressByZone = [0.025, 0.05, 0.14, 0.1];
for (const zone of PRICING_ZONES) {
  price(PRICE_IDS.circuitEgressGb(zone), `ExpressRoute metered data out, zone ${zone}`, 'GB', egressByZone[zone - 1]!, SOURCES.cloudPricingData,
    'Zone of the peering location, not of the Azure region (plan-manage-cost). Inbound data is free.');
}
price('erCircuit.egress.usGovZone1.GB', 'ExpressRoute metered data out, US Gov zone 1', 'GB', 0.03, SOURCES.cloudPricingData);
price(PRICE_IDS.directPortMonth('10G'), 'ExpressRoute Direct 10 Gbps port pair', 'month', null, '',
  `${UNSOURCED} The port fee includes the Local and Standard circuit fees (plan-manage-cost).`);
price(PRICE_IDS.directPortMonth('100G'), 'ExpressRoute Direct 100 Gbps port pair', 'month', null, '',
  `${UNSOURCED} The port fee includes the Local and Standard circuit fees (plan-manage-cost).`);
for (const bw of DIRECT_BANDWIDTHS_MBPS) {
  price(PRICE_IDS.directPremiumMonth(bw), `ExpressRoute Direct Premium circuit fee, ${bandwidthLabel(bw)}`, 'month', null, '',
    `${UNSOURCED} Premium circuits on ExpressRoute Direct add a circuit fee to the port fee (plan-manage-cost).`);
}

// ExpressRoute gateways (azure-facts §5.3): read for brazilsouth, which may cost more than other regions.
const erHourly: Record<Exclude<ErGatewaySku, 'ErGwScale'>, number | null> = {
  Standard: 0.19, HighPerformance: 0.49, UltraPerformance: null, ErGw1Az: 0.361, ErGw2Az: null, ErGw3Az: 2.151,
};
for (const [sku, usd] of Object.entries(erHourly) as Array<[Exclude<ErGatewaySku, 'ErGwScale'>, number | null]>) {
  price(PRICE_IDS.erGatewayHour(sku), `ExpressRoute gateway ${sku}`, 'hour', usd, SOURCES.validaPrecos,
    usd === null ? UNSOURCED : 'Read for brazilsouth; other regions may differ.');
}
price(PRICE_IDS.erGwScaleUnitHour, 'ExpressRoute gateway ErGwScale, per scale unit (about 1 Gbps)', 'scale-unit-hour', 0.21,
  SOURCES.cloudPricingData, 'Free during the preview (About ExpressRoute gateways, 2023-11-16).');
price('vwan.erScaleUnit.hour', 'Virtual WAN ExpressRoute scale unit (2 Gbps)', 'hour', 0.42, SOURCES.infracostVwan,
  'Virtual WAN hubs are not modelled by this app.');
price('vwan.erConnection.hour', 'Virtual WAN ExpressRoute connection', 'hour', 0.05, SOURCES.infracostVwan,
  'Virtual WAN hubs are not modelled by this app.');

// Global Reach (azure-facts §3.10, §5.2).
price(PRICE_IDS.globalReachAddOnMonth, 'ExpressRoute Global Reach add-on, per circuit', 'month', null, '', UNSOURCED);
price(PRICE_IDS.globalReachGb(1), 'Global Reach data, zone 1, per GB each way', 'GB', 0.02, SOURCES.az700Notes,
  'Low confidence: "Zone 1 $0.02/GB inbound and $0.02/GB outbound" in a third-party quiz file. Charged out at the source and in at the destination.');

// VNet peering (azure-facts §5.4).
price(PRICE_IDS.peeringSameRegionGb('in'), 'VNet peering, same region, data in', 'GB', 0.01, SOURCES.infracostPeering);
price(PRICE_IDS.peeringSameRegionGb('out'), 'VNet peering, same region, data out', 'GB', 0.01, SOURCES.infracostPeering);
const globalPeering: Record<PricingZoneNumber, { in: number | null; out: number | null }> = {
  1: { in: 0.035, out: 0.035 }, 2: { in: 0.09, out: null }, 3: { in: null, out: null }, 4: { in: null, out: null },
};
for (const zone of PRICING_ZONES) {
  for (const direction of ['out', 'in'] as const) {
    const usd = globalPeering[zone][direction];
    price(PRICE_IDS.peeringGlobalGb(zone, direction), `Global VNet peering, data ${direction} ${direction === 'in' ? 'to' : 'from'} zone ${zone}`,
      'GB', usd, SOURCES.infracostPeering, usd === null ? UNSOURCED : zone === 1 && direction === 'in' ? 'Read for zone 1 to zone 1.' : undefined);
  }
}

// Internet egress (azure-facts §5.4): tier 1 is 100 GB–10 TB, tier 2 to 50 TB, tier 3 to 150 TB,
// tier 4 above. Which routing preference the figures are for is unclear: probably "Internet"; the
// default Microsoft-network routing may cost more (0.087 $/GB seen for us-east, 0.181 for Brazil South).
const egressTiers: Record<PricingZoneNumber, ReadonlyArray<number | null>> = {
  1: [0.08, 0.065, 0.06, 0.04], 2: [0.11, 0.075, 0.07, 0.06], 3: [0.12, null, null, null], 4: [null, null, null, null],
};
for (const zone of PRICING_ZONES) {
  egressTiers[zone].forEach((usd, i) => {
    const tier = (i + 1) as EgressTier;
    const brazil = zone === 3 && tier === 1;
    price(PRICE_IDS.internetEgressGb(zone, tier), `Internet egress, zone ${zone}, tier ${tier}`, 'GB', usd,
      brazil ? SOURCES.validaPrecos : SOURCES.cloudPricingData,
      usd === null ? UNSOURCED
      : brazil ? 'Read for Brazil South, "Routing Preference: Internet" (0.181 $/GB over the Microsoft Global Network); assumed for all of zone 3.'
      : 'Routing preference of the figure unclear (probably "Internet").');
  });
}

const allowances: AllowanceEntry[] = [
  { id: ALLOWANCE_IDS.s2sTunnelsIncluded, label: 'Site-to-site tunnels included in a VPN gateway price', unit: 'tunnel', quantity: 10,
    provenance: 'assumption', source: 'Infracost treats tunnels beyond 10 as extra (azure-facts §5.1)',
    note: 'How many tunnels the gateway price includes is unsourced ([UNSOURCED]; recollection: the first 10).' },
  { id: ALLOWANCE_IDS.p2sConnectionsIncluded, label: 'Point-to-site connections included in a VPN gateway price', unit: 'connection',
    quantity: 128, provenance: 'assumption', source: 'Infracost treats the first 128 as included (azure-facts §5.1)' },
  { id: ALLOWANCE_IDS.internetEgressFreeGb, label: 'Internet egress free each month', unit: 'GB', quantity: 100, provenance: 'assumption',
    source: `${SOURCES.cloudPricingData}: the first paid tier starts at 100 GB`,
    note: 'Whether the free 100 GB count per subscription, region or zone is not stated; applied once per zone to the whole design.' },
  ...([[1, 10_100], [2, 50_100], [3, 150_100]] as const).map(([tier, quantity]): AllowanceEntry => ({
    id: ALLOWANCE_IDS.internetEgressTierEndGb(tier), label: `Internet egress tier ${tier} ends at (GB a month)`, unit: 'GB', quantity,
    provenance: 'secondary', source: `${SOURCES.cloudPricingData}: tier bounds 100, 10,100, 50,100 and 150,100 GB`,
  })),
];

export const DEFAULT_PRICE_BOOK: PriceBook = {
  currency: 'USD',
  effectiveDate: '2026-01-26',
  entries: Object.fromEntries(entries.map((e) => [e.id, e])),
  allowances: Object.fromEntries(allowances.map((a) => [a.id, a])),
};

/** The price of an entry in USD per its unit; null when the book has no figure (or no such entry). */
export function priceOf(book: PriceBook, id: string): number | null {
  return Object.hasOwn(book.entries, id) ? book.entries[id]!.usd : null;
}

/** An included quantity or tier boundary; null when unknown. */
export function allowanceOf(book: PriceBook, id: string): number | null {
  return Object.hasOwn(book.allowances, id) ? book.allowances[id]!.quantity : null;
}

// Region → data-transfer zone, for internet egress and global VNet peering (azure-facts §5.4,
// CLOUD_PRICING_DATA regions_to_zones [SEC]). The dataset puts "most US/EU/Canada regions" in zone
// 1; here every region whose ARM geography is US, Canada or Europe is. Some of its entries look
// wrong (australiacentral in zone 1), so regions it does not place clearly are left out: the
// estimator falls back to zone 1 for them and says so in the line's inputs.
const ZONE_OF_REGION: ReadonlyMap<string, PricingZoneNumber> = new Map<string, PricingZoneNumber>([
  ...AZURE_REGIONS.filter((r) => ['US', 'Canada', 'Europe'].includes(r.geography)).map((r) => [r.name, 1] as const),
  ...['japaneast', 'japanwest', 'koreacentral', 'koreasouth', 'eastasia', 'southeastasia'].map((n) => [n, 2] as const),
  ...['brazilsouth', 'southafricanorth', 'southafricawest'].map((n) => [n, 3] as const),
  ...['australiaeast', 'australiasoutheast', 'centralindia', 'southindia', 'westindia'].map((n) => [n, 4] as const),
]);

/** The data-transfer zone of an Azure region (ARM or display name), or undefined when not placed. */
export function dataTransferZoneOf(region: string): PricingZoneNumber | undefined {
  return ZONE_OF_REGION.get(region.toLowerCase().replace(/\s+/g, ''));
}
