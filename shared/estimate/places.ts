// Where a path starts, enters Azure and meets its circuit's provider, with the warnings when a place
// is unknown: the ends of a way in's legs (./wayIn.ts) and of a peering hop's (./peeringHop.ts).
import { APPROXIMATE_REGION_NAMES, regionByName } from '../data/azureRegions';
import { peeringLocationByName } from '../data/peeringLocations';
import type { SitePath } from '../topology/sitePaths';
import type { TopologyElement } from '../model/types';
import { pointOf } from './geo';
import type { Place } from './latency';
import { flat } from '../kept/flat';

export type RegionPlace = Place & { region: string };

/**
 * What the places read of a design: elements by id, and labels as the context gives them. A
 * ValidationContext, or what a way in or peering hop keeps of it to explain itself (./wayIn.ts).
 */
export interface PlaceReads {
  readonly byId: { get(id: string): TopologyElement | undefined };
  label(id: string): string;
}

export function sitePlace(ctx: PlaceReads, siteId: string, warnings: string[]): Place {
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

// The place of a region or peering location of the tables is the same for every VNet and circuit
// there, in every design: made once, not in every run, whose results keep it (../kept/lists.ts).
// Read-only, as every result is.
const REGION_PLACES = new Map<object, RegionPlace>();
const LOCATION_PLACES = new Map<object, Place>();

export function regionPlace(ctx: PlaceReads, vnetId: string | undefined, warnings: string[]): RegionPlace | undefined {
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
  let place = REGION_PLACES.get(region);
  if (!place) REGION_PLACES.set(region, (place = { label: region.displayName, point: { latitude: region.latitude, longitude: region.longitude }, region: region.name }));
  return place;
}

export function peeringLocationPlace(ctx: PlaceReads, path: SitePath, warnings: string[]): Place {
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
  let place = LOCATION_PLACES.get(location);
  if (!place) LOCATION_PLACES.set(location, (place = { label: `${location.name} peering location`, point: { latitude: location.latitude, longitude: location.longitude } }));
  return place;
}
