// One way into Azure (a site's path to the VNet of the gateway it enters through) and one peering
// hop on to a spoke, each estimated on its own: places, legs, capacities, availability components
// and warnings. estimatePaths (./paths.ts) puts them together into the paths of every site.
import { APPROXIMATE_REGION_NAMES, regionByName } from '../data/azureRegions';
import { peeringLocationByName } from '../data/peeringLocations';
import type { ElementOfKind } from '../model/types';
import type { SitePath } from '../topology/sitePaths';
import type { ValidationContext } from '../validation/context';
import { ACTIVE_ACTIVE_NOTE, componentOf, erGatewaySla, vpnGatewaySla, type AvailabilityInput, type Component } from './availability';
import { bottleneck, circuitCapacity, erGatewayCapacity, fastPathNote, lastMileCapacity, vpnGatewayCapacities, type Bottleneck, type Capacity } from './bandwidth';
import { pointOf } from './geo';
import { backboneLeg, internetLeg, peeringLeg, providerLeg, sumRtt, tunnelLeg, type Place } from './latency';
import type { EstimateParameters } from './parameters';
import type { LegEstimate } from './types';
import { flat } from '../kept/flat';
import { emptyList, toSize } from '../kept/lists';

/** The part of a path up to and including the gateway's own VNet. */
export interface WayIn {
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
export interface PeeringHop {
  /** Numbers the peering hops of one estimatePaths() call. */
  serial: number;
  leg: LegEstimate;
  warnings: string[];
  component: Component;
  input: AvailabilityInput;
}

export type RegionPlace = Place & { region: string };

const inputOf = ({ name, value, provenance, source, note }: Component): AvailabilityInput =>
  note === undefined ? { name, value, provenance, source } : { name, value, provenance, source, note };

function sitePlace(ctx: ValidationContext, siteId: string, warnings: string[]): Place {
  const site = ctx.byId.get(siteId);
  const label = flat(`site ${ctx.label(siteId)}`);
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
export interface Shared {
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

export const newShared = (): Shared => ({ hubs: new Map(), vpnGateways: new Map(), erGateways: new Map(), circuits: new Map(), tunnel: undefined });

export function wayIn(ctx: ValidationContext, serial: number, path: SitePath, params: EstimateParameters, shared: Shared = newShared()): WayIn {
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
    legs = [internetLeg(site, hubPlace, params), (shared.tunnel ??= tunnelLeg(params))];
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
    legs = [providerLeg(site, location, params), backboneLeg(location, hubPlace, params)];
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
  // A way in is kept with its design's estimates: its lists to size, and most have no warning
  // (../kept/lists.ts). The spoke's capacities stay the same list when they are.
  const kept = toSize(capacities);
  return {
    serial,
    legs,
    warnings: warnings.length === 0 ? emptyList() : toSize(warnings),
    capacities: kept,
    neck,
    spokeCapacities: spokeCapacities === capacities ? kept : toSize(spokeCapacities),
    spokeNeck,
    components: toSize(components),
    inputs: toSize(inputs),
    availability: seriesOf(components),
    rttMs: sumRtt(legs),
    inSeries: seriesOfFailing(components),
    hub,
  };
}

/** The components' availabilities in series: series() of their values, in the same order, with no list of them. */
function seriesOf(components: readonly Component[]): number {
  let product = 1;
  for (let i = 0; i < components.length; i++) product *= components[i]!.value;
  return product;
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

export function peeringHop(ctx: ValidationContext, serial: number, peeringId: string, hub: RegionPlace | undefined, spokeId: string, params: EstimateParameters): PeeringHop {
  const warnings: string[] = [];
  const spoke = regionPlace(ctx, spokeId, warnings);
  const from: RegionPlace = hub ?? { label: 'hub region (unknown)', point: undefined, region: '' };
  const to: RegionPlace = spoke ?? { label: 'spoke region (unknown)', point: undefined, region: '' };
  const component = componentOf(`peering:${peeringId}`, `VNet peering ${ctx.label(peeringId)}`, params.vnetPeeringAvailability);
  return { serial, leg: peeringLeg(from, to, params), warnings: warnings.length === 0 ? emptyList() : warnings, component, input: inputOf(component) };
}
