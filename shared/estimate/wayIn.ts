// One way into Azure (a site's path to the VNet of the gateway it enters through), estimated on its
// own: its figures (round trip, availability, bottleneck) when made, and the places, legs,
// capacities, availability components and warnings that explain them when first read.
// estimatePaths (./paths.ts) puts ways in and peering hops (./peeringHop.ts) together into the
// paths of every site.
import type { ElementOfKind, TopologyLink } from '../model/types';
import type { SitePath } from '../topology/sitePaths';
import type { ValidationContext } from '../validation/context';
import { ACTIVE_ACTIVE_NOTE, componentOf, erGatewaySla, inputOf, vpnGatewaySla, type AvailabilityInput, type Component } from './availability';
import { bottleneck, circuitCapacity, erGatewayCapacity, fastPathNote, lastMileCapacity, vpnGatewayCapacities, type Bottleneck, type Capacity } from './bandwidth';
import { pointOf } from './geo';
import { backboneLeg, distanceRttMs, internetLeg, providerLeg, tunnelLeg, type Place } from './latency';
import type { EstimateParameters } from './parameters';
import { peeringLocationPlace, regionPlace, sitePlace, type RegionPlace } from './places';
import { WayView, type WayReads } from './wayView';
import type { LegEstimate } from './types';
import { emptyList, toSize } from '../kept/lists';

/**
 * What the ways in of one estimatePaths() call share: many sites enter through the same gateway,
 * circuit and hub VNet, whose parts of the estimate (places, capacities, components, and the
 * warnings about them) are worked out once. The objects are shared between paths: read-only.
 */
export interface Shared {
  hubs: Map<string, HubParts>;
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

export const newShared = (): Shared => ({ hubs: new Map(), vpnGateways: new Map(), erGateways: new Map(), circuits: new Map(), tunnel: undefined });

/** What a way in's figures are explained by: read by the Paths tab's tooltips and the JSON export, not on every edit. */
export interface Explained {
  legs: LegEstimate[];
  warnings: string[];
  capacities: Capacity[];
  neck: Bottleneck;
  components: Component[];
  inputs: AvailabilityInput[];
  spokeCapacities: Capacity[];
  spokeNeck: Bottleneck;
}

/**
 * The part of a path up to and including the gateway's own VNet. Its figures (round trip,
 * availability, bottleneck) are worked out when it is made; what explains them (legs with their
 * formulas, components, capacities, warnings: some thirty objects and texts) when first read. A
 * design's ways in are kept with its estimates, and the Paths tab shows the figures, so most are
 * never explained (docs/performance.md, "Node, twelfth round"). explain() lists what the figures are
 * worked out from, in the same order: wayIn.test.ts holds the two to the same numbers.
 */
export class WayIn {
  /** Numbers the ways in of one estimatePaths() call. */
  readonly serial: number;
  readonly path: SitePath;
  /** The gateway's VNet as a place, for a peering hop on to a spoke. */
  readonly hub: RegionPlace | undefined;
  /** The sum of the legs' round trips (sumRtt), null when one is unknown. */
  readonly rttMs: number | null;
  /** The components in series. */
  readonly availability: number;
  /** combineParallel's product for this way alone: its components that can fail, in series (each key is once per way). */
  readonly inSeries: number;
  /** The smallest capacity, `neck.mbps`; and on the way on to a peered spoke, `spokeNeck.mbps`. */
  readonly neckMbps: number | null;
  readonly spokeNeckMbps: number | null;
  // Kept to explain the figures when asked: what the way reads of its part, or the part's context.
  readonly #reads: WayReads;
  readonly #params: EstimateParameters;
  readonly #shared: Shared;
  #explained: Explained | undefined;

  /** The parameters the way was estimated with: the path views over it read theirs from it rather than keep a copy (./pathViews.ts, ./combinedPaths.ts). */
  get params(): EstimateParameters {
    return this.#params;
  }

  /**
   * `keptThroughEdits`: whether the way's estimates may be kept through later edits (paths.ts keeps
   * a site's estimates over a context built across an edit): it then keeps what it reads (WayView)
   * rather than the context. Estimates made over a context built afresh are not kept site by site,
   * and keeping the context costs a run from scratch nothing.
   */
  constructor(ctx: ValidationContext, serial: number, path: SitePath, params: EstimateParameters, shared: Shared = newShared(), keptThroughEdits = false) {
    this.serial = serial;
    this.path = path;
    this.#params = params;
    this.#shared = shared;
    const site = ctx.byId.get(path.siteId);
    const sitePoint = site?.kind === 'onPremSite' ? pointOf(site.props.latitude, site.props.longitude) : undefined;
    const hubParts = hubOf(ctx, path.gatewayId, shared);
    const { hub } = hubParts;
    this.hub = hub;
    const lastMile = ctx.linkAt(path.elementIds[0] ?? '', path.elementIds[1] ?? '');
    const lastMileMbps = lastMileMbpsOf(lastMile);
    const gateway = ctx.byId.get(path.gatewayId);
    this.#reads = keptThroughEdits ? new WayView(ctx, path, site, gateway, hubParts.vnet, lastMile) : ctx;
    let neck = lastMileMbps;
    let spokeNeck: number | null | undefined;
    if (path.via === 'vpn') {
      const internet = distanceRttMs(sitePoint, hub?.point, params.internetInflation, params);
      this.rttMs = internet === null ? null : internet + tunnelOf(params, shared).rttMs!;
      let availability = params.onPremDeviceAvailability.value * params.internetPathAvailability.value;
      let inSeries = failing(failing(1, params.onPremDeviceAvailability.value), params.internetPathAvailability.value);
      if (gateway?.kind === 'vpnGateway') {
        const parts = vpnGatewayParts(ctx, gateway, params, shared);
        availability *= parts.component.value;
        inSeries = failing(inSeries, parts.component.value);
        for (const c of parts.capacities) neck = narrower(neck, c.mbps);
      }
      this.availability = availability;
      this.inSeries = inSeries;
    } else {
      const erGateway = gateway?.kind === 'erGateway' ? gateway : undefined;
      const circuitParts = circuitPartsOf(ctx, path, erGateway, params, shared);
      const location = circuitParts.location.point;
      const provider = distanceRttMs(sitePoint, location, params.providerInflation, params);
      const backbone = distanceRttMs(location, hub?.point, params.backboneInflation, params);
      this.rttMs = provider === null || backbone === null ? null : provider + backbone;
      let availability = params.providerLastMileAvailability.value;
      let inSeries = failing(1, availability);
      if (circuitParts.capacity) neck = narrower(neck, circuitParts.capacity.mbps);
      if (circuitParts.component) {
        availability *= circuitParts.component.value;
        inSeries = failing(inSeries, circuitParts.component.value);
      }
      if (erGateway) {
        const parts = erGatewayParts(ctx, erGateway, path.throughPeering !== undefined, params, shared);
        if (parts.capacity) neck = narrower(neck, parts.capacity.mbps);
        availability *= parts.component.value;
        inSeries = failing(inSeries, parts.component.value);
        if (fastPathOnTheWay(path, erGateway)) {
          // On to a spoke the gateway is in the path again, and the circuit carries no FastPath note.
          const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
          spokeNeck = lastMileMbps;
          if (circuit?.kind === 'erCircuit') spokeNeck = narrower(spokeNeck, circuit.props.bandwidthMbps);
          const throughGateway = erGatewayCapacity(erGateway, true);
          if (throughGateway) spokeNeck = narrower(spokeNeck, throughGateway.mbps);
        }
      }
      this.availability = availability;
      this.inSeries = inSeries;
    }
    this.neckMbps = neck ?? null;
    this.spokeNeckMbps = spokeNeck === undefined ? this.neckMbps : spokeNeck ?? null;
  }

  get legs(): LegEstimate[] {
    return this.#explain().legs;
  }

  get warnings(): string[] {
    return this.#explain().warnings;
  }

  get capacities(): Capacity[] {
    return this.#explain().capacities;
  }

  get neck(): Bottleneck {
    return this.#explain().neck;
  }

  get components(): Component[] {
    return this.#explain().components;
  }

  get inputs(): AvailabilityInput[] {
    return this.#explain().inputs;
  }

  /** The capacities on the way on to a peered spoke, and their bottleneck: `capacities` and `neck` unless FastPath is on. */
  get spokeCapacities(): Capacity[] {
    return this.#explain().spokeCapacities;
  }

  get spokeNeck(): Bottleneck {
    return this.#explain().spokeNeck;
  }

  /**
   * The keys of the components that can fail, in the order `components` lists them: enough for
   * Combined to see whether ways share a component without explaining them. wayIn.test.ts holds it
   * to `components`.
   */
  failingKeys(): string[] {
    const { path } = this;
    const ctx = this.#reads;
    const params = this.#params;
    const keys: string[] = [];
    const lastMileId = path.elementIds[1] ?? '';
    const gateway = ctx.byId.get(path.gatewayId);
    if (path.via === 'vpn') {
      if (params.onPremDeviceAvailability.value < 1) keys.push(keyOf('device', path.deviceId ?? ''));
      if (params.internetPathAvailability.value < 1) keys.push(keyOf('lastMile', lastMileId));
      if (gateway?.kind === 'vpnGateway' && vpnGatewaySla(gateway.props.sku, params).value < 1) keys.push(keyOf('gateway', gateway.id));
    } else {
      if (params.providerLastMileAvailability.value < 1) keys.push(keyOf('lastMile', lastMileId));
      const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
      if (circuit?.kind === 'erCircuit' && params.erCircuitSla.value < 1) keys.push(keyOf('circuit', circuit.id));
      if (gateway?.kind === 'erGateway' && erGatewaySla(gateway.props.sku, params).value < 1) keys.push(keyOf('gateway', gateway.id));
    }
    return keys;
  }

  #explain(): Explained {
    return (this.#explained ??= explain(this.#reads, this.path, this.#params, this.#shared));
  }
}

/** A component's key: what it is and the id of its element or link (combineParallel counts a key once per way). */
const keyOf = (what: 'device' | 'lastMile' | 'gateway' | 'circuit', id: string): string => `${what}:${id}`;

/** The product of availabilities in series, with only the components that can fail (as combineParallel leaves out the others). */
const failing = (product: number, value: number): number => (value < 1 ? product * value : product);

/** The smaller of two capacities (the first when equal, as bottleneck() takes it). */
const narrower = (neck: number | undefined, mbps: number): number => (neck === undefined || mbps < neck ? mbps : neck);

/** The last mile's bandwidth when it is a capacity (as lastMileCapacity makes one). */
function lastMileMbpsOf(link: TopologyLink | undefined): number | undefined {
  if (link?.kind !== 'lastMile') return undefined;
  const mbps = link.props.bandwidthMbps;
  return mbps === null || !(mbps > 0) ? undefined : mbps;
}

/** Whether FastPath takes the ExpressRoute gateway out of this way in (but not out of the way on to a spoke). */
const fastPathOnTheWay = (path: SitePath, erGateway: ElementOfKind<'erGateway'>): boolean =>
  path.throughPeering === undefined && fastPathNote(erGateway, false) !== undefined;

const tunnelOf = (params: EstimateParameters, shared: Shared): LegEstimate => (shared.tunnel ??= tunnelLeg(params));

interface HubParts {
  /** The gateway's VNet. */
  vnet: ElementOfKind<'vnet'> | undefined;
  hub: RegionPlace | undefined;
  warnings: string[];
}

function hubOf(ctx: WayReads, gatewayId: string, shared: Shared): HubParts {
  const vnet = ctx.vnetOf(gatewayId);
  const hubId = vnet?.id;
  let parts = hubId !== undefined ? shared.hubs.get(hubId) : undefined;
  if (!parts) {
    const warnings: string[] = [];
    parts = { vnet, hub: regionPlace(ctx, hubId, warnings), warnings };
    if (hubId !== undefined) shared.hubs.set(hubId, parts);
  }
  return parts;
}

function vpnGatewayParts(ctx: WayReads, gateway: ElementOfKind<'vpnGateway'>, params: EstimateParameters, shared: Shared) {
  let parts = shared.vpnGateways.get(gateway.id);
  if (!parts) {
    const warnings: string[] = [];
    const capacities = vpnGatewayCapacities(gateway, warnings, ctx.label(gateway.id));
    const component = vpnGatewayComponent(ctx, gateway, params);
    shared.vpnGateways.set(gateway.id, (parts = { capacities, warnings, component, input: inputOf(component) }));
  }
  return parts;
}

/**
 * A circuit's parts depend on the gateway too (FastPath), and on whether the path goes on over a
 * peering: shared only between direct paths through the same circuit and gateway.
 */
function circuitPartsOf(ctx: WayReads, path: SitePath, erGateway: ElementOfKind<'erGateway'> | undefined, params: EstimateParameters, shared: Shared): CircuitParts {
  const throughPeering = path.throughPeering !== undefined;
  let byGateway = throughPeering ? undefined : shared.circuits.get(path.circuitId ?? '');
  let parts = byGateway?.get(path.gatewayId);
  if (parts) return parts;
  const warnings: string[] = [];
  const location = peeringLocationPlace(ctx, path, warnings);
  const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
  if (circuit?.kind === 'erCircuit') {
    const component = componentOf(keyOf('circuit', circuit.id), `ExpressRoute circuit ${ctx.label(circuit.id)}`, params.erCircuitSla);
    const note = erGateway ? fastPathNote(erGateway, throughPeering) : undefined;
    parts = { location, warnings, capacity: circuitCapacity(circuit, ctx.label(circuit.id), note), component, input: inputOf(component) };
  } else parts = { location, warnings, capacity: undefined, component: undefined, input: undefined };
  if (!throughPeering) {
    if (!byGateway) shared.circuits.set(path.circuitId ?? '', (byGateway = new Map()));
    byGateway.set(path.gatewayId, parts);
  }
  return parts;
}

function erGatewayParts(ctx: WayReads, erGateway: ElementOfKind<'erGateway'>, throughPeering: boolean, params: EstimateParameters, shared: Shared) {
  let parts = throughPeering ? undefined : shared.erGateways.get(erGateway.id);
  if (!parts) {
    const component = componentOf(keyOf('gateway', erGateway.id), `ExpressRoute gateway ${ctx.label(erGateway.id)} (${erGateway.props.sku})`, erGatewaySla(erGateway.props.sku, params));
    parts = { capacity: erGatewayCapacity(erGateway, throughPeering), component, input: inputOf(component) };
    if (!throughPeering) shared.erGateways.set(erGateway.id, parts);
  }
  return parts;
}

/**
 * A way in's explanation worked out over the whole context rather than what the way keeps of it
 * (WayView): the reference wayIn.test.ts holds the way's own to.
 */
export function explainOverContext(ctx: ValidationContext, path: SitePath, params: EstimateParameters): Explained {
  return explain(ctx, path, params, newShared());
}

/** The legs, components, capacities and warnings of a way in, in path order. */
function explain(ctx: WayReads, path: SitePath, params: EstimateParameters, shared: Shared): Explained {
  const warnings: string[] = [];
  let legs: LegEstimate[];
  const capacities: Capacity[] = [];
  const components: Component[] = [];
  const inputs: AvailabilityInput[] = [];
  const addComponent = (component: Component, input: AvailabilityInput = inputOf(component)) => {
    components.push(component);
    inputs.push(input);
  };
  const site = sitePlace(ctx, path.siteId, warnings);
  const hubParts = hubOf(ctx, path.gatewayId, shared);
  for (const w of hubParts.warnings) warnings.push(w);
  const hubPlace: Place = hubParts.hub ?? { label: 'Azure region (unknown)', point: undefined };

  // The site's last mile is the link right after the site.
  const lastMileId = path.elementIds[1] ?? '';
  const lastMile = ctx.linkAt(path.elementIds[0] ?? '', lastMileId);
  const lastMileLabel = ctx.label(lastMileId);
  if (lastMile?.kind === 'lastMile') {
    const capacity = lastMileCapacity(lastMile, lastMileLabel);
    if (capacity) capacities.push(capacity);
  }
  let spokeCapacities = capacities;

  const gateway = ctx.byId.get(path.gatewayId);
  if (path.via === 'vpn') {
    legs = [internetLeg(site, hubPlace, params), tunnelOf(params, shared)];
    const deviceId = path.deviceId ?? '';
    addComponent(componentOf(keyOf('device', deviceId), `On-premises VPN device ${ctx.label(deviceId)}`, params.onPremDeviceAvailability));
    addComponent(componentOf(keyOf('lastMile', lastMileId), `Internet path (last mile ${lastMileLabel})`, params.internetPathAvailability));
    if (gateway?.kind === 'vpnGateway') {
      const parts = vpnGatewayParts(ctx, gateway, params, shared);
      for (const w of parts.warnings) warnings.push(w);
      for (const c of parts.capacities) capacities.push(c);
      addComponent(parts.component, parts.input);
    }
  } else {
    const erGateway = gateway?.kind === 'erGateway' ? gateway : undefined;
    const circuitParts = circuitPartsOf(ctx, path, erGateway, params, shared);
    for (const w of circuitParts.warnings) warnings.push(w);
    const location = circuitParts.location;
    legs = [providerLeg(site, location, params), backboneLeg(location, hubPlace, params)];
    addComponent(componentOf(keyOf('lastMile', lastMileId), `Provider last mile ${lastMileLabel} to the peering location`, params.providerLastMileAvailability));
    if (circuitParts.capacity) capacities.push(circuitParts.capacity);
    if (circuitParts.component) addComponent(circuitParts.component, circuitParts.input);
    if (erGateway) {
      const parts = erGatewayParts(ctx, erGateway, path.throughPeering !== undefined, params, shared);
      if (parts.capacity) capacities.push(parts.capacity);
      addComponent(parts.component, parts.input);
      // FastPath takes the gateway out of the data path to its own VNet only: on to a peered spoke
      // the gateway is in the path again (docs/estimates.md), and the circuit carries no FastPath note.
      if (fastPathOnTheWay(path, erGateway)) {
        const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
        spokeCapacities = capacities.slice(0, capacities.length - (circuitParts.capacity ? 1 : 0) - (parts.capacity ? 1 : 0));
        if (circuit?.kind === 'erCircuit') spokeCapacities.push(circuitCapacity(circuit, ctx.label(circuit.id)));
        const throughGateway = erGatewayCapacity(erGateway, true);
        if (throughGateway) spokeCapacities.push(throughGateway);
      }
    }
  }
  const neck = bottleneck(capacities);
  // Kept with the way in once read: its lists to size, and most have no warning (../kept/lists.ts).
  // The spoke's capacities stay the same list when they are.
  const kept = toSize(capacities);
  return {
    legs,
    warnings: warnings.length === 0 ? emptyList() : toSize(warnings),
    capacities: kept,
    neck,
    components: toSize(components),
    inputs: toSize(inputs),
    spokeCapacities: spokeCapacities === capacities ? kept : toSize(spokeCapacities),
    spokeNeck: spokeCapacities === capacities ? neck : bottleneck(spokeCapacities),
  };
}

function vpnGatewayComponent(ctx: WayReads, gateway: ElementOfKind<'vpnGateway'>, params: EstimateParameters): Component {
  const { sku, activeActive } = gateway.props;
  return componentOf(keyOf('gateway', gateway.id), `VPN gateway ${ctx.label(gateway.id)} (${sku})`, vpnGatewaySla(sku, params), activeActive ? ACTIVE_ACTIVE_NOTE : undefined);
}
