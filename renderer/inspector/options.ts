// Choices offered by the inspector, from the data modules in shared/data. Computed once: the
// data is static.
import { AZURE_REGIONS } from '../../shared/data/azureRegions';
import { PEERING_LOCATIONS, PROVIDERS, peeringLocationByName } from '../../shared/data/peeringLocations';
import type { SelectOption } from './fields';

let regions: SelectOption[] | null = null;
let locations: SelectOption[] | null = null;

export function regionOptions(): SelectOption[] {
  regions ??= [...AZURE_REGIONS]
    .sort((a, b) => a.geography.localeCompare(b.geography) || a.displayName.localeCompare(b.displayName))
    .map((r) => ({ value: r.name, label: r.displayName, group: r.geography }));
  return regions;
}

export function peeringLocationOptions(): SelectOption[] {
  locations ??= [...PEERING_LOCATIONS]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => ({ value: l.name, label: l.facility ? `${l.name} (${l.facility})` : l.name, group: l.geopoliticalRegion ?? 'Other locations' }));
  return locations;
}

/** Providers that serve the chosen location first, so the likely choice is at hand. */
export function providerOptions(location: string): SelectOption[] {
  const here = new Set(peeringLocationByName(location)?.providers ?? []);
  return PROVIDERS.map((p) => ({
    value: p,
    label: p,
    group: here.size === 0 ? 'Providers' : here.has(p) ? `At ${location}` : 'Elsewhere',
  })).sort((a, b) => (a.group === b.group ? a.label.localeCompare(b.label) : a.group.startsWith('At') ? -1 : 1));
}
