// Azure public-cloud regions with coordinates, for region pickers, Standard-SKU scope checks and the
// latency estimator. The list itself lives in azure-regions.json (copied unchanged from
// shared/reference); REGIONS_SOURCE says where each coordinate comes from.
import regionList from './azure-regions.json';

export interface AzureRegion {
  /** ARM name, e.g. `westeurope`: what the document stores. */
  readonly name: string;
  /** Portal name, e.g. `West Europe`. */
  readonly displayName: string;
  readonly latitude: number;
  readonly longitude: number;
  /** ARM `geographyGroup` (US, Canada, Europe, Asia Pacific, ...). Not the ExpressRoute geopolitical region. */
  readonly geography: string;
}

export const REGIONS_SOURCE = {
  title: 'Azure region coordinates (58 public regions)',
  path: 'shared/reference/azure-regions.json, provenance in azure-facts.md §6.4',
  sources: {
    A: 'tal66/cloud-regions web/data/azureData.js (commit 360cfdc7b9bf8b087d97dba90742627905683234): a dump of `az account list-locations` metadata (latitude, longitude, geographyGroup). 49 regions.',
    B: 'RakeemRanger/fastAzureRegionsAPI azure_geos.py (commit 813706b1…): mexicocentral only. Its geography label "Mexico" is an assumption.',
    C: 'vmisson/azure-region-span dashboard/www/regions.js (commit 0ff38548…): spaincentral, austriaeast, belgiumcentral, denmarkeast, chilecentral, newzealandnorth, indonesiacentral, malaysiawest. These are APPROXIMATE city centres, not ARM metadata, and their geography labels are assumptions.',
  },
  notes:
    'israelcentral uses Source A (32.070186, 34.71708); azure_geos.py disagrees (31.2655698, 33.4506633). ' +
    'EUAP/staging regions, brazilus, China and US Government clouds are excluded; Jio India Central/West (restricted access) are included.',
} as const;

/** Regions whose coordinates are approximate city centres (Source C), so estimates using them are rougher. */
export const APPROXIMATE_REGION_NAMES: readonly string[] = [
  'spaincentral',
  'austriaeast',
  'belgiumcentral',
  'denmarkeast',
  'chilecentral',
  'newzealandnorth',
  'indonesiacentral',
  'malaysiawest',
];

export const AZURE_REGIONS: readonly AzureRegion[] = regionList;

const normalise = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

const byName = new Map(AZURE_REGIONS.map((r) => [r.name, r]));

/**
 * The region with this ARM name. A display name also works (`West Europe` → `westeurope`), because
 * every ARM name in the list is its display name in lower case without spaces.
 */
export function regionByName(name: string): AzureRegion | undefined {
  return byName.get(normalise(name));
}
