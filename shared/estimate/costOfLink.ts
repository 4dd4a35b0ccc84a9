// The monthly cost of the links that carry a price: VNet peerings (per GB crossing them) and
// Global Reach connections (an add-on per circuit; their traffic is not in the model).
import { PRICE_IDS, dataTransferZoneOf, type PricingZoneNumber } from '../data/priceBook';
import type { ElementKind } from '../model/enums';
import type { LinkOfKind } from '../model/types';
import type { ValidationContext } from '../validation/context';
import type { ElementsById } from '../validation/elementsById';
import { InputWhenRead, LineBuilder, gb, rate, sharedInput } from './costLine';
import type { PeeringFlow } from './trafficAttribution';
import type { CostInput, CostLine, PriceBook } from './types';

const regionKey = (region: string) => region.toLowerCase().replace(/\s+/g, '');

/**
 * A peering: each direction's gigabytes × (out of the sending VNet + into the receiving one). Same
 * region: the intra-region prices; different regions: global peering, by each side's zone.
 */
/** The kinds of element a peering's line reads: the regions and names of the VNets, the names of the sites whose traffic crosses it. */
export const PEERING_LINE_READS: readonly ElementKind[] = ['vnet', 'onPremSite'];

export function peeringCost(link: LinkOfKind<'vnetPeering'>, flows: readonly PeeringFlow[], ctx: ValidationContext, book: PriceBook): CostLine {
  const b = new LineBuilder(book);
  const regionOf = (vnetId: string) => {
    const vnet = ctx.byId.get(vnetId);
    return vnet?.kind === 'vnet' ? vnet.props.region : '';
  };
  const regions = regionsOf(regionOf(link.source), regionOf(link.target));
  const { global } = regions;
  b.madeInput(regions.input);
  b.madeInput(PEERING_ATTRIBUTION);
  if (flows.length === 0) b.term('0 GB', 0);
  for (const flow of flows) {
    const volume = flow.shares.sum();
    const direction = `${ctx.label(flow.fromVnetId)} → ${ctx.label(flow.toVnetId)}`;
    ctx.labelsLater(flow.shares.ids());
    b.madeInput(new TrafficInput(`Traffic ${direction}`, ctx.byId, flow, volume));
    let out: number | null;
    let into: number | null;
    if (!global) {
      out = b.price(PRICE_IDS.peeringSameRegionGb('out'));
      into = b.price(PRICE_IDS.peeringSameRegionGb('in'));
    } else {
      out = b.price(PRICE_IDS.peeringGlobalGb(zoneOf(b, regionOf(flow.fromVnetId)), 'out'));
      into = b.price(PRICE_IDS.peeringGlobalGb(zoneOf(b, regionOf(flow.toVnetId)), 'in'));
    }
    b.term(`${gb(volume)} GB × (${rate(out)} out + ${rate(into)} in) $/GB`, out === null || into === null ? null : volume * (out + into));
  }
  return b.build(link.id, global ? 'Global VNet peering' : 'VNet peering');
}

const PEERING_ATTRIBUTION = sharedInput('Traffic attribution', "the share of a site's traffic sent from a VNet it reaches through this peering, towards the gateway's VNet");

/** Whether a peering between two regions is global, and the input that says so. */
interface PeeringRegions {
  global: boolean;
  input: CostInput;
}

// By the two regions: an estate's peerings join a few regions, and each line's input is the same text.
const REGIONS = new Map<string, Map<string, PeeringRegions>>();
const REGIONS_LIMIT = 1_000;

function regionsOf(from: string, to: string): PeeringRegions {
  let byTo = REGIONS.get(from);
  if (!byTo) {
    if (REGIONS.size >= REGIONS_LIMIT) REGIONS.clear();
    REGIONS.set(from, (byTo = new Map()));
  }
  let regions = byTo.get(to);
  if (!regions) {
    const global = regionKey(from) !== regionKey(to);
    const input = sharedInput('Regions', `${from || 'not set'} and ${to || 'not set'}: ${global ? 'global peering' : 'same region'}`);
    byTo.set(to, (regions = { global, input }));
  }
  return regions;
}

/**
 * A flow's volume and every site's share of it. The flow and the elements are kept with the estimate,
 * and read only: not the context, which holds all it worked out, while a line is kept through edits
 * that rename no site it lists (../validation/context.ts, labelsLater).
 */
class TrafficInput extends InputWhenRead {
  readonly #elements: ElementsById;
  readonly #flow: PeeringFlow;
  readonly #volume: number;

  constructor(name: string, elements: ElementsById, flow: PeeringFlow, volume: number) {
    super(name);
    this.#elements = elements;
    this.#flow = flow;
    this.#volume = volume;
  }

  protected make(): string {
    // Joined from a list made to size: a hub's peerings list every site behind it, and built with
    // += the text was a rope of a node or more per site.
    const sites = new Array<string>(this.#flow.shares.size);
    let k = 0;
    this.#flow.shares.forEach((v, siteId) => {
      sites[k++] = `${this.#elements.label(siteId)} ${gb(v)} GB`;
    });
    return `${gb(this.#volume)} GB a month: ${sites.join(', ')}`;
  }
}

function zoneOf(b: LineBuilder, region: string): PricingZoneNumber {
  const zone = dataTransferZoneOf(region);
  if (zone !== undefined) {
    b.input(`Zone of ${region}`, `zone ${zone} (third-party region-to-zone table, partly doubtful)`, 'secondary');
    return zone;
  }
  b.input(`Zone of ${region || 'a VNet without a region'}`, 'unknown: zone 1 assumed', 'assumption');
  return 1;
}

/**
 * A Global Reach connection: the add-on is charged per circuit (azure-facts §3.10), so each circuit
 * is charged once, on the first connection of it in document order (`charged` records them). The
 * per-GB charge is left out: the design carries no site-to-site volume to price.
 */
export function globalReachCost(link: LinkOfKind<'globalReach'>, charged: Set<string>, ctx: ValidationContext, book: PriceBook): CostLine {
  const b = new LineBuilder(book);
  const circuits = [link.source, link.target].filter((id) => !charged.has(id));
  for (const id of circuits) charged.add(id);
  b.input('Circuits charged the add-on here', circuits.length ? circuits.map((id) => ctx.label(id)).join(', ') : 'none: both already charged by another connection');
  if (circuits.length > 0) {
    const addOn = b.price(PRICE_IDS.globalReachAddOnMonth);
    b.term(`${circuits.length} × add-on ${rate(addOn)} $/month`, addOn === null ? null : circuits.length * addOn);
  } else b.term('0', 0);
  const perGb = book.entries[PRICE_IDS.globalReachGb(1)]?.usd ?? null;
  b.input(
    'Data transfer',
    `not included: the design has no site-to-site volume. Charged out at the source and in at the destination by zone, not covered by Unlimited plans; zone 1 reads ${rate(perGb)} $/GB each way (low confidence)`,
    'assumption',
  );
  return b.build(link.id, 'Global Reach');
}
