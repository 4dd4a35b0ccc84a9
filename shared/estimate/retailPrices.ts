// Reads a JSON export of the Azure Retail Prices API (https://prices.azure.com/api/retail/prices)
// offline and turns the items it recognises with confidence into price overrides.
//
// Accepted shapes: one response page `{ BillingCurrency, Items: [...] }` (or all pages merged into
// one), a list of pages, or a plain list of items. Only pay-as-you-go (`type: "Consumption"`) items
// in USD are read; others are counted as ignored. Recognition is conservative: an item maps to a
// price-book id only when its service, unit and names say exactly which price it is; anything else
// is counted as unmatched, never guessed. Two different prices for one id (an export of several
// regions, say) are reported as an error and neither is taken. Never throws.
import { z } from 'zod';
import { PRICE_IDS, type PricingZoneNumber } from '../data/priceBook';
import { ER_GATEWAY_SKUS, VPN_GATEWAY_SKUS, type CircuitTier, type DataPlan } from '../model/enums';
import type { PriceBook } from './types';

export interface RetailPriceImport {
  /** Price-book id → USD, ready to merge into the document's priceOverrides. */
  overrides: Record<string, number>;
  matched: Array<{ id: string; usd: number; meterName: string }>;
  /** Consumption items in USD that map to no price-book id. */
  unmatched: number;
  /** Items skipped because they are not Consumption prices or not in USD. */
  ignored: number;
  /** What is wrong and where (JSON pointer into the file); empty when the file read cleanly. */
  errors: string[];
}

const MAX_ERRORS = 20;

const itemSchema = z.looseObject({
  currencyCode: z.string(),
  retailPrice: z.number().refine(Number.isFinite, 'must be a finite number').min(0),
  unitOfMeasure: z.string(),
  serviceName: z.string(),
  productName: z.string().default(''),
  skuName: z.string().default(''),
  meterName: z.string().default(''),
  armRegionName: z.string().default(''),
  location: z.string().default(''),
  type: z.string(),
  tierMinimumUnits: z.number().default(0),
});
type Item = z.output<typeof itemSchema>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPage = (v: unknown): v is { Items: unknown[] } => isObject(v) && Array.isArray(v.Items);

/** The items of the export with the JSON pointer of each, or an error naming the shape problem. */
function itemsOf(json: unknown): { items: Array<{ value: unknown; pointer: string }> } | { error: string } {
  if (isPage(json)) return { items: json.Items.map((value, i) => ({ value, pointer: `/Items/${i}` })) };
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(isPage)) {
      return { items: json.flatMap((page, p) => page.Items.map((value, i) => ({ value, pointer: `/${p}/Items/${i}` }))) };
    }
    return { items: json.map((value, i) => ({ value, pointer: `/${i}` })) };
  }
  if (isObject(json) && 'Items' in json) return { error: '/Items: must be a list of price items' };
  return {
    error:
      '(whole file): not an Azure Retail Prices export: expected an object with an "Items" list, a list of such pages, or a list of items',
  };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const unitIs = (unit: string, what: 'hour' | 'month' | 'gb') =>
  new RegExp(`^1\\s*/?\\s*${what === 'gb' ? 'gb' : `${what}s?`}$`).test(norm(unit));
/** "Zone 1"…"Zone 4" in location or armRegionName; US Gov, Germany or China zones are not read. */
function zoneOf(item: Item): PricingZoneNumber | undefined {
  for (const field of [item.location, item.armRegionName]) {
    const match = /^zone\s*([1-4])$/.exec(norm(field));
    if (match) return Number(match[1]) as PricingZoneNumber;
  }
  return undefined;
}
const withoutGateway = (name: string) => norm(name).replace(/ gateway$/, '');
const skuNamed = <T extends string>(skus: readonly T[], name: string): T | undefined => skus.find((s) => s.toLowerCase() === withoutGateway(name));
/** The one word of `options` the text contains, or undefined when none or several. */
function onlyOne<T extends string>(text: string, options: readonly T[]): T | undefined {
  const found = options.filter((o) => new RegExp(`\\b${o.toLowerCase()}\\b`).test(text));
  return found.length === 1 ? found[0] : undefined;
}

/** The price-book id an item is the price of, or undefined when not recognised with confidence. */
export function recognise(item: Item): string | undefined {
  if (item.tierMinimumUnits > 0) return undefined;
  const service = norm(item.serviceName);
  const product = norm(item.productName);
  const meter = norm(item.meterName);
  if (service === 'vpn gateway') {
    if (unitIs(item.unitOfMeasure, 'hour')) {
      if (meter.includes('s2s connection')) return PRICE_IDS.s2sTunnelHour;
      if (meter.includes('p2s connection')) return PRICE_IDS.p2sConnectionHour;
      const sku = skuNamed(VPN_GATEWAY_SKUS, item.meterName);
      return sku && PRICE_IDS.vpnGatewayHour(sku);
    }
    const zone = zoneOf(item);
    if (unitIs(item.unitOfMeasure, 'gb') && zone && product.includes('vpn gateway bandwidth') && meter.includes('inter-virtual network data transfer out')) {
      return PRICE_IDS.vpnInterVnetGb(zone);
    }
    return undefined;
  }
  if (service === 'expressroute') return recogniseExpressRoute(item, product, meter);
  if (service === 'virtual network' && unitIs(item.unitOfMeasure, 'gb')) {
    if (meter === 'intra-region ingress') return PRICE_IDS.peeringSameRegionGb('in');
    if (meter === 'intra-region egress') return PRICE_IDS.peeringSameRegionGb('out');
    const zone = zoneOf(item);
    if (zone && meter === 'inter-region ingress') return PRICE_IDS.peeringGlobalGb(zone, 'in');
    if (zone && meter === 'inter-region egress') return PRICE_IDS.peeringGlobalGb(zone, 'out');
  }
  return undefined;
}

function recogniseExpressRoute(item: Item, product: string, meter: string): string | undefined {
  const text = norm(`${item.productName} ${item.skuName} ${item.meterName}`);
  if (product.includes('gateway')) {
    const sku = skuNamed(ER_GATEWAY_SKUS, item.meterName);
    return sku && sku !== 'ErGwScale' && unitIs(item.unitOfMeasure, 'hour') ? PRICE_IDS.erGatewayHour(sku) : undefined;
  }
  if (/direct|global reach|add-?on|gov/.test(text)) return undefined;
  const zone = zoneOf(item);
  if (!zone) return undefined;
  if (unitIs(item.unitOfMeasure, 'month')) {
    const tier = onlyOne<CircuitTier>(text, ['Local', 'Standard', 'Premium']);
    const plan = onlyOne<DataPlan>(text, ['Metered', 'Unlimited']);
    const bandwidths = [...text.matchAll(/\b(\d+)\s*(mbps|gbps)\b/g)].map((m) => Number(m[1]) * (m[2] === 'gbps' ? 1000 : 1));
    if (!tier || !plan || bandwidths.length !== 1) return undefined;
    return PRICE_IDS.circuitMonth(tier, plan, bandwidths[0]!, zone);
  }
  if (unitIs(item.unitOfMeasure, 'gb') && /\bmetered\b/.test(text) && /\b(out|outbound|egress)\b/.test(meter) && !/\b(in|inbound|ingress)\b/.test(meter)) {
    return PRICE_IDS.circuitEgressGb(zone);
  }
  return undefined;
}

export function importRetailPrices(json: unknown, book: PriceBook): RetailPriceImport {
  const result: RetailPriceImport = { overrides: {}, matched: [], unmatched: 0, ignored: 0, errors: [] };
  const shape = itemsOf(json);
  if ('error' in shape) {
    result.errors.push(shape.error);
    return result;
  }
  const problems: string[] = [];
  const found = new Map<string, Array<{ usd: number; meterName: string; where: string }>>();
  for (const { value, pointer } of shape.items) {
    const parsed = itemSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${pointer}${issue.path.map((p) => `/${String(p)}`).join('')}: ${issue.message}`);
      continue;
    }
    const item = parsed.data;
    if (item.type !== 'Consumption' || item.currencyCode !== 'USD') {
      result.ignored++;
      continue;
    }
    const id = recognise(item);
    if (!id || !Object.hasOwn(book.entries, id)) {
      result.unmatched++;
      continue;
    }
    const where = [item.armRegionName || item.location, pointer].filter(Boolean).join(' at ');
    let list = found.get(id);
    if (!list) found.set(id, (list = []));
    list.push({ usd: item.retailPrice, meterName: item.meterName, where });
  }
  for (const [id, list] of found) {
    const prices = [...new Set(list.map((f) => f.usd))];
    if (prices.length > 1) {
      const examples = list.slice(0, 3).map((f) => `${f.usd} (${f.where})`).join(', ');
      problems.push(`${id}: the file gives ${prices.length} different prices, e.g. ${examples}; export one region at a time`);
      continue;
    }
    result.overrides[id] = prices[0]!;
    result.matched.push({ id, usd: prices[0]!, meterName: list[0]!.meterName });
  }
  result.errors = problems.length > MAX_ERRORS ? [...problems.slice(0, MAX_ERRORS), `…and ${problems.length - MAX_ERRORS} more problems`] : problems;
  return result;
}
