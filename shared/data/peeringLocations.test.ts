import { describe, expect, it } from 'vitest';
import {
  AZURE_REGIONS,
  GEOPOLITICAL_REGIONS,
  GLOBAL_REACH_COUNTRIES,
  PEERING_LOCATIONS,
  PROVIDERS,
  geopoliticalRegionOfAzureRegion,
  geopoliticalRegionOfPeeringLocation,
  globalReachSupportedAt,
  locationsServedBy,
  peeringLocationByName,
  regionByName,
  type PeeringLocation,
} from './index';

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

function location(name: string): PeeringLocation {
  const found = peeringLocationByName(name);
  if (!found) throw new Error(`no peering location ${name}`);
  return found;
}

// These metros are far from the only Azure regions of their geopolitical region (Auckland and Perth
// from Sydney/Melbourne, Santiago from Sao Paulo), so they get a wider bound; a sign or digit typo
// would still put them thousands of kilometres further away.
const REMOTE_LOCATIONS = new Set(['Auckland', 'Perth', 'Santiago']);
const NEAR_KM = 1500;
const REMOTE_KM = 3000;

describe('peering locations', () => {
  it('have unique names', () => {
    const names = PEERING_LOCATIONS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('each have a pricing zone from 1 to 4, or null when the zone is unknown', () => {
    for (const l of PEERING_LOCATIONS) expect([1, 2, 3, 4, null]).toContain(l.zone);
  });

  it('leave the zone unknown only for the 2024 geopolitical-only locations', () => {
    const unknown = PEERING_LOCATIONS.filter((l) => l.zone === null).map((l) => l.name);
    expect(unknown.sort()).toEqual(['Madrid2', 'Milan2', 'Tel Aviv2', 'Zurich2']);
  });

  it('name only real Azure regions as Local regions', () => {
    for (const l of PEERING_LOCATIONS) {
      for (const region of l.localRegions) expect(regionByName(region)?.name, `${l.name} → ${region}`).toBe(region);
    }
  });

  it('belong to a geopolitical region that exists and lists them', () => {
    for (const l of PEERING_LOCATIONS.filter((p) => p.geopoliticalRegion !== null)) {
      const region = GEOPOLITICAL_REGIONS.find((g) => g.name === l.geopoliticalRegion);
      expect(region, l.name).toBeDefined();
      expect(region?.peeringLocations).toContain(l.name);
    }
  });

  it('lack a geopolitical region only where the 2024 include does not list them (Bogota, Portland)', () => {
    const without = PEERING_LOCATIONS.filter((l) => l.geopoliticalRegion === null).map((l) => l.name);
    expect(without.sort()).toEqual(['Bogota', 'Portland']);
  });

  it('include every location the geopolitical table names, spelt the same way', () => {
    for (const region of GEOPOLITICAL_REGIONS) {
      for (const name of region.peeringLocations) expect(PEERING_LOCATIONS.map((l) => l.name), region.name).toContain(name);
    }
  });

  it('have coordinates within range, marked as assumptions', () => {
    for (const l of PEERING_LOCATIONS) {
      expect(l.latitude, l.name).toBeGreaterThanOrEqual(-90);
      expect(l.latitude, l.name).toBeLessThanOrEqual(90);
      expect(l.longitude, l.name).toBeGreaterThanOrEqual(-180);
      expect(l.longitude, l.name).toBeLessThanOrEqual(180);
      expect(l.coordinatesSource).toBe(`assumption: city centre of ${l.city}`);
    }
  });

  it('lie near at least one Azure region of their geopolitical region', () => {
    for (const l of PEERING_LOCATIONS.filter((p) => p.geopoliticalRegion !== null)) {
      const region = GEOPOLITICAL_REGIONS.find((g) => g.name === l.geopoliticalRegion)!;
      const nearest = Math.min(...region.azureRegions.map((name) => haversineKm(l, regionByName(name)!)));
      expect(nearest, l.name).toBeLessThan(REMOTE_LOCATIONS.has(l.name) ? REMOTE_KM : NEAR_KM);
    }
  });

  it('lie within 1000 km of their Local regions, except Madrid whose 2023 Local region is West Europe', () => {
    for (const l of PEERING_LOCATIONS) {
      const bound = l.name === 'Madrid' ? NEAR_KM : 1000;
      for (const name of l.localRegions) expect(haversineKm(l, regionByName(name)!), `${l.name} → ${name}`).toBeLessThan(bound);
    }
  });

  it('are found by name regardless of case and spaces', () => {
    expect(peeringLocationByName('newport (wales)')?.name).toBe('Newport(Wales)');
    expect(peeringLocationByName('Atlantis')).toBeUndefined();
  });
});

describe('spot checks against the 2023 table', () => {
  it('puts Amsterdam in zone 1, local to westeurope, with Equinix among its providers', () => {
    const amsterdam = location('Amsterdam');
    expect(amsterdam.zone).toBe(1);
    expect(amsterdam.localRegions).toEqual(['westeurope']);
    expect(amsterdam.providers).toContain('Equinix');
    expect(amsterdam.geopoliticalRegion).toBe('Europe');
  });

  it('gives Washington DC the Local regions eastus and eastus2', () => {
    expect(location('Washington DC').localRegions).toEqual(['eastus', 'eastus2']);
  });

  it('offers no ExpressRoute Direct at Busan', () => {
    expect(location('Busan').expressRouteDirect).toBe(false);
  });

  it('splits combined rows into locations with their own facility and providers', () => {
    expect(location('Chennai').facility).toBe('Tata');
    expect(location('Chennai2').facility).toBe('Airtel');
    expect(location('Chennai2').providers).toEqual(['Airtel']);
    expect(location('Canberra2').providers).toEqual(['CDC', 'Equinix']);
    expect(location('Canberra2').localRegions).toEqual(['australiacentral2']);
    expect(location('Seoul2').expressRouteDirect).toBe(false);
  });
});

describe('providers', () => {
  it('are listed once each, sorted', () => {
    expect(new Set(PROVIDERS).size).toBe(PROVIDERS.length);
    expect([...PROVIDERS].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(PROVIDERS);
  });

  it('are spelt one way: BT, never British Telecom', () => {
    expect(PROVIDERS).toContain('BT');
    expect(PROVIDERS).not.toContain('British Telecom');
  });

  it('map back to the locations they serve, in any case', () => {
    const names = locationsServedBy('equinix').map((l) => l.name);
    expect(names).toContain('Amsterdam');
    expect(names).toContain('Canberra2');
    expect(names).not.toContain('Canberra');
    expect(locationsServedBy('Nobody Telecom')).toEqual([]);
  });
});

describe('geopolitical regions', () => {
  it('name only real Azure regions', () => {
    for (const region of GEOPOLITICAL_REGIONS) {
      for (const name of region.azureRegions) expect(regionByName(name)?.name, `${region.name} → ${name}`).toBe(name);
    }
  });

  it('are found from an Azure region or a peering location', () => {
    expect(geopoliticalRegionOfAzureRegion('centralindia')?.name).toBe('India');
    expect(geopoliticalRegionOfAzureRegion('UK South')?.name).toBe('Europe');
    expect(geopoliticalRegionOfAzureRegion('mexicocentral')).toBeUndefined();
    expect(geopoliticalRegionOfPeeringLocation('Queretaro (Mexico)')?.name).toBe('North America');
  });
});

describe('Global Reach', () => {
  it('is offered at Johannesburg but not at Cape Town', () => {
    expect(globalReachSupportedAt('Johannesburg')).toBe(true);
    expect(globalReachSupportedAt('Cape Town')).toBe(false);
  });

  it('follows the country of the location', () => {
    expect(globalReachSupportedAt('Amsterdam')).toBe(true);
    expect(globalReachSupportedAt('Milan')).toBe(false);
    expect(globalReachSupportedAt('Atlantis')).toBe(false);
  });

  it('lists only countries that have a peering location, spelt as the locations spell them', () => {
    const countries = new Set(PEERING_LOCATIONS.map((l) => l.country));
    for (const { country } of GLOBAL_REACH_COUNTRIES) expect(countries, country).toContain(country);
  });
});

describe('Azure regions', () => {
  it('hold the 58 regions of azure-regions.json, found by ARM or display name', () => {
    expect(AZURE_REGIONS).toHaveLength(58);
    expect(regionByName('westeurope')?.displayName).toBe('West Europe');
    expect(regionByName('West Europe')?.name).toBe('westeurope');
  });
});
