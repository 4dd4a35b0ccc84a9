// "VPN Gateway or ExpressRoute?" for one site. Each option is priced and timed by running the
// same estimators on a small design of just that site, the option's path and the VNet it reaches:
// the option the design already has is copied from it, the other is built from stated defaults
// (and marked hypothetical). Break-even volumes come from the same cost functions.
import { elementSchema, linkSchema } from '../model/schema';
import type { ElementOfKind, TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { PEERING_LOCATIONS, peeringLocationByName } from '../data/peeringLocations';
import { geopoliticalRegionOfAzureRegion, geopoliticalRegionOfPeeringLocation } from '../data/geopoliticalRegions';
import { CIRCUIT_BANDWIDTHS_MBPS } from '../model/enums';
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import { pathsBySite, type SitePath } from '../topology/sitePaths';
import { estimateCostWhole } from './cost';
import { estimatePathsWhole } from './paths';
import { greatCircleKm, pointOf } from './geo';
import type { PathEstimate, PriceBook } from './types';

export type OptionKind = 'vpn' | 'expressRoute';

export interface OptionFigures {
  via: OptionKind;
  /** True when the design has no such path and the option was built from defaults. */
  hypothetical: boolean;
  /** What the option consists of, e.g. "VpnGw1AZ, internet tunnel" or "1 Gbps Standard Metered at Amsterdam (Equinix), ErGw1Az". */
  description: string;
  monthlyUsd: number;
  /** True when a price is unknown, so monthlyUsd is a lower bound. */
  costIncomplete: boolean;
  path: PathEstimate | null;
  notes: string[];
}

export interface Comparison {
  siteId: string;
  vnetId: string;
  trafficGbPerMonth: number;
  vpn: OptionFigures;
  expressRoute: OptionFigures;
  /** Monthly volume above which ExpressRoute (Metered) costs less than VPN plus internet egress. */
  expressRouteCheaperAboveGb: number | null;
  /** Monthly volume above which an Unlimited circuit costs less than a Metered one. */
  unlimitedCheaperAboveGb: number | null;
  breakEvenNotes: string[];
  /** Monthly cost of each option by volume, for the chart. */
  curve: Array<{ gb: number; vpnUsd: number; expressRouteUsd: number }>;
}

type El = TopologyElement;

function el(doc: TopologyDocument, id: string): El | undefined {
  return doc.elements.find((e) => e.id === id);
}

function nearestLocation(site: ElementOfKind<'onPremSite'>): string {
  const here = pointOf(site.props.latitude, site.props.longitude);
  const candidates = PEERING_LOCATIONS.filter((l) => l.zone !== null && l.providers.length > 0);
  if (!here) return 'Amsterdam';
  let best = candidates[0]!;
  for (const l of candidates) {
    if (greatCircleKm(here, l) < greatCircleKm(here, best)) best = l;
  }
  return best.name;
}

function bandwidthFor(peakMbps: number): number {
  return CIRCUIT_BANDWIDTHS_MBPS.find((b) => b >= peakMbps && b <= 10000) ?? 10000;
}

/** The VNet the comparison is about: the first one the site reaches, else the first in the design. */
function targetVnet(doc: TopologyDocument, paths: readonly SitePath[]): ElementOfKind<'vnet'> | undefined {
  const reached = paths[0] ? el(doc, paths[0].vnetId) : undefined;
  if (reached?.kind === 'vnet') return reached;
  return doc.elements.find((e): e is ElementOfKind<'vnet'> => e.kind === 'vnet');
}

interface MiniDesign {
  doc: TopologyDocument;
  siteId: string;
  circuitId?: string;
  description: string;
  hypothetical: boolean;
  notes: string[];
}

function base(doc: TopologyDocument, site: El, vnet: El, gateway: El | undefined, kind: 'vpnGateway' | 'erGateway', defaults: Record<string, unknown>) {
  const elements: El[] = [
    { ...site, position: { x: 0, y: 0 } } as El,
    elementSchema.parse({ id: vnet.id, kind: 'vnet', name: vnet.name, position: { x: 600, y: 0 }, props: vnet.props }),
    elementSchema.parse({ id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: vnet.id, position: { x: 20, y: 40 }, props: { prefix: '' } }),
    elementSchema.parse(
      gateway
        ? { ...gateway, parentId: 'gws', position: { x: 10, y: 20 } }
        : { id: 'gateway', kind, name: kind === 'vpnGateway' ? 'vpngw' : 'ergw', parentId: 'gws', position: { x: 10, y: 20 }, props: defaults },
    ),
  ];
  return { elements, gatewayId: gateway?.id ?? 'gateway', priceOverrides: doc.priceOverrides };
}

function vpnDesign(doc: TopologyDocument, site: ElementOfKind<'onPremSite'>, vnet: El, existing: SitePath | undefined): MiniDesign {
  const gateway = existing ? el(doc, existing.gatewayId) : undefined;
  const device = existing?.deviceId ? el(doc, existing.deviceId) : undefined;
  const { elements, gatewayId, priceOverrides } = base(doc, site, vnet, gateway, 'vpnGateway', { sku: 'VpnGw1AZ', generation: 'Gen1' });
  elements.push(
    elementSchema.parse(device ? { ...device, position: { x: 300, y: 0 } } : { id: 'device', kind: 'vpnDevice', name: 'VPN device', position: { x: 300, y: 0 }, props: { publicIp: '203.0.113.1' } }),
  );
  const deviceId = device?.id ?? 'device';
  const links: TopologyLink[] = [
    linkSchema.parse({ id: 'lastMile', kind: 'lastMile', source: site.id, target: deviceId }),
    linkSchema.parse({ id: 's2s', kind: 's2s', source: deviceId, target: gatewayId, props: { sharedKey: 'comparison' } }),
  ];
  const sku = (gateway?.kind === 'vpnGateway' ? gateway.props.sku : 'VpnGw1AZ') as string;
  return {
    doc: { title: 'VPN option', description: '', elements, links, priceOverrides },
    siteId: site.id,
    description: `${sku} site-to-site VPN over the internet`,
    hypothetical: !existing,
    notes: existing ? [] : ['Hypothetical: a VpnGw1AZ gateway in the same VNet (the smallest zone-redundant SKU).'],
  };
}

function expressRouteDesign(doc: TopologyDocument, site: ElementOfKind<'onPremSite'>, vnet: El, existing: SitePath | undefined): MiniDesign {
  const gateway = existing ? el(doc, existing.gatewayId) : undefined;
  const circuit = existing?.circuitId ? el(doc, existing.circuitId) : undefined;
  const { elements, gatewayId, priceOverrides } = base(doc, site, vnet, gateway, 'erGateway', { sku: 'ErGw1Az' });
  let circuitEl: El;
  const notes: string[] = [];
  if (circuit) {
    circuitEl = { ...circuit, position: { x: 300, y: 120 } } as El;
  } else {
    const location = nearestLocation(site);
    const provider = peeringLocationByName(location)?.providers[0] ?? '';
    const bandwidthMbps = bandwidthFor(site.props.traffic.peakMbps);
    // Standard reaches the regions of the location's geopolitical region; Premium is needed beyond.
    const region = vnet.kind === 'vnet' ? vnet.props.region : '';
    const sameGeo = geopoliticalRegionOfAzureRegion(region)?.name === geopoliticalRegionOfPeeringLocation(location)?.name;
    const tier = sameGeo ? 'Standard' : 'Premium';
    circuitEl = elementSchema.parse({
      id: 'circuit',
      kind: 'erCircuit',
      name: 'circuit',
      position: { x: 300, y: 120 },
      props: { bandwidthMbps, tier, dataPlan: 'Metered', peeringLocation: location, provider, providerState: 'Provisioned' },
    });
    notes.push(
      `Hypothetical: a ${bandwidthMbps >= 1000 ? `${bandwidthMbps / 1000} Gbps` : `${bandwidthMbps} Mbps`} ${tier} Metered circuit sized for the site's peak, at the nearest peering location (${location}${provider ? `, ${provider}` : ''}), and an ErGw1Az gateway.`,
    );
  }
  const provider = elementSchema.parse({ id: 'provider', kind: 'connectivityProvider', name: 'provider', position: { x: 300, y: 0 }, props: { provider: (circuitEl as ElementOfKind<'erCircuit'>).props.provider } });
  elements.push(circuitEl, provider);
  const links: TopologyLink[] = [
    linkSchema.parse({ id: 'lastMile', kind: 'lastMile', source: site.id, target: 'provider' }),
    linkSchema.parse({ id: 'crossConnect', kind: 'providerCrossConnect', source: 'provider', target: circuitEl.id }),
    linkSchema.parse({ id: 'erConnection', kind: 'erConnection', source: gatewayId, target: circuitEl.id }),
  ];
  const c = circuitEl as ElementOfKind<'erCircuit'>;
  const bw = c.props.bandwidthMbps >= 1000 ? `${c.props.bandwidthMbps / 1000} Gbps` : `${c.props.bandwidthMbps} Mbps`;
  const gw = gateway?.kind === 'erGateway' ? gateway.props.sku : 'ErGw1Az';
  return {
    doc: { title: 'ExpressRoute option', description: '', elements, links, priceOverrides },
    siteId: site.id,
    circuitId: c.id,
    description: `${bw} ${c.props.tier} ${c.props.dataPlan} at ${c.props.peeringLocation || 'an unknown location'}, ${gw}`,
    hypothetical: !existing,
    notes,
  };
}

function withTraffic(mini: MiniDesign, gb: number, circuitPatch?: Record<string, unknown>): TopologyDocument {
  return {
    ...mini.doc,
    elements: mini.doc.elements.map((e) => {
      if (e.id === mini.siteId && e.kind === 'onPremSite') return { ...e, props: { ...e.props, traffic: { ...e.props.traffic, gbPerMonth: gb } } };
      if (circuitPatch && e.id === mini.circuitId && e.kind === 'erCircuit') return { ...e, props: { ...e.props, ...circuitPatch } };
      return e;
    }),
  };
}

// The options are designs of a few elements made up for the comparison: estimated whole, with
// nothing kept, so that the design being edited stays the one the estimates keep results for
// (kept/designScoped.ts; a design noted in between would make its next analysis start afresh).
function monthly(doc: TopologyDocument, book: PriceBook): { usd: number; incomplete: boolean } {
  const cost = estimateCostWhole(doc, book);
  return { usd: cost.totalUsd, incomplete: cost.incomplete };
}

/** Smallest volume (GB/month, to 1 GB) at which `cheaper` costs no more than `other`, or null. */
function breakEven(cheaper: (gb: number) => number, other: (gb: number) => number, maxGb: number): number | null {
  if (cheaper(0) <= other(0)) return 0;
  if (cheaper(maxGb) > other(maxGb)) return null;
  let lo = 0;
  let hi = maxGb;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (cheaper(mid) <= other(mid)) hi = mid;
    else lo = mid;
  }
  // The crossing lies in (lo, hi]: return the first whole GB at which it holds.
  for (let gb = Math.floor(lo); gb <= Math.ceil(hi); gb++) if (cheaper(gb) <= other(gb)) return gb;
  return Math.ceil(hi);
}

const MAX_GB = 2_000_000;

export function compareForSite(doc: TopologyDocument, siteId: string, book: PriceBook = DEFAULT_PRICE_BOOK): Comparison | { error: string } {
  const site = el(doc, siteId);
  if (!site || site.kind !== 'onPremSite') return { error: 'Select an on-premises site to compare its options.' };
  const paths = pathsBySite(doc).get(siteId) ?? [];
  const vnet = targetVnet(doc, paths);
  if (!vnet) return { error: 'Add a VNet first: the comparison is about reaching one.' };
  const onVnet = paths.filter((p) => p.vnetId === vnet.id);
  const minis = {
    vpn: vpnDesign(doc, site, vnet, onVnet.find((p) => p.via === 'vpn')),
    expressRoute: expressRouteDesign(doc, site, vnet, onVnet.find((p) => p.via === 'expressRoute')),
  };
  const traffic = site.props.traffic.gbPerMonth;
  const option = (via: OptionKind): OptionFigures => {
    const mini = minis[via];
    const cost = monthly(withTraffic(mini, traffic), book);
    const estimate = estimatePathsWhole(mini.doc)[0]?.paths[0] ?? null;
    return { via, hypothetical: mini.hypothetical, description: mini.description, monthlyUsd: cost.usd, costIncomplete: cost.incomplete, path: estimate, notes: mini.notes };
  };
  const vpnAt = (gb: number) => monthly(withTraffic(minis.vpn, gb), book).usd;
  const erAt = (gb: number) => monthly(withTraffic(minis.expressRoute, gb, { dataPlan: 'Metered' }), book).usd;
  const unlimited = monthly(withTraffic(minis.expressRoute, 0, { dataPlan: 'Unlimited' }), book);
  const notes: string[] = [];
  const unlimitedCheaperAboveGb = unlimited.incomplete
    ? (notes.push('No trustworthy price for Unlimited circuits: override it in the cost tab to see where Unlimited pays off.'), null)
    : breakEven(() => unlimited.usd, erAt, MAX_GB);
  const expressRouteCheaperAboveGb = breakEven(erAt, vpnAt, MAX_GB);
  if (expressRouteCheaperAboveGb === null) notes.push(`ExpressRoute stays dearer than VPN up to ${MAX_GB.toLocaleString('en-US')} GB a month.`);
  const top = Math.max(1000, traffic * 2, (expressRouteCheaperAboveGb ?? 0) * 2);
  const curve = Array.from({ length: 41 }, (_, i) => {
    const gb = Math.round((top * i) / 40);
    return { gb, vpnUsd: vpnAt(gb), expressRouteUsd: erAt(gb) };
  });
  return {
    siteId,
    vnetId: vnet.id,
    trafficGbPerMonth: traffic,
    vpn: option('vpn'),
    expressRoute: option('expressRoute'),
    expressRouteCheaperAboveGb,
    unlimitedCheaperAboveGb,
    breakEvenNotes: notes,
    curve,
  };
}
