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
import { pathsBySite, type SitePath } from '../topology/sitePaths';
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
  /** By the direct path the way in belongs to (see estimateOne). */
  ways: Map<SitePath, WayIn>;
  /** By peering link id, then by the VNet reached over it. */
  hops: Map<string, Map<string, PeeringHop>>;
  hopCount: number;
}

interface Estimated {
  estimate: PathEstimate;
  way: WayIn;
  hop: PeeringHop | undefined;
}

const results = new WeakMap<TopologyDocument, SiteVnetEstimate[]>();

const newCaches = (): Caches => ({ ways: new Map(), hops: new Map(), hopCount: 0 });

/** The estimate of one path of the document (as listed by sitePaths). */
export function estimatePath(doc: TopologyDocument, path: SitePath, params: EstimateParameters = PARAMETERS): PathEstimate {
  return estimateOne(contextOf(doc), path, path, params, newCaches()).estimate;
}

/**
 * For every site (document order) and each VNet it reaches (in the order its paths reach them): the
 * estimate of each path and the availability of the paths in parallel. Sites with no path are absent.
 * Memoised per document with the default parameters; the result and the arrays in it may be shared
 * between paths (a hub path and its spokes share their legs up to the hub): treat them as read-only.
 */
export function estimatePaths(doc: TopologyDocument, params: EstimateParameters = PARAMETERS): SiteVnetEstimate[] {
  const memoise = params === PARAMETERS;
  const cached = memoise ? results.get(doc) : undefined;
  if (cached) return cached;
  const ctx = contextOf(doc);
  const caches = newCaches();
  const out: SiteVnetEstimate[] = [];
  for (const [siteId, paths] of pathsBySite(doc)) {
    const byVnet = new Map<string, Estimated[]>();
    // sitePaths lists each direct path (site → gateway → its VNet) right before its extensions
    // over peerings, which share its way in.
    let direct: SitePath | undefined;
    for (const path of paths) {
      if (path.throughPeering === undefined || !direct) direct = path;
      const one = estimateOne(ctx, path, direct, params, caches);
      const list = byVnet.get(path.vnetId);
      if (list) list.push(one);
      else byVnet.set(path.vnetId, [one]);
    }
    // A hub and its spokes are usually reached the same ways: combine each set of ways once. The
    // signature is made of the ways' and hops' serial numbers (a hop that never fails is left out).
    const combinations = new Map<string, { availability: number; formula: string }>();
    for (const [vnetId, list] of byVnet) {
      let signature = '';
      for (const { way, hop } of list) signature += hop && hop.component.value < 1 ? `${way.serial}+${hop.serial},` : `${way.serial},`;
      let combined = combinations.get(signature);
      if (!combined) {
        const result = combineParallel(list.map(({ way, hop }) => (hop ? way.components.concat(hop.component) : way.components)));
        combined = { availability: result.availability, formula: describeParallel(result, list.length) };
        combinations.set(signature, combined);
      }
      const estimates: PathEstimate[] = [];
      for (const one of list) estimates.push(one.estimate);
      out.push({
        siteId,
        vnetId,
        paths: estimates,
        combinedAvailability: combined.availability,
        combinedDowntimeMinutesPerMonth: downtimeMinutesPerMonth(combined.availability, params),
        combinedFormula: combined.formula,
      });
    }
  }
  if (memoise) results.set(doc, out);
  return out;
}

/**
 * `direct` is the path `path` extends (or `path` itself): sitePaths keeps one direct path per last
 * mile, device or circuit, and gateway, so it identifies the way in, without building a key per path.
 */
function estimateOne(ctx: ValidationContext, path: SitePath, direct: SitePath, params: EstimateParameters, caches: Caches): Estimated {
  let way = caches.ways.get(direct);
  if (!way) caches.ways.set(direct, (way = wayIn(ctx, caches.ways.size, path, params)));

  let hop: PeeringHop | undefined;
  let legs = way.legs;
  let warnings = way.warnings;
  let inputs = way.inputs;
  let availability = way.availability;
  if (path.throughPeering !== undefined) {
    let hops = caches.hops.get(path.throughPeering);
    if (!hops) caches.hops.set(path.throughPeering, (hops = new Map()));
    hop = hops.get(path.vnetId);
    if (!hop) hops.set(path.vnetId, (hop = peeringHop(ctx, caches.hopCount++, path.throughPeering, way.hub, path.vnetId, params)));
    legs = legs.concat(hop.leg);
    if (hop.warnings.length > 0) warnings = warnings.concat(hop.warnings);
    inputs = inputs.concat(hop.input);
    availability *= hop.component.value;
  }
  const estimate: PathEstimate = {
    path,
    legs,
    rttMs: sumRtt(legs),
    warnings,
    overInternet: path.overInternet,
    encrypted: path.encrypted,
    jitter: path.overInternet ? params.internetJitter.value : params.privateJitter.value,
    bottleneckMbps: way.neck.mbps,
    bottleneckAt: way.neck.at,
    bandwidthInputs: way.capacities,
    availability,
    downtimeMinutesPerMonth: downtimeMinutesPerMonth(availability, params),
    availabilityInputs: inputs,
  };
  return { estimate, way, hop };
}

const inputOf = ({ key: _key, ...input }: Component): AvailabilityInput => input;

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

function wayIn(ctx: ValidationContext, serial: number, path: SitePath, params: EstimateParameters): WayIn {
  const warnings: string[] = [];
  const legs: LegEstimate[] = [];
  const capacities: Capacity[] = [];
  const components: Component[] = [];
  const site = sitePlace(ctx, path.siteId, warnings);
  const hubId = ctx.vnetOf(path.gatewayId)?.id;
  const hub = regionPlace(ctx, hubId, warnings);
  const hubPlace: Place = hub ?? { label: 'Azure region (unknown)', point: undefined };

  // The site's last mile is the link right after the site.
  const lastMileId = path.elementIds[1] ?? '';
  const lastMile = ctx.linkById.get(lastMileId);
  const lastMileLabel = ctx.label(lastMileId);
  if (lastMile?.kind === 'lastMile') {
    const capacity = lastMileCapacity(lastMile, lastMileLabel);
    if (capacity) capacities.push(capacity);
  }

  const gateway = ctx.byId.get(path.gatewayId);
  if (path.via === 'vpn') {
    legs.push(internetLeg(site, hubPlace, params), tunnelLeg(params));
    const deviceId = path.deviceId ?? '';
    components.push(
      componentOf(`device:${deviceId}`, `On-premises VPN device ${ctx.label(deviceId)}`, params.onPremDeviceAvailability),
      componentOf(`lastMile:${lastMileId}`, `Internet path (last mile ${lastMileLabel})`, params.internetPathAvailability),
    );
    if (gateway?.kind === 'vpnGateway') {
      capacities.push(...vpnGatewayCapacities(gateway, warnings, ctx.label(gateway.id)));
      components.push(vpnGatewayComponent(ctx, gateway, params));
    }
  } else {
    const location = peeringLocationPlace(ctx, path, warnings);
    legs.push(providerLeg(site, location, params), backboneLeg(location, hubPlace, params));
    components.push(componentOf(`lastMile:${lastMileId}`, `Provider last mile ${lastMileLabel} to the peering location`, params.providerLastMileAvailability));
    const circuit = path.circuitId ? ctx.byId.get(path.circuitId) : undefined;
    const erGateway = gateway?.kind === 'erGateway' ? gateway : undefined;
    const throughPeering = path.throughPeering !== undefined;
    if (circuit?.kind === 'erCircuit') {
      const note = erGateway ? fastPathNote(erGateway, throughPeering) : undefined;
      capacities.push(circuitCapacity(circuit, ctx.label(circuit.id), note));
      components.push(componentOf(`circuit:${circuit.id}`, `ExpressRoute circuit ${ctx.label(circuit.id)}`, params.erCircuitSla));
    }
    if (erGateway) {
      const capacity = erGatewayCapacity(erGateway, throughPeering);
      if (capacity) capacities.push(capacity);
      components.push(
        componentOf(`gateway:${erGateway.id}`, `ExpressRoute gateway ${ctx.label(erGateway.id)} (${erGateway.props.sku})`, erGatewaySla(erGateway.props.sku, params)),
      );
    }
  }
  return { serial, legs, warnings, capacities, neck: bottleneck(capacities), components, inputs: components.map(inputOf), availability: series(components.map((c) => c.value)), hub };
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
