// What a design costs each month: one line per priced element or link, each with its formula and
// inputs, and the total of the known lines. Pure and deterministic: the same document and price
// book give the same estimate, lines in document order (elements, then links).
//
// Priced: VPN gateways (SKU, tunnels and point-to-site connections beyond the included ones),
// ExpressRoute gateways, ExpressRoute circuits (fee + metered data out), internet egress of VPN
// traffic (one line per site or point-to-site group, itemId = its id), VNet peerings (per GB
// crossing) and Global Reach (add-on only). Traffic attribution: see trafficAttribution.ts.
// Not priced: public IPs, gateway data processing, VNet-to-VNet VPN (not in the model), the
// connectivity provider's own charges.
import { DEFAULT_PRICE_BOOK, type PricingZoneNumber } from '../data/priceBook';
import type { ElementKind } from '../model/enums';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { rekeyed } from '../kept/rekeyed';
import { PartMemo } from '../topology/partMemo';
import { asOnePart, hasGlobalReach, partsOf, wholePart, type Part, type Parts } from '../topology/parts';
import { aroundInputs, documentAround, ESTIMATED_BY, peeringsAcross, stepsAround, type AroundPart } from '../topology/peeringsAround';
import { contextOf, labelsNone, ValidationContext } from '../validation/context';
import { CIRCUIT_LINE_NAME_READS, CIRCUIT_LINE_READS, circuitCost, erGatewayCost, VPN_GATEWAY_LINE_READS, vpnGatewayCost } from './costOfElement';
import { PEERING_LINE_READS, peeringCost } from './costOfLink';
import { EGRESS_LINE_READS, egressAttribution, egressOfZones, internetEgressCost, ZONE_READS, zoneOfGateway, type EgressZones, type ZoneOfGateway } from './internetEgress';
import { globalReachLines, globalReachSteps } from './globalReachLines';
import { keepPeeringLine, peeringLine } from './peeringLine';
import { applyPriceOverrides, priceOverridesOf } from './priceOverrides';
import { attributeTraffic, TRAFFIC_NAME_READS, TRAFFIC_READS, type TrafficAttribution } from './trafficAttribution';
import type { CostEstimate, CostLine, PriceBook } from './types';
import { noteDesign } from '../kept/designScoped';

const SITE_EGRESS = [
  'Internet egress over site-to-site VPN',
  egressAttribution(
    'the data Azure sends to the site (data in is free), over VPN because the site has no ExpressRoute path; shared evenly among the VNets it reaches',
  ),
] as const;
const P2S_EGRESS = ['Internet egress over point-to-site VPN', egressAttribution('the data Azure sends to the users, shared evenly among the linked VPN gateways')] as const;

/** What a part's estimate keeps between edits: everything but its internet egress, which is tiered by zone. */
interface PricedPart {
  ctx: ValidationContext;
  traffic: TrafficAttribution;
  /** Each priced element's and link's line, but the internet egress lines (and the peerings between parts: ./peeringLine.ts). */
  lines: Map<TopologyElement | TopologyLink, CostLine>;
  /**
   * The ids each line labels, now or when its explanation is read (undefined: not noted, as in a
   * part too small to be kept over its context): a rename of any other element keeps the line.
   */
  labelled: Map<CostLine, readonly string[]> | undefined;
  /** The data-transfer zone of each gateway the part's internet traffic leaves through. */
  gateways: Map<string, ZoneOfGateway>;
  /**
   * The part's internet egress lines, kept while its zones' totals (over the whole design) stay as
   * they were. The parts of a design priced at once (pricedParts) share one: a map of lines and one
   * of totals per part were 328 maps at 1,000 elements, all alike.
   */
  egress: { kept?: KeptEgress };
}

interface KeptEgress {
  totals: Map<PricingZoneNumber, number>;
  lines: Map<TopologyElement, CostLine>;
}

/**
 * The kinds of element whose fields the cost estimate does not read besides ids, kinds and parents:
 * a part's prices are kept through an edit of them, as through a move (an address plan worked out
 * subnet by subnet priced a design that is one part again at every edit). Held to what the estimate
 * reads by unreadKinds.test.ts.
 */
export const COST_UNREAD_KINDS: ReadonlySet<ElementKind> = new Set(['subnet', 'connectivityProvider', 'microsoftServices']);

const byPart = new PartMemo<PricedPart>(carryPriced, { kinds: COST_UNREAD_KINDS });

/**
 * A part's prices after its elements were only moved, resized or annotated: the same lines, looked
 * up by the elements and links as they are now.
 */
function carryPriced(priced: PricedPart, from: Part, to: Part): PricedPart {
  const { kept } = priced.egress;
  const egress = kept ? { kept: { totals: kept.totals, lines: rekeyed(kept.lines, from.elements, to.elements) } } : {};
  const lines = rekeyed(rekeyed(priced.lines, from.elements, to.elements), from.links, to.links);
  return { ...priced, lines, egress };
}

/**
 * Each part is priced with the peerings around it (../topology/peeringsAround.ts); the line of a
 * peering between hubs reads the traffic of the parts at its ends (./peeringLine.ts), and a
 * circuit's Global Reach add-on the parts joined by all links.
 */
export function estimateCost(doc: TopologyDocument, book: PriceBook = DEFAULT_PRICE_BOOK): CostEstimate {
  noteDesign(doc);
  if (byPart.newDesign(doc)) return costOfNew(doc, book);
  return costOfParts(doc, partsOf(doc, ESTIMATED_BY), partsOf(doc), book);
}

/**
 * A design just opened, priced at once as one part; its parts are found, and each keeps the whole's
 * prices, only at its first edit (PartMemo.keepLater): a run from scratch finds no parts.
 */
function costOfNew(doc: TopologyDocument, book: PriceBook): CostEstimate {
  const whole = asOnePart(doc);
  // The Global Reach lines are kept by the parts joined by all links, as after an edit.
  const joined = hasGlobalReach(doc) ? partsOf(doc) : whole;
  return costOfParts(doc, whole, joined, book, true, (prices) => {
    const priced = pricePart(doc, wholePart(doc), prices);
    byPart.keepLater(() => {
      const allParts = partsOf(doc, ESTIMATED_BY);
      const { around, ends } = peeringsAcross(doc, allParts);
      allParts.parts.forEach((part, p) => byPart.keep(part, aroundInputs(prices, around[p]!), priced));
      // The peerings between parts: their lines as a run over the parts would have kept them.
      ends.forEach((end, j) => keepPeeringLine(doc.links[j]!, end, priced, prices, priced.lines.get(doc.links[j]!)!));
    });
    return [priced];
  });
}

/**
 * The work of estimateCost(doc) in steps of one part each (see validationSteps): each step prices a
 * part with nothing kept, its Global Reach lines with it. estimateCost(doc) afterwards gathers the
 * parts' lines and prices the internet egress, which is tiered over the whole design.
 */
export function* costSteps(doc: TopologyDocument, book: PriceBook = DEFAULT_PRICE_BOOK): Generator<void, void, void> {
  noteDesign(doc);
  const prices = applyPriceOverrides(book, priceOverridesOf(doc));
  yield* stepsAround(doc, byPart, prices, (partDoc, part) => pricePart(partDoc, part, prices));
  yield* globalReachSteps(doc, prices);
}

/** The document estimated as one part, with nothing kept: the reference the parts are held to. */
export function estimateCostWhole(doc: TopologyDocument, book: PriceBook = DEFAULT_PRICE_BOOK): CostEstimate {
  const whole = asOnePart(doc);
  return costOfParts(doc, whole, whole, book, false);
}

/**
 * `parts` without Global Reach price everything but the Global Reach add-on, which `joinedParts` (by
 * all links) price: a circuit is charged it once, over all its Global Reach connections. `priceAll`,
 * when given, prices `parts` (one part, the whole document) instead of the memo.
 */
function costOfParts(doc: TopologyDocument, allParts: Parts, joinedParts: Parts, book: PriceBook, keep = true, priceAll?: (prices: PriceBook) => PricedPart[]): CostEstimate {
  const { parts, partOfElement, partOfLink } = allParts;
  const prices = applyPriceOverrides(book, priceOverridesOf(doc));
  const { around, ends } = peeringsAcross(doc, allParts);
  const priced =
    priceAll?.(prices) ?? (keep ? pricedParts(doc, parts, around, prices) : parts.map((part, p) => pricePart(documentAround(doc, part, around[p]!), part, prices, false)));
  const globalReach = globalReachLines(doc, joinedParts.parts, prices, keep);
  const egress = egressZones(doc, priced, partOfElement, prices);
  const lines: CostLine[] = [];

  const egressLines = priced.map((part) => egressLinesOf(part, egress));
  const { elements } = doc;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const part = priced[partOfElement[i]!]!;
    switch (element.kind) {
      case 'vpnGateway':
      case 'erGateway':
      case 'erCircuit': {
        const line = part.lines.get(element);
        if (line) lines.push(line);
        break;
      }
      case 'onPremSite':
      case 'p2sUserGroup': {
        const flows = part.traffic.internet.get(element.id);
        if (!flows) break;
        const kept = egressLines[partOfElement[i]!]!;
        let line = kept.get(element);
        if (!line) {
          const [label, attribution] = element.kind === 'onPremSite' ? SITE_EGRESS : P2S_EGRESS;
          kept.set(element, (line = internetEgressCost(element.id, label, attribution, flows, { gateways: part.gateways, zones: egress }, part.ctx, prices)));
        }
        lines.push(line);
        break;
      }
      default:
        break;
    }
  }
  const { links } = doc;
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    // A peering joins its ends' part, or else (between hubs) reads the traffic of both parts.
    if (link.kind === 'vnetPeering') lines.push(partOfLink[j]! >= 0 ? priced[partOfLink[j]!]!.lines.get(link)! : peeringLine(doc, link, ends.get(j)!, priced, prices, keep));
    else if (link.kind === 'globalReach') {
      const line = globalReach.get(link);
      if (line) lines.push(line);
    }
  }

  let totalUsd = 0;
  let incomplete = false;
  for (const line of lines) {
    if (line.monthlyUsd === null) incomplete = true;
    else totalUsd += line.monthlyUsd;
  }
  return { currency: prices.currency, effectiveDate: prices.effectiveDate, lines, totalUsd, incomplete };
}

function pricedParts(doc: TopologyDocument, parts: readonly Part[], around: readonly AroundPart[], prices: PriceBook): PricedPart[] {
  const inputs = (p: number) => aroundInputs(prices, around[p]!);
  if (parts.length > 1 && byPart.mostlyNew(parts, inputs)) {
    // Most of the design is new (just opened): priced at once, and each part keeps the whole. Its
    // lines, traffic and zones are looked up by element, so they serve every part, and its internet
    // egress is kept once for all (PricedPart.egress).
    const whole = pricePart(doc, wholePart(doc), prices);
    return parts.map((part, p) => {
      byPart.keep(part, inputs(p), whole);
      return whole;
    });
  }
  return parts.map((part, p) => byPart.get(part, inputs(p), () => pricePart(documentAround(doc, part, around[p]!), part, prices)));
}

/**
 * The lines of a part's elements and links, worked out on `partDoc`: the part with the peerings around
 * it. After an edit in place of a part of hundreds of elements (a design that is one part), what the
 * edit could not change is taken from the part as priced before it: the traffic when no site, group
 * or way in changed, each line when its element is the same object and nothing it reads changed
 * (the *_READS of each) but the names of elements it does not label (noted as it is made), and the
 * internet egress lines when the traffic, the zones and the gateways' names are as they were.
 * `keep` false: everything afresh (the reference, estimateCostWhole).
 */
function pricePart(partDoc: TopologyDocument, part: Part, prices: PriceBook, keep = true): PricedPart {
  const ctx = contextOf(partDoc);
  const kept = keep ? (ctx.resultsBefore(NO_KINDS)?.get(pricePart) as KeptPricing | undefined) : undefined;
  const before = kept?.prices === prices ? kept.priced : undefined;
  // The elements of the kinds a piece reads that the edit only renamed, when it changed nothing else
  // of them (undefined: work the piece out again). A rename changes a line only where it labels the
  // element: each line's labels are noted when it is made (`labelled`).
  const renamed = (reads: readonly ElementKind[], nameKinds: readonly ElementKind[]) => (before === undefined ? undefined : ctx.renamedAmong(reads, undefined, nameKinds));
  const traffic = before && renamed(TRAFFIC_READS, TRAFFIC_NAME_READS) ? before.traffic : attributeTraffic(ctx);
  const sameTraffic = traffic === before?.traffic;
  const gatewayRenames = renamed(VPN_GATEWAY_LINE_READS, NO_KINDS);
  const circuitRenames = sameTraffic ? renamed(CIRCUIT_LINE_READS, CIRCUIT_LINE_NAME_READS) : undefined;
  const peeringRenames = sameTraffic ? renamed(PEERING_LINE_READS, NO_KINDS) : undefined;
  const labelled = keep && ctx.notesForNextEdit ? new Map<CostLine, readonly string[]>() : undefined;
  // Found only for the same element or link object: one the edit changed is priced again.
  const line = (key: TopologyElement | TopologyLink, renames: readonly string[] | undefined, make: () => CostLine): CostLine => {
    const was = renames && before?.lines.get(key);
    const wasLabelled = was && before!.labelled?.get(was);
    if (was && (renames.length === 0 || (wasLabelled && labelsNone(wasLabelled, renames)))) {
      if (wasLabelled) labelled?.set(was, wasLabelled);
      return was;
    }
    if (!labelled) return make();
    const made = ctx.labelling(make);
    labelled.set(made.value, made.labelled);
    return made.value;
  };
  const lines = new Map<TopologyElement | TopologyLink, CostLine>();
  for (const element of part.elements) {
    switch (element.kind) {
      case 'vpnGateway':
        lines.set(element, line(element, gatewayRenames, () => vpnGatewayCost(element, ctx, prices)));
        break;
      case 'erGateway':
        lines.set(element, line(element, NO_IDS, () => erGatewayCost(element, prices)));
        break;
      case 'erCircuit':
        lines.set(element, line(element, circuitRenames, () => circuitCost(element, traffic.circuits.get(element.id), ctx, prices)));
        break;
      default:
        break;
    }
  }
  for (const link of part.links) {
    if (link.kind !== 'vnetPeering') continue;
    lines.set(link, line(link, peeringRenames, () => peeringCost(link, traffic.peerings.get(link.id) ?? [], ctx, prices)));
  }
  const gateways = before && sameTraffic && renamed(ZONE_READS, NO_KINDS) ? before.gateways : zonesOfGateways(traffic, ctx);
  // The internet egress lines read the traffic, the gateways' zones and (labels) the gateways: kept
  // while the zones' totals hold (egressLinesOf). Those of the part's elements as they are now only:
  // lines are added for the sites an edit changed, and the map would keep every site as it was.
  const egressKept = before?.egress.kept;
  let egress: PricedPart['egress'] = {};
  if (egressKept && gateways === before.gateways && renamed(EGRESS_LINE_READS, NO_KINDS)?.length === 0) {
    const lines = new Map<TopologyElement, CostLine>();
    for (const element of part.elements) {
      const line = egressKept.lines.get(element);
      if (line) lines.set(element, line);
    }
    egress = { kept: { totals: egressKept.totals, lines } };
  }
  const priced: PricedPart = { ctx, traffic, lines, labelled, gateways, egress };
  if (keep) ctx.results?.set(pricePart, { prices, priced });
  return priced;
}

/** A part as priced over a context, for the context after an edit in place (pricePart). */
interface KeptPricing {
  prices: PriceBook;
  priced: PricedPart;
}

const NO_KINDS: readonly ElementKind[] = [];
const NO_IDS: readonly string[] = [];

/** The data-transfer zone of each gateway the internet traffic leaves through. */
function zonesOfGateways(traffic: TrafficAttribution, ctx: ValidationContext): Map<string, ZoneOfGateway> {
  const gateways = new Map<string, ZoneOfGateway>();
  for (const flows of traffic.internet.values()) {
    for (const gatewayId of flows.ids()) if (!gateways.has(gatewayId)) gateways.set(gatewayId, zoneOfGateway(ctx, gatewayId));
  }
  return gateways;
}

/** The internet egress lines of a part made for these zone totals, or an empty map to keep new ones in. */
function egressLinesOf(part: PricedPart, zones: EgressZones['zones']): Map<TopologyElement, CostLine> {
  const { kept } = part.egress;
  if (kept) {
    let holds = true;
    for (const [zone, total] of kept.totals) if (zones.get(zone)?.totalGb !== total) holds = false;
    if (holds) return kept.lines;
  }
  const totals = new Map<PricingZoneNumber, number>();
  for (const { zone } of part.gateways.values()) totals.set(zone, zones.get(zone)?.totalGb ?? 0);
  const lines = new Map<TopologyElement, CostLine>();
  part.egress.kept = { totals, lines };
  return lines;
}

/**
 * Each zone's internet egress over the whole design: its volume summed in the order one pass over
 * the document adds it up (sites, then point-to-site groups, each in document order), so the
 * figures do not depend on how the design falls into parts.
 */
function egressZones(doc: TopologyDocument, priced: readonly PricedPart[], partOfElement: Int32Array, prices: PriceBook): EgressZones['zones'] {
  const totals = new Map<PricingZoneNumber, number>();
  const { elements } = doc;
  // One pass, the groups kept for after the sites; index loops, not a closure per element (at 10,000
  // elements this made about a megabyte of garbage a run).
  const groups: number[] = [];
  const add = (i: number) => {
    const part = priced[partOfElement[i]!]!;
    const flows = part.traffic.internet.get(elements[i]!.id);
    if (!flows) return;
    const ids = flows.ids();
    for (let k = 0; k < ids.length; k++) {
      const { zone } = part.gateways.get(ids[k]!)!;
      totals.set(zone, (totals.get(zone) ?? 0) + flows.gbAt(k));
    }
  };
  for (let i = 0; i < elements.length; i++) {
    const { kind } = elements[i]!;
    if (kind === 'onPremSite') add(i);
    else if (kind === 'p2sUserGroup') groups.push(i);
  }
  for (let g = 0; g < groups.length; g++) add(groups[g]!);
  return egressOfZones(totals, prices);
}
