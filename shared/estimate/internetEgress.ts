// Internet egress of VPN traffic (site-to-site and point-to-site), one line per site or user group.
//
// The price is tiered by monthly volume, with the first 100 GB free. Tiers apply to the design's
// whole volume in each data-transfer zone (the Retail Prices API tiers each zone's meter), not to
// each site: the zone's tiered cost is computed once and shared among its sites in proportion to
// their gigabytes. The zone is that of the region of the VNet holding the VPN gateway.
import { ALLOWANCE_IDS, PRICE_IDS, allowanceOf, dataTransferZoneOf, priceOf, type EgressTier, type PricingZoneNumber } from '../data/priceBook';
import type { ElementKind } from '../model/enums';
import type { ValidationContext } from '../validation/context';
import { InputWhenRead, LineBuilder, gb, rate, sharedInput, usd } from './costLine';
import type { Shares } from './shares';
import type { CostInput, CostLine, PriceBook } from './types';

export interface ZoneOfGateway {
  zone: PricingZoneNumber;
  region: string;
  /** False when the region's zone is not known and zone 1 is assumed. */
  known: boolean;
}

/** The kinds of element a gateway's zone reads: its VNet's region. */
export const ZONE_READS: readonly ElementKind[] = ['vnet'];

/**
 * The kinds of element a site's or group's internet egress line reads besides its own, its traffic
 * and its gateways' zones: the gateways it labels.
 */
export const EGRESS_LINE_READS: readonly ElementKind[] = ['vpnGateway'];

export function zoneOfGateway(ctx: ValidationContext, gatewayId: string): ZoneOfGateway {
  const region = ctx.vnetOf(gatewayId)?.props.region ?? '';
  const zone = dataTransferZoneOf(region);
  return zone === undefined ? { zone: 1, region, known: false } : { zone, region, known: true };
}

export interface TieredCost {
  usd: number | null;
  /** The price ids and allowance ids the cost used. */
  priceIds: string[];
  allowanceIds: string[];
  text: string;
}

/** The cost of `totalGb` a month of internet egress in one zone, tier by tier. */
export function tieredEgressCost(book: PriceBook, zone: PricingZoneNumber, totalGb: number): TieredCost {
  const free = allowanceOf(book, ALLOWANCE_IDS.internetEgressFreeGb);
  const ends = ([1, 2, 3] as const).map((t) => allowanceOf(book, ALLOWANCE_IDS.internetEgressTierEndGb(t)));
  const allowanceIds = [ALLOWANCE_IDS.internetEgressFreeGb, ...([1, 2, 3] as const).map((t) => ALLOWANCE_IDS.internetEgressTierEndGb(t))];
  if (free === null || ends.some((e) => e === null)) return { usd: null, priceIds: [], allowanceIds, text: 'tier bounds unknown' };
  const bounds = [free, ...(ends as number[]), Infinity];
  const parts = [`first ${gb(Math.min(totalGb, free))} GB free`];
  const priceIds: string[] = [];
  let total: number | null = 0;
  for (let tier = 1; tier <= 4; tier++) {
    const inTier = Math.max(0, Math.min(totalGb, bounds[tier]!) - bounds[tier - 1]!);
    if (inTier <= 0) continue;
    const id = PRICE_IDS.internetEgressGb(zone, tier as EgressTier);
    const perGb = priceOf(book, id);
    priceIds.push(id);
    parts.push(`${gb(inTier)} GB × ${rate(perGb)} $/GB`);
    total = perGb === null || total === null ? null : total + inTier * perGb;
  }
  return { usd: total, priceIds, allowanceIds, text: parts.join(' + ') };
}

export interface EgressZone {
  totalGb: number;
  cost: TieredCost;
  /** The formula of the zone's cost, shared by its lines. */
  text: string;
}

/** The design's internet egress: the zone of each gateway (of one part of the design), each zone's total and cost. */
export interface EgressZones {
  gateways: ReadonlyMap<string, ZoneOfGateway>;
  zones: ReadonlyMap<PricingZoneNumber, EgressZone>;
}

/** Each zone's tiered cost, from the design's monthly gigabytes per zone. */
export function egressOfZones(totals: ReadonlyMap<PricingZoneNumber, number>, book: PriceBook): Map<PricingZoneNumber, EgressZone> {
  const zones = new Map<PricingZoneNumber, EgressZone>();
  for (const [zone, totalGb] of totals) {
    const cost = tieredEgressCost(book, zone, totalGb);
    const text = `zone ${zone}: (${cost.text} = ${cost.usd === null ? '?' : usd(cost.usd)}) × share of ${gb(totalGb)} GB`;
    zones.set(zone, { totalGb, cost, text });
  }
  return zones;
}

/**
 * What a line's traffic attribution assumes, as its input: made once per text, where the text is
 * defined, and shared by every line that shows it.
 */
export const egressAttribution = (text: string): CostInput => sharedInput('Traffic attribution', text);

/** The line of one site or point-to-site group whose traffic reaches it over the internet. */
export function internetEgressCost(
  sourceId: string,
  label: string,
  attribution: CostInput,
  flows: Shares,
  egress: EgressZones,
  ctx: ValidationContext,
  book: PriceBook,
): CostLine {
  const b = new LineBuilder(book);
  const byZone = new Map<PricingZoneNumber, number>();
  // forEach rather than for…of: one line per site, and an iterator result per entry was garbage.
  flows.forEach((volume, gatewayId) => {
    const where = egress.gateways.get(gatewayId)!;
    byZone.set(where.zone, (byZone.get(where.zone) ?? 0) + volume);
    b.madeInput(new ThroughInput(`Through ${ctx.label(gatewayId)}`, volume, where));
  });
  b.madeInput(attribution);
  byZone.forEach((volume, zone) => {
    const { totalGb, cost, text } = egress.zones.get(zone)!;
    for (const id of cost.allowanceIds) b.allowance(id);
    for (const id of cost.priceIds) b.price(id);
    b.term(`${text} (${gb(volume)} GB)`, cost.usd === null ? null : (cost.usd * volume) / totalGb);
  });
  return b.build(sourceId, label);
}

/** A site's or group's gigabytes through one gateway, and where the gateway is: its text made when read. */
class ThroughInput extends InputWhenRead {
  readonly #volume: number;
  readonly #where: ZoneOfGateway;

  constructor(name: string, volume: number, where: ZoneOfGateway) {
    super(name, where.known ? 'secondary' : 'assumption');
    this.#volume = volume;
    this.#where = where;
  }

  protected make(): string {
    const where = this.#where;
    return (
      `${gb(this.#volume)} GB a month, region ${where.region || 'not set'}, zone ${where.zone}` + (where.known ? '' : ' (zone of the region unknown: zone 1 assumed)')
    );
  }
}
