// The estimator's entry point: for every on-premises site and each VNet it reaches, the round trip,
// jitter class, bandwidth bottleneck and availability of every path (shared/topology/sitePaths.ts),
// and the availability of the paths together. The model and every parameter are described in
// docs/estimates.md; the parameters and their sources are in ./parameters.ts.
//
// A path is worked out in two parts: its way into Azure (site → gateway → the gateway's VNet), shared
// by the direct path and its extensions to peered spokes, and, for a spoke, the peering hop. Within
// one estimatePaths() call each way in and each peering hop is computed once. The result is memoised
// per document (with the default parameters): treat it as read-only.
import { APPROXIMATE_REGION_NAMES, regionByName } from '../data/azureRegions';
import { peeringLocationByName } from '../data/peeringLocations';
import type { ElementOfKind, TopologyDocument } from '../model/types';
import { reachesEachVnetOnce, throughPeering, waysBySite, type SitePath } from '../topology/sitePaths';
import { contextOf, type ValidationContext } from '../validation/context';
import { ACTIVE_ACTIVE_NOTE, combineParallel, componentOf, describeParallel, downtimeMinutesPerMonth, erGatewaySla, series, vpnGatewaySla, type AvailabilityInput, type Component } from './availability';
import { bottleneck, circuitCapacity, erGatewayCapacity, fastPathNote, lastMileCapacity, vpnGatewayCapacities, type Bottleneck, type Capacity } from './bandwidth';
import { pointOf } from './geo';
import { backboneLeg, internetLeg, peeringLeg, providerLeg, sumRtt, tunnelLeg, type Place } from './latency';
import { PARAMETERS, type EstimateParameters } from './parameters';
import type { LegEstimate, PathEstimate, SiteVnetEstimate } from './types';

/** The part of a path up to and including the gateway's own VNet. */
interface WayIn {
  /** Numbers the ways in of one estimatePaths() call. */
  serial: number;
  legs: LegEstimate[];
  warnings: string[];
  capacities: Capacity[];
  neck: Bottleneck;
  components: Component[];
  inputs: AvailabilityInput[];
  availability: number;
  /** The capacities on the way on to a peered spoke, and their bottleneck: `capacities` and `neck` unless FastPath is on. */
  spokeCapacities: Capacity[];
  spokeNeck: Bottleneck;
  /** sumRtt of the legs. */
  rttMs: number | null;
  /** The components that can fail, once each, in series (see seriesOfFailing). */
  inSeries: number;
  /** The gateway's VNet as a place, for a peering hop on to a spoke. */
  hub: RegionPlace | undefined;
}

/** The hop from the hub to a peered spoke. */
interface PeeringHop {
  /** Numbers the peering hops of one estimatePaths() call. */
  serial: number;
  leg: LegEstimate;
  warnings: string[];
  component: Component;
  input: AvailabilityInput;
}

type RegionPlace = Place & { region: string };

interface Caches {
  /** By the way in (a direct path from waysIn) they estimate. */
  ways: Map<SitePath, WayIn>;
  /** By peering link id, then by the VNet reached over it. */
  hops: Map<string, Map<string, PeeringHop>>;
  hopCount: number;
}

/** A way in with its estimate as a path of its own (to the gateway's VNet). */
interface EstimatedWay {
  way: WayIn;
  estimate: PathEstimate;
}

/** One path to a VNet: a way in, and for a spoke the peering hop after it. */
interface Route {
  est: EstimatedWay;
  hop: PeeringHop | undefined;
  peeringId: string;
  vnetId: string;
}

interface Combined {
  availability: number;
  downtime: number;
  formula: string;
}

const results = new WeakMap<TopologyDocument, SiteVnetEstimate[]>();

const newCaches = (): Caches => ({ ways: new Map(), hops: new Map(), hopCount: 0 });

/** The estimate of one path of the document (as listed by sitePaths). */
export function estimatePath(doc: TopologyDocument, path: SitePath, params: EstimateParameters = PARAMETERS): PathEstimate {
  const ctx = contextOf(doc);
  const caches = newCaches();
  const way = wayIn(ctx, 0, path, params);
  if (path.throughPeering === undefined) return directEstimate(path, way, params);
  // The way in of a path through a peering is the same path up to the gateway's VNet.
  const hop = peeringHop(ctx, caches.hopCount++, path.throughPeering, way.hub, path.vnetId, params);
  return estimateThroughPeering({ way, estimate: directEstimate(path, way, params) }, hop, path.throughPeering, path.vnetId, params, path);
}

/**
 * For every site (document order) and each VNet it reaches (in the order its paths reach them): the
 * estimate of each path and the availability of the paths in parallel. Sites with no path are absent.
 * Memoised per document with the default parameters; the result and the arrays in it may be shared
 * between paths (a hub path and its spokes share their legs up to the hub): treat them as read-only.
 *
 * Each way in is estimated once per site and each peering hop once per call; a path on to a spoke
 * is the two put together (see ThroughPeeringEstimate).
 */
export function estimatePaths(doc: TopologyDocument, params: EstimateParameters = PARAMETERS): SiteVnetEstimate[] {
  const memoise = params === PARAMETERS;
  const cached = memoise ? results.get(doc) : undefined;
  if (cached) return cached;
  const ctx = contextOf(doc);
  const caches = newCaches();
  const shared = newShared();
  // Several paths to one VNet are combined once per set of ways, found by a signature of their
  // serial numbers (a hop that never fails is left out); a lone path needs no combining (loneCombined).
  const several = new Map<string, Combined>();
  const formulas = new Map<number, string>();
  const out: SiteVnetEstimate[] = [];

  const hopTo = (way: WayIn, peeringId: string, vnetId: string): PeeringHop => {
    let hops = caches.hops.get(peeringId);
    if (!hops) caches.hops.set(peeringId, (hops = new Map()));
    let hop = hops.get(vnetId);
    if (!hop) hops.set(vnetId, (hop = peeringHop(ctx, caches.hopCount++, peeringId, way.hub, vnetId, params)));
    return hop;
  };
  const emitOne = (siteId: string, vnetId: string, est: EstimatedWay, hop: PeeringHop | undefined, peeringId: string) => {
    const combined = loneCombined(est.way, hop, params, formulas);
    out.push({
      siteId,
      vnetId,
      paths: [hop ? estimateThroughPeering(est, hop, peeringId, vnetId, params) : est.estimate],
      combinedAvailability: combined.availability,
      combinedDowntimeMinutesPerMonth: combined.downtime,
      combinedFormula: combined.formula,
    });
  };
  const emitMany = (siteId: string, vnetId: string, routes: readonly Route[]) => {
    if (routes.length === 1) {
      const { est, hop, peeringId } = routes[0]!;
      emitOne(siteId, vnetId, est, hop, peeringId);
      return;
    }
    let signature = '';
    for (const { est, hop } of routes) signature += hop && hop.component.value < 1 ? `${est.way.serial}+${hop.serial},` : `${est.way.serial},`;
    let combined = several.get(signature);
    if (!combined) several.set(signature, (combined = combine(routes, params)));
    const paths: PathEstimate[] = [];
    for (const route of routes) paths.push(route.hop ? estimateThroughPeering(route.est, route.hop, route.peeringId, route.vnetId, params) : route.est.estimate);
    out.push({
      siteId,
      vnetId,
      paths,
      combinedAvailability: combined.availability,
      combinedDowntimeMinutesPerMonth: combined.downtime,
      combinedFormula: combined.formula,
    });
  };

  for (const [siteId, ways] of waysBySite(doc)) {
    const estimated = ways.map((path): EstimatedWay => {
      let way = caches.ways.get(path);
      if (!way) caches.ways.set(path, (way = wayIn(ctx, caches.ways.size, path, params, shared)));
      return { way, estimate: directEstimate(path, way, params) };
    });
    if (estimated.length === 1 && reachesEachVnetOnce(ctx, ways[0]!)) {
      // The usual case, one way in to a hub and its spokes: each VNet has one path, in path order.
      const est = estimated[0]!;
      const hub = ways[0]!.vnetId;
      emitOne(siteId, hub, est, undefined, '');
      for (const { peeringId, vnetId } of ctx.peeredVnets(hub)) emitOne(siteId, vnetId, est, hopTo(est.way, peeringId, vnetId), peeringId);
      continue;
    }
    // The paths grouped by the VNet they reach, VNets in the order the paths first reach them
    // (each way in, then its extensions over the peerings of its VNet, as sitePaths lists them).
    const byVnet = new Map<string, Route[]>();
    const add = (route: Route) => {
      const list = byVnet.get(route.vnetId);
      if (list) list.push(route);
      else byVnet.set(route.vnetId, [route]);
    };
    estimated.forEach((est, i) => {
      const hub = ways[i]!.vnetId;
      add({ est, hop: undefined, peeringId: '', vnetId: hub });
      for (const { peeringId, vnetId } of ctx.peeredVnets(hub)) add({ est, hop: hopTo(est.way, peeringId, vnetId), peeringId, vnetId });
    });
    for (const [vnetId, routes] of byVnet) emitMany(siteId, vnetId, routes);
  }
  if (memoise) results.set(doc, out);
  return out;
}

function combine(routes: readonly Route[], params: EstimateParameters): Combined {
  const result = combineParallel(routes.map(({ est, hop }) => (hop ? est.way.components.concat(hop.component) : est.way.components)));
  return { availability: result.availability, downtime: downtimeMinutesPerMonth(result.availability, params), formula: describeParallel(result, routes.length) };
}

/**
 * The combination of a lone path, as combineParallel and describeParallel give it for one path
 * (1 − (1 − its components that can fail, in series)), without their maps: most site and VNet pairs
 * have one path. Formulas are shared by value within a call (many pairs have the same figure).
 */
function loneCombined(way: WayIn, hop: PeeringHop | undefined, params: EstimateParameters, formulas: Map<number, string>): Combined {
  const inSeries = hop && hop.component.value < 1 ? way.inSeries * hop.component.value : way.inSeries;
  const availability = 1 - (1 - inSeries);
  let formula = formulas.get(availability);
  if (formula === undefined) formulas.set(availability, (formula = describeParallel({ availability, exact: true, shared: [], common: [], privateParts: [] }, 1)));
  return { availability, downtime: downtimeMinutesPerMonth(availability, params), formula };
}

function directEstimate(path: SitePath, way: WayIn, params: EstimateParameters): PathEstimate {
  return {
    path,
    legs: way.legs,
    rttMs: way.rttMs,
    warnings: way.warnings,
    overInternet: path.overInternet,
    encrypted: path.encrypted,
    jitter: path.overInternet ? params.internetJitter.value : params.privateJitter.value,
    bottleneckMbps: way.neck.mbps,
    bottleneckAt: way.neck.at,
    bandwidthInputs: way.capacities,
    availability: way.availability,
    downtimeMinutesPerMonth: downtimeMinutesPerMonth(way.availability, params),
    availabilityInputs: way.inputs,
  };
}

function estimateThroughPeering(est: EstimatedWay, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath): PathEstimate {
  return new ThroughPeeringEstimate(est, hop, peeringId, vnetId, params, path);
}

/**
 * A path on to a peered spoke: its way in and the peering hop. The figures are worked out at once
 * (the round trip and availability extend the way in's by the hop's); the lists a view reads to
 * explain them (legs, warnings, availability inputs, the path itself) are the way in's plus the hop's,
 * put together when first read. A hub with eight spokes gives each site nine paths, and most views
 * read only the figures. Serialises (toJSON) as the plain estimate would, key for key.
 */
class ThroughPeeringEstimate implements PathEstimate {
  readonly rttMs: number | null;
  readonly overInternet: boolean;
  readonly encrypted: boolean;
  readonly jitter: PathEstimate['jitter'];
  readonly bottleneckMbps: number | null;
  readonly bottleneckAt: string;
  readonly bandwidthInputs: PathEstimate['bandwidthInputs'];
  readonly availability: number;
  readonly downtimeMinutesPerMonth: number;
  readonly #est: EstimatedWay;
  readonly #hop: PeeringHop;
  readonly #peeringId: string;
  readonly #vnetId: string;
  #path: SitePath | undefined;
  #legs: LegEstimate[] | undefined;
  #warnings: string[] | undefined;
  #inputs: PathEstimate['availabilityInputs'] | undefined;

  constructor(est: EstimatedWay, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath) {
    const direct = est.estimate;
    this.#est = est;
    this.#hop = hop;
    this.#peeringId = peeringId;
    this.#vnetId = vnetId;
    this.#path = path;
    // sumRtt over the way's legs and then the hop's: the same sum, in the same order.
    this.rttMs = direct.rttMs === null || hop.leg.rttMs === null ? null : direct.rttMs + hop.leg.rttMs;
    this.overInternet = direct.overInternet;
    this.encrypted = direct.encrypted;
    this.jitter = direct.jitter;
    this.bottleneckMbps = est.way.spokeNeck.mbps;
    this.bottleneckAt = est.way.spokeNeck.at;
    this.bandwidthInputs = est.way.spokeCapacities;
    this.availability = est.way.availability * hop.component.value;
    this.downtimeMinutesPerMonth = downtimeMinutesPerMonth(this.availability, params);
  }

  get path(): SitePath {
    return (this.#path ??= throughPeering(this.#est.estimate.path, this.#peeringId, this.#vnetId));
  }

  get legs(): LegEstimate[] {
    return (this.#legs ??= this.#est.way.legs.concat(this.#hop.leg));
  }

  get warnings(): string[] {
    return (this.#warnings ??= this.#hop.warnings.length > 0 ? this.#est.way.warnings.concat(this.#hop.warnings) : this.#est.way.warnings);
  }

  get availabilityInputs(): PathEstimate['availabilityInputs'] {
    return (this.#inputs ??= this.#est.way.inputs.concat(this.#hop.input));
  }

  toJSON(): PathEstimate {
    return {
      path: this.path,
      legs: this.legs,
      rttMs: this.rttMs,
      warnings: this.warnings,
      overInternet: this.overInternet,
      encrypted: this.encrypted,
      jitter: this.jitter,
      bottleneckMbps: this.bottleneckMbps,
      bottleneckAt: this.bottleneckAt,
      bandwidthInputs: this.bandwidthInputs,
      availability: this.availability,
      downtimeMinutesPerMonth: this.downtimeMinutesPerMonth,
      availabilityInputs: this.availabilityInputs,
    };
  }
}

// Written out rather than a rest spread: one per component of every way in.
const inputOf = ({ name, value, provenance, source, note }: Component): AvailabilityInput =>
  note === undefined ? { name, value, provenance, source } : { name, value, provenance, source, note };

function sitePlace(ctx: ValidationContext, siteId: string, warnings: string[]): Place {
  const site = ctx.byId.get(siteId);
  const label = `site ${ctx.label(siteId)}`;
  if (site?.kind !== 'onPremSite') {
    warnings.push(`The path starts at ${siteId}, which is not an on-premises site: its distances are unknown.`);
    return { label, point: undefined };
  }
  const point = pointOf(site.props.latitude, site.props.longitude);
  if (!point) {
    const city = site.props.city.trim();
    warnings.push(
      `Site ${ctx.label(siteId)} has no latitude/longitude${city ? ` (its city "${city}" is not looked up)` : ''}: ` +
        'its distance to Azure, and so the round trip, is unknown. Set its coordinates.',
    );
  }
  return { label, point };
}

function regionPlace(ctx: ValidationContext, vnetId: string | undefined, warnings: string[]): RegionPlace | undefined {
  const vnet = vnetId ? ctx.byId.get(vnetId) : undefined;
  if (!vnetId || vnet?.kind !== 'vnet') {
    warnings.push('The gateway is not inside a VNet: the Azure region, and so the round trip, is unknown.');
    return undefined;
  }
  const written = vnet.props.region.trim();
  const region = written ? regionByName(written) : undefined;
  if (!region) {
    warnings.push(
      written
        ? `VNet ${ctx.label(vnetId)} is in region "${written}", which is not in the region table: its distance, and so the round trip, is unknown.`
        : `VNet ${ctx.label(vnetId)} has no region: its distance, and so the round trip, is unknown.`,
    );
    return { label: `region "${written}"`, point: undefined, region: written.toLowerCase().replace(/\s+/g, '') };
  }
  if (APPROXIMATE_REGION_NAMES.includes(region.name)) {
    warnings.push(`Region ${region.name}: its coordinates are an approximate city centre, not Azure's own metadata.`);
  }
  return { label: region.displayName, point: { latitude: region.latitude, longitude: region.longitude }, region: region.name };
}

function peeringLocationPlace(ctx: ValidationContext, path: SitePath, warnings: string[]): Place {
  const circuitLabel = path.circuitId ? ctx.label(path.circuitId) : 'of this path';
  const name = path.peeringLocation?.trim() ?? '';
  if (!name) {
    warnings.push(`Circuit ${circuitLabel} has no peering location: its provider and backbone legs, and so the round trip, are unknown.`);
    return { label: 'peering location (unknown)', point: undefined };
  }
  const location = peeringLocationByName(name);
  if (!location) {
    warnings.push(
      `Circuit ${circuitLabel} is at peering location "${name}", which is not in the peering-location table: ` +
        'its provider and backbone legs, and so the round trip, are unknown.',
    );
    return { label: `peering location "${name}"`, point: undefined };
  }
  return { label: `${location.name} peering location`, point: { latitude: location.latitude, longitude: location.longitude } };
}

/**
 * What the ways in of one estimatePaths() call share: many sites enter through the same gateway,
 * circuit and hub VNet, whose parts of the estimate (places, capacities, components, and the
 * warnings about them) are worked out once. The objects are shared between paths: read-only.
 */
interface Shared {
  hubs: Map<string, { hub: RegionPlace | undefined; warnings: string[] }>;
  vpnGateways: Map<string, { capacities: Capacity[]; warnings: string[]; component: Component; input: AvailabilityInput }>;
  erGateways: Map<string, { capacity: Capacity | undefined; component: Component; input: AvailabilityInput }>;
  /** By circuit id, then gateway id (a circuit's peering location is the same on every way through it). */
  circuits: Map<string, Map<string, CircuitParts>>;
  tunnel: LegEstimate | undefined;
}

interface CircuitParts {
  location: Place;
  warnings: string[];
  capacity: Capacity | undefined;
  component: Component | undefined;
  input: AvailabilityInput | undefined;
}

const newShared = (): Shared => ({ hubs: new Map(), vpnGateways: new Map(), erGateways: new Map(), circuits: new Map(), tunnel: undefined });

function wayIn(ctx: ValidationContext, serial: number, path: SitePath, params: EstimateParameters, shared: Shared = newShared()): WayIn {
  const warnings: string[] = [];
  const legs: LegEstimate[] = [];
  const capacities: Capacity[] = [];
  const components: Component[] = [];
  const inputs: AvailabilityInput[] = [];
  const values: number[] = [];
  const addComponent = (component: Component, input: AvailabilityInput = inputOf(component)) => {
    components.push(component);
    inputs.push(input);
    values.push(component.value);
  };
  const site = sitePlace(ctx, path.siteId, warnings);
  const hubId = ctx.vnetOf(path.gatewayId)?.id;
  let hubOf = hubId !== undefined ? shared.hubs.get(hubId) : undefined;
  if (!hubOf) {
    const hubWarnings: string[] = [];
    hubOf = { hub: regionPlace(ctx, hubId, hubWarnings), warnings: hubWarnings };
    if (hubId !== undefined) shared.hubs.set(hubId, hubOf);
  }
  for (const w of hubOf.warnings) warnings.push(w);
  const hub = hubOf.hub;
  const hubPlace: Place = hub ?? { label: 'Azure region (unknown)', point: undefined };

  // The site's last mile is the link right after the site.
  const lastMileId = path.elementIds[1] ?? '';
  const lastMile = ctx.linkById.get(lastMileId);
  const lastMileLabel = ctx.label(lastMileId);
  if (lastMile?.kind === 'lastMile') {
    const capacity = lastMileCapacity(lastMile, lastMileLabel);
    if (capacity) capacities.push(capacity);
  }
  let spokeCapacities = capacities;

  const gateway = ctx.byId.get(path.gatewayId);
  if (path.via === 'vpn') {
    legs.push(internetLeg(site, hubPlace, params), (shared.tunnel ??= tunnelLeg(params)));
    const deviceId = path.deviceId ?? '';
    addComponent(componentOf(`device:${deviceId}`, `On-premises VPN device ${ctx.label(deviceId)}`, params.onPremDeviceAvailability));
    addComponent(componentOf(`lastMile:${lastMileId}`, `Internet path (last mile ${lastMileLabel})`, params.internetPathAvailability));
    if (gateway?.kind === 'vpnGateway') {
      let parts = shared.vpnGateways.get(gateway.id);
      if (!parts) {
        const gatewayWarnings: string[] = [];
        const gatewayCapacities = vpnGatewayCapacities(gateway, gatewayWarnings, ctx.label(gateway.id));
        const component = vpnGatewayComponent(ctx, gateway, params);
        shared.vpnGateways.set(gateway.id, (parts = { capacities: gatewayCapacities, warnings: gatewayWarnings, component, input: inputOf(component) }));
      }
      for (const w of parts.warnings) warnings.push(w);
      for (const c of parts.capacities) capacities.push(c);
      addComponent(parts.component, parts.input);
    }
  } else {
    const erGateway = gateway?.kind === 'erGateway' ? gateway : undefined;
    const throughPeering = path.throughPeering !== undefined;
    // A circuit's parts depend on the gateway too (FastPath), and on whether the path goes on over a
    // peering: shared only between direct paths through the same circuit and gateway.
    let byGateway = throughPeering ? undefined : shared.circuits.get(path.circuitId ?? '');
    let circuitParts = byGateway?.get(path.gatewayId);
    if (!circuitParts) {
      const circuitWarnings: string[] = [];
      const location = peeringLocationPlace(ctx, path, circuitWarnings);
      const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
      if (circuit?.kind === 'erCircuit') {
        const component = componentOf(`circuit:${circuit.id}`, `ExpressRoute circuit ${ctx.label(circuit.id)}`, params.erCircuitSla);
        const note = erGateway ? fastPathNote(erGateway, throughPeering) : undefined;
        circuitParts = { location, warnings: circuitWarnings, capacity: circuitCapacity(circuit, ctx.label(circuit.id), note), component, input: inputOf(component) };
      } else circuitParts = { location, warnings: circuitWarnings, capacity: undefined, component: undefined, input: undefined };
      if (!throughPeering) {
        if (!byGateway) shared.circuits.set(path.circuitId ?? '', (byGateway = new Map()));
        byGateway.set(path.gatewayId, circuitParts);
      }
    }
    for (const w of circuitParts.warnings) warnings.push(w);
    const location = circuitParts.location;
    legs.push(providerLeg(site, location, params), backboneLeg(location, hubPlace, params));
    addComponent(componentOf(`lastMile:${lastMileId}`, `Provider last mile ${lastMileLabel} to the peering location`, params.providerLastMileAvailability));
    if (circuitParts.capacity) capacities.push(circuitParts.capacity);
    if (circuitParts.component) addComponent(circuitParts.component, circuitParts.input);
    if (erGateway) {
      let parts = throughPeering ? undefined : shared.erGateways.get(erGateway.id);
      if (!parts) {
        const component = componentOf(`gateway:${erGateway.id}`, `ExpressRoute gateway ${ctx.label(erGateway.id)} (${erGateway.props.sku})`, erGatewaySla(erGateway.props.sku, params));
        parts = { capacity: erGatewayCapacity(erGateway, throughPeering), component, input: inputOf(component) };
        if (!throughPeering) shared.erGateways.set(erGateway.id, parts);
      }
      if (parts.capacity) capacities.push(parts.capacity);
      addComponent(parts.component, parts.input);
      // FastPath takes the gateway out of the data path to its own VNet only: on to a peered spoke
      // the gateway is in the path again (docs/estimates.md), and the circuit carries no FastPath note.
      const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
      if (!throughPeering && fastPathNote(erGateway, false) !== undefined) {
        spokeCapacities = capacities.slice(0, capacities.length - (circuitParts.capacity ? 1 : 0) - (parts.capacity ? 1 : 0));
        if (circuit?.kind === 'erCircuit') spokeCapacities.push(circuitCapacity(circuit, ctx.label(circuit.id)));
        const throughGateway = erGatewayCapacity(erGateway, true);
        if (throughGateway) spokeCapacities.push(throughGateway);
      }
    }
  }
  const neck = bottleneck(capacities);
  const spokeNeck = spokeCapacities === capacities ? neck : bottleneck(spokeCapacities);
  return { serial, legs, warnings, capacities, neck, spokeCapacities, spokeNeck, components, inputs, availability: series(values), rttMs: sumRtt(legs), inSeries: seriesOfFailing(components), hub };
}

/**
 * combineParallel's product for a single path: its components that can fail, once each, in series.
 * Kept per way in, so that a lone path's availability needs no combineParallel call (see loneCombined).
 */
function seriesOfFailing(components: readonly Component[]): number {
  let product = 1;
  for (let i = 0; i < components.length; i++) {
    const c = components[i]!;
    if (!(c.value < 1)) continue;
    let repeated = false;
    for (let j = 0; j < i; j++) if (components[j]!.key === c.key) repeated = true;
    if (!repeated) product *= c.value;
  }
  return product;
}

function vpnGatewayComponent(ctx: ValidationContext, gateway: ElementOfKind<'vpnGateway'>, params: EstimateParameters): Component {
  const { sku, activeActive } = gateway.props;
  return componentOf(`gateway:${gateway.id}`, `VPN gateway ${ctx.label(gateway.id)} (${sku})`, vpnGatewaySla(sku, params), activeActive ? ACTIVE_ACTIVE_NOTE : undefined);
}

function peeringHop(ctx: ValidationContext, serial: number, peeringId: string, hub: RegionPlace | undefined, spokeId: string, params: EstimateParameters): PeeringHop {
  const warnings: string[] = [];
  const spoke = regionPlace(ctx, spokeId, warnings);
  const from: RegionPlace = hub ?? { label: 'hub region (unknown)', point: undefined, region: '' };
  const to: RegionPlace = spoke ?? { label: 'spoke region (unknown)', point: undefined, region: '' };
  const component = componentOf(`peering:${peeringId}`, `VNet peering ${ctx.label(peeringId)}`, params.vnetPeeringAvailability);
  return { serial, leg: peeringLeg(from, to, params), warnings, component, input: inputOf(component) };
}
