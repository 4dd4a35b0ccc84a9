// ExpressRoute geopolitical regions: a Standard-SKU circuit reaches every Azure region in the
// geopolitical region of its peering location; crossing regions needs Premium (azure-facts.md §3.2).
//
// Azure regions are ARM names from azure-regions.json. The doc's "India West / India Central /
// India South" are westindia / centralindia / southindia. Every display name in the table has a
// match in azure-regions.json, so none is left out.
//
// Left out on purpose:
// - National clouds (US Government: Atlanta, Chicago, Dallas, New York, Phoenix, San Antonio,
//   Seattle, Silicon Valley, Washington DC; China East: Shanghai, Shanghai2; China North: Beijing,
//   Beijing2). Commercial circuits cannot reach them, and their regions are not in azure-regions.json.
// - Regions in azure-regions.json that this table does not list (e.g. brazilsoutheast,
//   mexicocentral, spaincentral, newzealandnorth): geopoliticalRegionOfAzureRegion returns
//   undefined for them rather than guessing.

export const GEOPOLITICAL_REGIONS_SOURCE = {
  title: 'Azure regions to ExpressRoute locations within a geopolitical region',
  path: 'MicrosoftDocs/azure-docs includes/expressroute-azure-regions-geopolitical-region.md',
  msDate: '2024-04-05',
  url: 'https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers',
} as const;

// The table as the include gives it; `as const` keeps the region names as a union type.
const TABLE = [
  {
    name: 'Australia Government',
    azureRegions: ['australiacentral', 'australiacentral2'],
    peeringLocations: ['Canberra', 'Canberra2'],
  },
  {
    name: 'Europe',
    azureRegions: [
      'francecentral',
      'francesouth',
      'germanynorth',
      'germanywestcentral',
      'italynorth',
      'northeurope',
      'norwayeast',
      'norwaywest',
      'polandcentral',
      'swedencentral',
      'switzerlandnorth',
      'switzerlandwest',
      'ukwest',
      'uksouth',
      'westeurope',
    ],
    peeringLocations: [
      'Amsterdam',
      'Amsterdam2',
      'Berlin',
      'Copenhagen',
      'Dublin',
      'Dublin2',
      'Frankfurt',
      'Frankfurt2',
      'Geneva',
      'London',
      'London2',
      'Madrid',
      'Madrid2',
      'Marseille',
      'Milan',
      'Milan2',
      'Munich',
      'Newport(Wales)',
      'Oslo',
      'Paris',
      'Paris2',
      'Stavanger',
      'Stockholm',
      'Warsaw',
      'Zurich',
      'Zurich2',
    ],
  },
  {
    name: 'North America',
    azureRegions: [
      'eastus',
      'westus',
      'eastus2',
      'westus2',
      'westus3',
      'centralus',
      'southcentralus',
      'northcentralus',
      'westcentralus',
      'canadacentral',
      'canadaeast',
    ],
    peeringLocations: [
      'Atlanta',
      'Chicago',
      'Chicago2',
      'Dallas',
      'Denver',
      'Las Vegas',
      'Los Angeles',
      'Los Angeles2',
      'Miami',
      'Minneapolis',
      'Montreal',
      'New York',
      'Phoenix',
      'Quebec City',
      'Queretaro(Mexico)',
      'Quincy',
      'San Antonio',
      'Seattle',
      'Silicon Valley',
      'Silicon Valley2',
      'Toronto',
      'Toronto2',
      'Vancouver',
      'Washington DC',
      'Washington DC2',
    ],
  },
  {
    name: 'Asia',
    azureRegions: ['eastasia', 'southeastasia'],
    peeringLocations: ['Bangkok', 'Hong Kong', 'Hong Kong2', 'Jakarta', 'Kuala Lumpur', 'Singapore', 'Singapore2', 'Taipei'],
  },
  {
    name: 'India',
    azureRegions: ['westindia', 'centralindia', 'southindia'],
    peeringLocations: ['Chennai', 'Chennai2', 'Mumbai', 'Mumbai2', 'Pune'],
  },
  { name: 'Israel', azureRegions: ['israelcentral'], peeringLocations: ['Tel Aviv', 'Tel Aviv2'] },
  { name: 'Japan', azureRegions: ['japanwest', 'japaneast'], peeringLocations: ['Osaka', 'Tokyo', 'Tokyo2', 'Tokyo3'] },
  {
    name: 'Oceania',
    azureRegions: ['australiaeast', 'australiasoutheast'],
    peeringLocations: ['Auckland', 'Melbourne', 'Perth', 'Sydney', 'Sydney2'],
  },
  { name: 'South Korea', azureRegions: ['koreacentral', 'koreasouth'], peeringLocations: ['Busan', 'Seoul', 'Seoul2'] },
  { name: 'UAE', azureRegions: ['uaecentral', 'uaenorth'], peeringLocations: ['Abu Dhabi', 'Dubai', 'Dubai2'] },
  {
    name: 'South Africa',
    azureRegions: ['southafricawest', 'southafricanorth'],
    peeringLocations: ['Cape Town', 'Johannesburg'],
  },
  {
    name: 'South America',
    azureRegions: ['brazilsouth'],
    peeringLocations: ['Campinas', 'Rio de Janeiro', 'Sao Paulo', 'Sao Paulo2', 'Santiago'],
  },
  { name: 'Qatar', azureRegions: ['qatarcentral'], peeringLocations: ['Doha', 'Doha2'] },
] as const;

export type GeopoliticalRegionName = (typeof TABLE)[number]['name'];

export interface GeopoliticalRegion {
  readonly name: GeopoliticalRegionName;
  /** ARM names of the Azure regions a Standard circuit in this geopolitical region reaches. */
  readonly azureRegions: readonly string[];
  /** ExpressRoute peering location names, spelt as in peeringLocations.ts. */
  readonly peeringLocations: readonly string[];
}

export const GEOPOLITICAL_REGIONS: readonly GeopoliticalRegion[] = TABLE;

// Names are compared without case or spaces, so "Newport (Wales)" finds "Newport(Wales)".
const normalise = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

const regionOfAzureRegion = new Map<string, GeopoliticalRegion>();
const regionOfPeeringLocation = new Map<string, GeopoliticalRegion>();
for (const region of GEOPOLITICAL_REGIONS) {
  for (const azureRegion of region.azureRegions) regionOfAzureRegion.set(azureRegion, region);
  for (const location of region.peeringLocations) regionOfPeeringLocation.set(normalise(location), region);
}

/** The geopolitical region of an Azure region (ARM or display name), or undefined if the table does not list it. */
export function geopoliticalRegionOfAzureRegion(name: string): GeopoliticalRegion | undefined {
  return regionOfAzureRegion.get(normalise(name));
}

/** The geopolitical region of a peering location, or undefined if the table does not list it. */
export function geopoliticalRegionOfPeeringLocation(name: string): GeopoliticalRegion | undefined {
  return regionOfPeeringLocation.get(normalise(name));
}
