// ExpressRoute peering locations: pricing zone, Local-SKU regions, ER Direct support and
// connectivity providers, plus where Global Reach is offered. Used by the inspector pickers, the
// Standard/Local/Premium scope rules, the circuit price estimate and the latency estimator.
import { geopoliticalRegionOfPeeringLocation, type GeopoliticalRegionName } from './geopoliticalRegions';

export const PEERING_LOCATIONS_SOURCE = {
  title: 'ExpressRoute peering locations and connectivity partners (providers by location)',
  path: 'MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md',
  msDate: '2023-08-28',
  url: 'https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers',
  notes: [
    'Rows the facts file combines ("Canberra / Canberra2", "Chennai / Chennai2", "Doha / Doha2", "Dubai / Dubai2", ' +
      '"Mumbai / Mumbai2", "Seoul / Seoul2", "Tokyo2 / Tokyo3") are split, each with the facility and providers its half of the row gives.',
    'Provider spellings are unified so one provider has one name: British Telecom → BT; AT&T DE / "AT&T (DE + NetBond)" → ' +
      'AT&T Dynamic Exchange (+ AT&T NetBond); Coresite → CoreSite; Liquid → Liquid Telecom; NTT GDC → NTT GDC EMEA; ' +
      'NTT → NTT Communications; Telia → Telia Carrier; SIFY → Sify; VodafoneIdea → Vodafone Idea; NextDC → NEXTDC; T-mobile → T-Mobile.',
    'Madrid2, Milan2, Zurich2 and Tel Aviv2 appear only in the geopolitical-region include (ms.date 2024-04-05), not in this ' +
      '2023 table: their zone, facility, Local regions, providers and ER Direct support are unknown (null / empty), not "none".',
    'Exchange providers reachable through other carriers: Cologix, CoreSite, DE-CIX, Equinix Cloud Exchange, Interxion, NEXTDC, ' +
      'Megaport, PacketFabric, Teraco. Satellite providers: Intelsat, SES, Viasat.',
    'Coordinates are not in any source: each is the city centre of the facility city to 2 decimals, an assumption ([UNSOURCED]).',
  ],
} as const;

export const GLOBAL_REACH_SOURCE = {
  title: 'About ExpressRoute Global Reach: availability',
  path: 'MicrosoftDocs/azure-docs articles/expressroute/expressroute-global-reach.md',
  msDate: '2023-06-29',
  url: 'https://learn.microsoft.com/azure/expressroute/expressroute-global-reach',
} as const;

/** ExpressRoute pricing zone (prices in the price book are per zone). */
export type PricingZone = 1 | 2 | 3 | 4;

export interface PeeringLocation {
  /** Spelt as in the geopolitical-region include, e.g. `Newport(Wales)`. */
  readonly name: string;
  /** Colocation facility; null where the 2023 table gives none. */
  readonly facility: string | null;
  /** Pricing zone; null for the 2024 geopolitical-only locations (unknown). */
  readonly zone: PricingZone | null;
  /** ARM names of the regions reachable with the Local SKU; [] where Local is not offered (or unknown when zone is null). */
  readonly localRegions: readonly string[];
  /** Connectivity providers; [] where the table lists none (or unknown when zone is null). */
  readonly providers: readonly string[];
  /** ExpressRoute Direct ports offered; null where unknown. */
  readonly expressRouteDirect: boolean | null;
  /** Spelt as in GLOBAL_REACH_COUNTRIES where the country is there (`Korea`, `Hong Kong SAR`, `United States`). */
  readonly country: string;
  /** Derived from the geopolitical-region table; null where that table does not list the location (Bogota, Portland). */
  readonly geopoliticalRegion: GeopoliticalRegionName | null;
  /** City whose centre gives the coordinates (the facility's city, which may differ from the location name). */
  readonly city: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Always an assumption: `assumption: city centre of <City>`. */
  readonly coordinatesSource: string;
  readonly note?: string;
}

type Row = Omit<PeeringLocation, 'geopoliticalRegion' | 'coordinatesSource'>;

const GEOPOLITICAL_ONLY_NOTE =
  'Listed only in the 2024 geopolitical-region include; zone, facility, Local regions, providers and ER Direct support are unknown.';
const NO_PROVIDERS_NOTE = 'The 2023 table lists no connectivity providers here (ExpressRoute Direct only at the time).';
const DOHA_NOTE = 'The 2023 table gives no facility; the page revision of 2026-04-28 names';

const ROWS: readonly Row[] = [
  { name: 'Abu Dhabi', facility: 'Etisalat KDC', zone: 3, localRegions: ['uaecentral'], expressRouteDirect: true,
    country: 'United Arab Emirates', city: 'Abu Dhabi', latitude: 24.45, longitude: 54.38,
    providers: [], note: NO_PROVIDERS_NOTE },
  { name: 'Amsterdam', facility: 'Equinix AM5', zone: 1, localRegions: ['westeurope'], expressRouteDirect: true,
    country: 'Netherlands', city: 'Amsterdam', latitude: 52.37, longitude: 4.9,
    providers: ['Aryaka', 'AT&T NetBond', 'BT', 'Colt', 'Equinix', 'euNetworks', 'GÉANT', 'InterCloud', 'Interxion', 'KPN',
      'IX Reach', 'Level 3', 'Megaport', 'NTT Communications', 'Orange', 'Tata', 'Telefonica', 'Telenor', 'Telia Carrier',
      'Verizon', 'Zayo'] },
  { name: 'Amsterdam2', facility: 'Interxion AMS8', zone: 1, localRegions: ['westeurope'], expressRouteDirect: true,
    country: 'Netherlands', city: 'Amsterdam', latitude: 52.37, longitude: 4.9,
    providers: ['BICS', 'BT', 'CenturyLink', 'Colt', 'DE-CIX', 'Equinix', 'euNetworks', 'GÉANT', 'Interxion', 'Megaport',
      'NL-IX', 'NOS', 'NTT GDC EMEA', 'Orange', 'Vodafone'] },
  { name: 'Atlanta', facility: 'Equinix AT2', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Atlanta', latitude: 33.75, longitude: -84.39,
    providers: ['Equinix', 'Megaport'] },
  { name: 'Auckland', facility: 'Vocus Albany', zone: 2, localRegions: [], expressRouteDirect: true,
    country: 'New Zealand', city: 'Auckland', latitude: -36.85, longitude: 174.76,
    providers: ['Devoli', 'Kordia', 'Megaport', 'REANNZ', 'Spark NZ', 'Vocus'] },
  { name: 'Bangkok', facility: 'AIS', zone: 2, localRegions: [], expressRouteDirect: true,
    country: 'Thailand', city: 'Bangkok', latitude: 13.76, longitude: 100.5,
    providers: ['AIS', 'National Telecom UIH'] },
  { name: 'Berlin', facility: 'NTT GDC', zone: 1, localRegions: ['germanynorth'], expressRouteDirect: true,
    country: 'Germany', city: 'Berlin', latitude: 52.52, longitude: 13.4,
    providers: ['Colt', 'Equinix', 'NTT GDC EMEA'] },
  { name: 'Bogota', facility: 'Equinix BG1', zone: 4, localRegions: [], expressRouteDirect: true,
    country: 'Colombia', city: 'Bogota', latitude: 4.71, longitude: -74.07,
    providers: ['CenturyLink', 'Equinix'] },
  { name: 'Busan', facility: 'LG CNS', zone: 2, localRegions: ['koreasouth'], expressRouteDirect: false,
    country: 'Korea', city: 'Busan', latitude: 35.18, longitude: 129.08,
    providers: ['LG CNS'] },
  { name: 'Campinas', facility: 'Ascenty', zone: 3, localRegions: ['brazilsouth'], expressRouteDirect: true,
    country: 'Brazil', city: 'Campinas', latitude: -22.91, longitude: -47.06,
    providers: ['Ascenty'] },
  { name: 'Canberra', facility: 'CDC', zone: 1, localRegions: ['australiacentral'], expressRouteDirect: true,
    country: 'Australia', city: 'Canberra', latitude: -35.28, longitude: 149.13,
    providers: ['CDC'] },
  { name: 'Canberra2', facility: 'CDC', zone: 1, localRegions: ['australiacentral2'], expressRouteDirect: true,
    country: 'Australia', city: 'Canberra', latitude: -35.28, longitude: 149.13,
    providers: ['CDC', 'Equinix'] },
  { name: 'Cape Town', facility: 'Teraco CT1', zone: 3, localRegions: ['southafricawest'], expressRouteDirect: true,
    country: 'South Africa', city: 'Cape Town', latitude: -33.92, longitude: 18.42,
    providers: ['BCX', 'Internet Solutions', 'Liquid Telecom', 'MTN', 'Teraco', 'Vodacom'] },
  { name: 'Chennai', facility: 'Tata', zone: 2, localRegions: ['southindia'], expressRouteDirect: true,
    country: 'India', city: 'Chennai', latitude: 13.08, longitude: 80.27,
    providers: ['BSNL', 'DE-CIX', 'GCX', 'Lightstorm', 'Sify', 'Tata', 'Vodafone Idea'] },
  { name: 'Chennai2', facility: 'Airtel', zone: 2, localRegions: ['southindia'], expressRouteDirect: true,
    country: 'India', city: 'Chennai', latitude: 13.08, longitude: 80.27,
    providers: ['Airtel'] },
  { name: 'Chicago', facility: 'Equinix CH1', zone: 1, localRegions: ['northcentralus'], expressRouteDirect: true,
    country: 'United States', city: 'Chicago', latitude: 41.88, longitude: -87.63,
    providers: ['Aryaka', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'BT', 'CenturyLink', 'Cologix', 'Colt', 'Comcast', 'CoreSite',
      'Equinix', 'InterCloud', 'Internet2', 'Level 3', 'Megaport', 'Momentum', 'PacketFabric', 'PCCW', 'Sprint', 'Tata',
      'Telia Carrier', 'Verizon', 'Vodafone', 'Zayo'] },
  { name: 'Chicago2', facility: 'CoreSite CH1', zone: 1, localRegions: ['northcentralus'], expressRouteDirect: true,
    country: 'United States', city: 'Chicago', latitude: 41.88, longitude: -87.63,
    providers: ['CoreSite', 'DE-CIX'] },
  { name: 'Copenhagen', facility: 'Interxion CPH1', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'Denmark', city: 'Copenhagen', latitude: 55.68, longitude: 12.57,
    providers: ['GlobalConnect', 'Interxion'] },
  { name: 'Dallas', facility: 'Equinix DA3', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Dallas', latitude: 32.78, longitude: -96.8,
    providers: ['Aryaka', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'Cologix', 'Cox', 'Equinix', 'InterCloud', 'Internet2', 'Level 3',
      'Megaport', 'Neutrona', 'Orange', 'PacketFabric', 'Telmex', 'Telia Carrier', 'Transtelco', 'Verizon', 'Vodafone', 'Zayo'] },
  { name: 'Denver', facility: 'CoreSite DE1', zone: 1, localRegions: ['westcentralus'], expressRouteDirect: true,
    country: 'United States', city: 'Denver', latitude: 39.74, longitude: -104.99,
    providers: ['CoreSite', 'Megaport', 'PacketFabric', 'Zayo'] },
  { name: 'Doha', facility: null, zone: 3, localRegions: ['qatarcentral'], expressRouteDirect: true,
    country: 'Qatar', city: 'Doha', latitude: 25.29, longitude: 51.53,
    providers: ['Ooredoo', 'Vodafone'], note: `${DOHA_NOTE} MEEZA MV2.` },
  { name: 'Doha2', facility: null, zone: 3, localRegions: ['qatarcentral'], expressRouteDirect: true,
    country: 'Qatar', city: 'Doha', latitude: 25.29, longitude: 51.53,
    providers: ['Ooredoo'], note: `${DOHA_NOTE} Ooredoo.` },
  { name: 'Dubai', facility: 'PCCS', zone: 3, localRegions: ['uaenorth'], expressRouteDirect: true,
    country: 'United Arab Emirates', city: 'Dubai', latitude: 25.2, longitude: 55.27,
    providers: ['Etisalat'] },
  { name: 'Dubai2', facility: 'du datamena', zone: 3, localRegions: ['uaenorth'], expressRouteDirect: false,
    country: 'United Arab Emirates', city: 'Dubai', latitude: 25.2, longitude: 55.27,
    providers: ['DE-CIX', 'du', 'Equinix', 'GBI', 'Megaport', 'Orange', 'Orixcom'] },
  { name: 'Dublin', facility: 'Equinix DB3', zone: 1, localRegions: ['northeurope'], expressRouteDirect: true,
    country: 'Ireland', city: 'Dublin', latitude: 53.35, longitude: -6.26,
    providers: ['CenturyLink', 'Colt', 'eir', 'Equinix', 'GÉANT', 'euNetworks', 'Interxion', 'Megaport', 'Zayo'] },
  { name: 'Dublin2', facility: 'Interxion DUB2', zone: 1, localRegions: ['northeurope'], expressRouteDirect: true,
    country: 'Ireland', city: 'Dublin', latitude: 53.35, longitude: -6.26,
    providers: ['Interxion', 'KPN', 'Orange'] },
  { name: 'Frankfurt', facility: 'Interxion FRA11', zone: 1, localRegions: ['germanywestcentral'], expressRouteDirect: true,
    country: 'Germany', city: 'Frankfurt', latitude: 50.11, longitude: 8.68,
    providers: ['AT&T NetBond', 'BT', 'CenturyLink', 'China Unicom', 'Colt', 'DE-CIX', 'Equinix', 'euNetworks', 'GBI', 'GÉANT',
      'InterCloud', 'Interxion', 'Megaport', 'NTT GDC EMEA', 'Orange', 'Telia Carrier', 'T-Systems', 'Verizon', 'Zayo'] },
  { name: 'Frankfurt2', facility: 'Equinix FR7', zone: 1, localRegions: ['germanywestcentral'], expressRouteDirect: true,
    country: 'Germany', city: 'Frankfurt', latitude: 50.11, longitude: 8.68,
    providers: ['DE-CIX', 'Deutsche Telekom', 'Equinix', 'InterCloud'] },
  { name: 'Geneva', facility: 'Equinix GV2', zone: 1, localRegions: ['switzerlandwest'], expressRouteDirect: true,
    country: 'Switzerland', city: 'Geneva', latitude: 46.2, longitude: 6.14,
    providers: ['Colt', 'Equinix', 'InterCloud', 'Megaport', 'Swisscom'] },
  { name: 'Hong Kong', facility: 'Equinix HK1', zone: 2, localRegions: ['eastasia'], expressRouteDirect: true,
    country: 'Hong Kong SAR', city: 'Hong Kong', latitude: 22.32, longitude: 114.17,
    providers: ['Aryaka', 'BT', 'CenturyLink', 'Chief', 'China Telecom Global', 'China Unicom', 'Colt', 'Equinix', 'InterCloud',
      'Megaport', 'NTT Communications', 'Orange', 'PCCW', 'Tata', 'Telia Carrier', 'Verizon', 'Zayo'] },
  { name: 'Hong Kong2', facility: 'iAdvantage MEGA-i', zone: 2, localRegions: ['eastasia'], expressRouteDirect: true,
    country: 'Hong Kong SAR', city: 'Hong Kong', latitude: 22.32, longitude: 114.17,
    providers: ['China Mobile Intl', 'China Telecom Global', 'Deutsche Telekom', 'Equinix', 'iAdvantage', 'Megaport', 'PCCW',
      'SingTel', 'Vodafone'] },
  { name: 'Jakarta', facility: 'Telin', zone: 4, localRegions: [], expressRouteDirect: true,
    country: 'Indonesia', city: 'Jakarta', latitude: -6.21, longitude: 106.85,
    providers: ['NTT Communications', 'Telin', 'XL Axiata'] },
  { name: 'Johannesburg', facility: 'Teraco JB1', zone: 3, localRegions: ['southafricanorth'], expressRouteDirect: true,
    country: 'South Africa', city: 'Johannesburg', latitude: -26.2, longitude: 28.05,
    providers: ['BCX', 'BT', 'Internet Solutions', 'Liquid Telecom', 'MTN', 'Orange', 'Teraco', 'Vodacom'] },
  { name: 'Kuala Lumpur', facility: 'TIME dotCom', zone: 2, localRegions: [], expressRouteDirect: false,
    country: 'Malaysia', city: 'Kuala Lumpur', latitude: 3.14, longitude: 101.69,
    providers: ['DE-CIX', 'TIME dotCom'] },
  { name: 'Las Vegas', facility: 'Switch LV', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Las Vegas', latitude: 36.17, longitude: -115.14,
    providers: ['CenturyLink', 'Megaport', 'PacketFabric'] },
  { name: 'London', facility: 'Equinix LD5', zone: 1, localRegions: ['uksouth'], expressRouteDirect: true,
    country: 'United Kingdom', city: 'Slough', latitude: 51.51, longitude: -0.59,
    providers: ['AT&T NetBond', 'Bezeq', 'BT', 'CenturyLink', 'Colt', 'Equinix', 'euNetworks', 'Intelsat', 'InterCloud',
      'Internet Solutions', 'Interxion', 'Jisc', 'Level 3', 'Megaport', 'MTN', 'NTT Communications', 'Orange', 'PCCW', 'Tata',
      'Telehouse-KDDI', 'Telenor', 'Telia Carrier', 'Verizon', 'Vodafone', 'Zayo'] },
  { name: 'London2', facility: 'Telehouse North Two', zone: 1, localRegions: ['uksouth'], expressRouteDirect: true,
    country: 'United Kingdom', city: 'London', latitude: 51.51, longitude: -0.13,
    providers: ['BICS', 'BT', 'CenturyLink', 'Colt', 'Equinix', 'GTT', 'Interxion', 'IX Reach', 'Jisc', 'Megaport', 'NTT GDC EMEA',
      'Ooredoo', 'Orange', 'SES', 'Sohonet', 'Telehouse-KDDI', 'Zayo', 'Vodafone'] },
  { name: 'Los Angeles', facility: 'CoreSite LA1', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Los Angeles', latitude: 34.05, longitude: -118.24,
    providers: ['AT&T Dynamic Exchange', 'CoreSite', 'Cloudflare', 'Equinix', 'Megaport', 'Neutrona', 'NTT Communications', 'Zayo'],
    note: 'Equinix takes no new circuits at this location.' },
  { name: 'Los Angeles2', facility: 'Equinix LA1', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Los Angeles', latitude: 34.05, longitude: -118.24,
    providers: ['Equinix', 'PacketFabric'] },
  { name: 'Madrid', facility: 'Interxion MAD1', zone: 1, localRegions: ['westeurope'], expressRouteDirect: true,
    country: 'Spain', city: 'Madrid', latitude: 40.42, longitude: -3.7,
    providers: ['DE-CIX', 'Interxion', 'Megaport', 'Telefonica'],
    note: 'The 2023 table gives West Europe (Amsterdam, ~1,500 km away) as the Local region; later revisions give Spain Central.' },
  { name: 'Madrid2', facility: null, zone: null, localRegions: [], expressRouteDirect: null,
    country: 'Spain', city: 'Madrid', latitude: 40.42, longitude: -3.7,
    providers: [], note: GEOPOLITICAL_ONLY_NOTE },
  { name: 'Marseille', facility: 'Interxion MRS1', zone: 1, localRegions: ['francesouth'], expressRouteDirect: false,
    country: 'France', city: 'Marseille', latitude: 43.3, longitude: 5.37,
    providers: ['Colt', 'DE-CIX', 'GÉANT', 'Interxion', 'Jaguar', 'Ooredoo'] },
  { name: 'Melbourne', facility: 'NextDC M1', zone: 2, localRegions: ['australiasoutheast'], expressRouteDirect: true,
    country: 'Australia', city: 'Melbourne', latitude: -37.81, longitude: 144.96,
    providers: ['AARNet', 'Devoli', 'Equinix', 'Megaport', 'NETSG', 'NEXTDC', 'Optus', 'Orange', 'Telstra', 'TPG'] },
  { name: 'Miami', facility: 'Equinix MI1', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Miami', latitude: 25.76, longitude: -80.19,
    providers: ['AT&T Dynamic Exchange', 'Claro', 'C3ntro', 'Equinix', 'Megaport', 'Neutrona'] },
  { name: 'Milan', facility: 'IRIDEOS', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'Italy', city: 'Milan', latitude: 45.46, longitude: 9.19,
    providers: ['Colt', 'Equinix', 'Fastweb', 'IRIDEOS', 'Retelit', 'Vodafone'] },
  { name: 'Milan2', facility: null, zone: null, localRegions: [], expressRouteDirect: null,
    country: 'Italy', city: 'Milan', latitude: 45.46, longitude: 9.19,
    providers: [], note: GEOPOLITICAL_ONLY_NOTE },
  { name: 'Minneapolis', facility: 'Cologix', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Minneapolis', latitude: 44.98, longitude: -93.27,
    providers: ['Cologix', 'Megaport'] },
  { name: 'Montreal', facility: 'Cologix MTL3', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'Canada', city: 'Montreal', latitude: 45.5, longitude: -73.57,
    providers: ['Bell Canada', 'CenturyLink', 'Cologix', 'Fibrenoire', 'Megaport', 'Telus', 'Zayo'] },
  { name: 'Mumbai', facility: 'Tata', zone: 2, localRegions: ['westindia'], expressRouteDirect: true,
    country: 'India', city: 'Mumbai', latitude: 19.08, longitude: 72.88,
    providers: ['BSNL', 'BT', 'DE-CIX', 'GCX', 'Reliance Jio', 'Sify', 'Tata', 'Verizon'] },
  { name: 'Mumbai2', facility: 'Airtel', zone: 2, localRegions: ['westindia'], expressRouteDirect: true,
    country: 'India', city: 'Mumbai', latitude: 19.08, longitude: 72.88,
    providers: ['Airtel', 'Sify', 'Orange', 'Vodafone Idea'] },
  { name: 'Munich', facility: 'EdgeConneX', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'Germany', city: 'Munich', latitude: 48.14, longitude: 11.58,
    providers: ['Colt', 'DE-CIX', 'Megaport'] },
  { name: 'New York', facility: 'Equinix NY5', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'United States', city: 'Secaucus', latitude: 40.79, longitude: -74.06,
    providers: ['CenturyLink', 'CoreSite', 'Crown Castle', 'DE-CIX', 'Equinix', 'InterCloud', 'Lightpath', 'Megaport', 'Momentum',
      'NTT Communications', 'Packet', 'Zayo'] },
  { name: 'Newport(Wales)', facility: 'Next Generation Data', zone: 1, localRegions: ['ukwest'], expressRouteDirect: true,
    country: 'United Kingdom', city: 'Newport', latitude: 51.58, longitude: -3,
    providers: ['BT', 'Colt', 'Jisc', 'Level 3', 'Next Generation Data'] },
  { name: 'Osaka', facility: 'Equinix OS1', zone: 2, localRegions: ['japanwest'], expressRouteDirect: true,
    country: 'Japan', city: 'Osaka', latitude: 34.69, longitude: 135.5,
    providers: ['AT TOKYO', 'BBIX', 'Colt', 'Equinix', 'IIJ', 'Megaport', 'NTT Communications', 'NTT SmartConnect', 'Softbank', 'Tokai'] },
  { name: 'Oslo', facility: 'DigiPlex Ulven', zone: 1, localRegions: ['norwayeast'], expressRouteDirect: true,
    country: 'Norway', city: 'Oslo', latitude: 59.91, longitude: 10.75,
    providers: ['GlobalConnect', 'Megaport', 'Telenor', 'Telia Carrier'] },
  { name: 'Paris', facility: 'Interxion PAR5', zone: 1, localRegions: ['francecentral'], expressRouteDirect: true,
    country: 'France', city: 'Paris', latitude: 48.86, longitude: 2.35,
    providers: ['BT', 'CenturyLink', 'Colt', 'Equinix', 'InterCloud', 'Interxion', 'Jaguar', 'Megaport', 'Orange', 'Telia Carrier',
      'Zayo', 'Verizon'] },
  { name: 'Paris2', facility: 'Equinix PA4', zone: 1, localRegions: ['francecentral'], expressRouteDirect: true,
    country: 'France', city: 'Paris', latitude: 48.86, longitude: 2.35,
    providers: ['Equinix'] },
  { name: 'Perth', facility: 'NextDC P1', zone: 2, localRegions: [], expressRouteDirect: true,
    country: 'Australia', city: 'Perth', latitude: -31.95, longitude: 115.86,
    providers: ['Equinix', 'Megaport', 'NEXTDC'] },
  { name: 'Phoenix', facility: 'EdgeConneX PHX01', zone: 1, localRegions: ['westus3'], expressRouteDirect: true,
    country: 'United States', city: 'Phoenix', latitude: 33.45, longitude: -112.07,
    providers: ['Cox', 'CenturyLink', 'DE-CIX', 'Megaport', 'Zayo'] },
  { name: 'Portland', facility: 'EdgeConneX POR01', zone: 1, localRegions: ['westus2'], expressRouteDirect: true,
    country: 'United States', city: 'Portland', latitude: 45.52, longitude: -122.68,
    providers: [], note: NO_PROVIDERS_NOTE },
  { name: 'Pune', facility: 'STT GDC', zone: 2, localRegions: ['centralindia'], expressRouteDirect: true,
    country: 'India', city: 'Pune', latitude: 18.52, longitude: 73.86,
    providers: ['Lightstorm', 'Tata'] },
  { name: 'Quebec City', facility: 'Vantage', zone: 1, localRegions: ['canadaeast'], expressRouteDirect: true,
    country: 'Canada', city: 'Quebec City', latitude: 46.81, longitude: -71.21,
    providers: ['Bell Canada', 'Equinix', 'Megaport', 'Telus'] },
  { name: 'Queretaro(Mexico)', facility: 'KIO QR01', zone: 4, localRegions: [], expressRouteDirect: true,
    country: 'Mexico', city: 'Queretaro', latitude: 20.59, longitude: -100.39,
    providers: ['Cirion', 'Megaport', 'Transtelco'] },
  { name: 'Quincy', facility: 'Sabey', zone: 1, localRegions: ['westus2'], expressRouteDirect: true,
    country: 'United States', city: 'Quincy, Washington', latitude: 47.23, longitude: -119.85,
    providers: [], note: NO_PROVIDERS_NOTE },
  { name: 'Rio de Janeiro', facility: 'Equinix RJ2', zone: 3, localRegions: ['brazilsoutheast'], expressRouteDirect: true,
    country: 'Brazil', city: 'Rio de Janeiro', latitude: -22.91, longitude: -43.17,
    providers: ['Cirion', 'Equinix'] },
  { name: 'San Antonio', facility: 'CyrusOne SA1', zone: 1, localRegions: ['southcentralus'], expressRouteDirect: true,
    country: 'United States', city: 'San Antonio', latitude: 29.42, longitude: -98.49,
    providers: ['CenturyLink', 'Megaport', 'Zayo'] },
  { name: 'Santiago', facility: 'EdgeConneX SCL', zone: 3, localRegions: [], expressRouteDirect: true,
    country: 'Chile', city: 'Santiago', latitude: -33.45, longitude: -70.67,
    providers: ['PitChile'] },
  { name: 'Sao Paulo', facility: 'Equinix SP2', zone: 3, localRegions: ['brazilsouth'], expressRouteDirect: true,
    country: 'Brazil', city: 'Sao Paulo', latitude: -23.55, longitude: -46.63,
    providers: ['Aryaka', 'Ascenty', 'BT', 'Equinix', 'InterCloud', 'Level 3', 'Neutrona', 'Orange', 'RedCLARA', 'Tata', 'Telefonica',
      'UOLDIVEO'] },
  { name: 'Sao Paulo2', facility: 'TIVIT', zone: 3, localRegions: ['brazilsouth'], expressRouteDirect: true,
    country: 'Brazil', city: 'Sao Paulo', latitude: -23.55, longitude: -46.63,
    providers: ['Ascenty', 'Tivit'] },
  { name: 'Seattle', facility: 'Equinix SE2', zone: 1, localRegions: ['westus2'], expressRouteDirect: true,
    country: 'United States', city: 'Seattle', latitude: 47.61, longitude: -122.33,
    providers: ['Aryaka', 'CenturyLink', 'Equinix', 'Level 3', 'Megaport', 'PacketFabric', 'Telus', 'Zayo'] },
  { name: 'Seoul', facility: 'KINX', zone: 2, localRegions: ['koreacentral'], expressRouteDirect: true,
    country: 'Korea', city: 'Seoul', latitude: 37.57, longitude: 126.98,
    providers: ['KINX', 'KT', 'LG CNS', 'LGUplus', 'Equinix', 'Sejong', 'SK Telecom'] },
  { name: 'Seoul2', facility: 'KT', zone: 2, localRegions: ['koreacentral'], expressRouteDirect: false,
    country: 'Korea', city: 'Seoul', latitude: 37.57, longitude: 126.98,
    providers: ['KT'] },
  { name: 'Silicon Valley', facility: 'Equinix SV1', zone: 1, localRegions: ['westus'], expressRouteDirect: true,
    country: 'United States', city: 'San Jose', latitude: 37.34, longitude: -121.89,
    providers: ['Aryaka', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'BT', 'CenturyLink', 'Colt', 'Comcast', 'CoreSite', 'Cox',
      'Equinix', 'InterCloud', 'Internet2', 'IX Reach', 'Packet', 'PacketFabric', 'Level 3', 'Megaport', 'Orange', 'Sprint', 'Tata',
      'Telia Carrier', 'Verizon', 'Vodafone', 'Zayo'] },
  { name: 'Silicon Valley2', facility: 'Coresite SV7', zone: 1, localRegions: ['westus'], expressRouteDirect: true,
    country: 'United States', city: 'Santa Clara', latitude: 37.35, longitude: -121.96,
    providers: ['Colt', 'CoreSite'] },
  { name: 'Singapore', facility: 'Equinix SG1', zone: 2, localRegions: ['southeastasia'], expressRouteDirect: true,
    country: 'Singapore', city: 'Singapore', latitude: 1.29, longitude: 103.85,
    providers: ['Aryaka', 'AT&T NetBond', 'BT', 'China Mobile Intl', 'Epsilon', 'Equinix', 'InterCloud', 'Level 3', 'Megaport',
      'NTT Communications', 'Orange', 'PCCW', 'SingTel', 'Tata', 'Telstra', 'Verizon', 'Vodafone'] },
  { name: 'Singapore2', facility: 'Global Switch Tai Seng', zone: 2, localRegions: ['southeastasia'], expressRouteDirect: true,
    country: 'Singapore', city: 'Singapore', latitude: 1.29, longitude: 103.85,
    providers: ['CenturyLink', 'China Unicom', 'Colt', 'DE-CIX', 'Epsilon', 'Equinix', 'Megaport', 'PCCW', 'SingTel', 'Telehouse-KDDI'] },
  { name: 'Stavanger', facility: 'Green Mountain', zone: 1, localRegions: ['norwaywest'], expressRouteDirect: true,
    country: 'Norway', city: 'Stavanger', latitude: 58.97, longitude: 5.73,
    providers: ['GlobalConnect', 'Megaport', 'Telenor'] },
  { name: 'Stockholm', facility: 'Equinix SK1', zone: 1, localRegions: ['swedencentral'], expressRouteDirect: true,
    country: 'Sweden', city: 'Stockholm', latitude: 59.33, longitude: 18.07,
    providers: ['Equinix', 'GlobalConnect', 'Interxion', 'Megaport', 'Telia Carrier'] },
  { name: 'Sydney', facility: 'Equinix SY2', zone: 2, localRegions: ['australiaeast'], expressRouteDirect: true,
    country: 'Australia', city: 'Sydney', latitude: -33.87, longitude: 151.21,
    providers: ['AARNet', 'AT&T NetBond', 'BT', 'Devoli', 'Equinix', 'Kordia', 'Megaport', 'NEXTDC', 'NTT Communications', 'Optus',
      'Orange', 'Spark NZ', 'Telstra', 'TPG', 'Verizon', 'Vocus'] },
  { name: 'Sydney2', facility: 'NextDC S1', zone: 2, localRegions: ['australiaeast'], expressRouteDirect: true,
    country: 'Australia', city: 'Sydney', latitude: -33.87, longitude: 151.21,
    providers: ['Megaport', 'NETSG', 'NEXTDC'] },
  { name: 'Taipei', facility: 'Chief', zone: 2, localRegions: [], expressRouteDirect: true,
    country: 'Taiwan', city: 'Taipei', latitude: 25.03, longitude: 121.57,
    providers: ['Chief', 'Chunghwa', 'FarEasTone'] },
  { name: 'Tel Aviv', facility: 'Bezeq Intl', zone: 2, localRegions: [], expressRouteDirect: true,
    country: 'Israel', city: 'Tel Aviv', latitude: 32.09, longitude: 34.78,
    providers: [], note: NO_PROVIDERS_NOTE },
  { name: 'Tel Aviv2', facility: null, zone: null, localRegions: [], expressRouteDirect: null,
    country: 'Israel', city: 'Tel Aviv', latitude: 32.09, longitude: 34.78,
    providers: [], note: GEOPOLITICAL_ONLY_NOTE },
  { name: 'Tokyo', facility: 'Equinix TY4', zone: 2, localRegions: ['japaneast'], expressRouteDirect: true,
    country: 'Japan', city: 'Tokyo', latitude: 35.68, longitude: 139.69,
    providers: ['Aryaka', 'AT&T NetBond', 'BBIX', 'BT', 'CenturyLink', 'Colt', 'Equinix', 'InterCloud', 'IIJ', 'Megaport',
      'NTT Communications', 'NTT EAST', 'Orange', 'Softbank', 'Telehouse-KDDI', 'Verizon'] },
  { name: 'Tokyo2', facility: 'AT TOKYO', zone: 2, localRegions: ['japaneast'], expressRouteDirect: true,
    country: 'Japan', city: 'Tokyo', latitude: 35.68, longitude: 139.69,
    providers: ['AT TOKYO', 'China Unicom', 'Colt', 'Equinix', 'IX Reach', 'Megaport', 'PCCW', 'Tokai'] },
  { name: 'Tokyo3', facility: 'NEC', zone: 2, localRegions: ['japaneast'], expressRouteDirect: true,
    country: 'Japan', city: 'Tokyo', latitude: 35.68, longitude: 139.69,
    providers: ['NEC', 'SCSK'] },
  { name: 'Toronto', facility: 'Cologix TOR1', zone: 1, localRegions: ['canadacentral'], expressRouteDirect: true,
    country: 'Canada', city: 'Toronto', latitude: 43.65, longitude: -79.38,
    providers: ['AT&T NetBond', 'Bell Canada', 'CenturyLink', 'Cologix', 'Equinix', 'IX Reach', 'Megaport', 'Orange', 'Telus',
      'Verizon', 'Zayo'] },
  { name: 'Toronto2', facility: 'Allied REIT', zone: 1, localRegions: ['canadacentral'], expressRouteDirect: true,
    country: 'Canada', city: 'Toronto', latitude: 43.65, longitude: -79.38,
    providers: ['Fibrenoire'] },
  { name: 'Vancouver', facility: 'Cologix VAN1', zone: 1, localRegions: [], expressRouteDirect: true,
    country: 'Canada', city: 'Vancouver', latitude: 49.28, longitude: -123.12,
    providers: ['Bell Canada', 'Cologix', 'Megaport', 'Telus', 'Zayo'] },
  { name: 'Warsaw', facility: 'Equinix WA1', zone: 1, localRegions: ['polandcentral'], expressRouteDirect: true,
    country: 'Poland', city: 'Warsaw', latitude: 52.23, longitude: 21.01,
    providers: ['Equinix', 'Orange Poland', 'T-Mobile Poland'] },
  { name: 'Washington DC', facility: 'Equinix DC2/DC6', zone: 1, localRegions: ['eastus', 'eastus2'], expressRouteDirect: true,
    country: 'United States', city: 'Ashburn', latitude: 39.04, longitude: -77.49,
    providers: ['Aryaka', 'AT&T NetBond', 'BT', 'CenturyLink', 'Cologix', 'Colt', 'Comcast', 'CoreSite', 'Cox', 'Crown Castle',
      'Equinix', 'Internet2', 'InterCloud', 'Iron Mountain', 'IX Reach', 'Level 3', 'Lightpath', 'Megaport', 'Neutrona',
      'NTT Communications', 'Orange', 'PacketFabric', 'SES', 'Sprint', 'Tata', 'Telia Carrier', 'Verizon', 'Zayo'] },
  { name: 'Washington DC2', facility: 'Coresite VA2', zone: 1, localRegions: ['eastus', 'eastus2'], expressRouteDirect: false,
    country: 'United States', city: 'Reston', latitude: 38.96, longitude: -77.36,
    providers: ['CenturyLink', 'CoreSite', 'Intelsat', 'Megaport', 'Momentum', 'Viasat', 'Zayo'] },
  { name: 'Zurich', facility: 'Interxion ZUR2', zone: 1, localRegions: ['switzerlandnorth'], expressRouteDirect: true,
    country: 'Switzerland', city: 'Zurich', latitude: 47.38, longitude: 8.54,
    providers: ['Colt', 'Equinix', 'InterCloud', 'Interxion', 'Megaport', 'Swisscom', 'Zayo'] },
  { name: 'Zurich2', facility: null, zone: null, localRegions: [], expressRouteDirect: null,
    country: 'Switzerland', city: 'Zurich', latitude: 47.38, longitude: 8.54,
    providers: [], note: GEOPOLITICAL_ONLY_NOTE },
];

export const PEERING_LOCATIONS: readonly PeeringLocation[] = ROWS.map((row) => ({
  ...row,
  geopoliticalRegion: geopoliticalRegionOfPeeringLocation(row.name)?.name ?? null,
  coordinatesSource: `assumption: city centre of ${row.city}`,
}));

// Names are compared without case or spaces, so "Newport (Wales)" finds "Newport(Wales)".
const normalise = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

const byName = new Map(PEERING_LOCATIONS.map((l) => [normalise(l.name), l]));

export function peeringLocationByName(name: string): PeeringLocation | undefined {
  return byName.get(normalise(name));
}

/** Every connectivity provider named at any location, sorted, each once. */
export const PROVIDERS: readonly string[] = [...new Set(PEERING_LOCATIONS.flatMap((l) => l.providers))].sort((a, b) =>
  a.localeCompare(b, 'en'),
);

/** Locations where this provider (any case) offers circuits, in table order. */
export function locationsServedBy(provider: string): PeeringLocation[] {
  const wanted = provider.toLowerCase();
  return PEERING_LOCATIONS.filter((l) => l.providers.some((p) => p.toLowerCase() === wanted));
}

export interface GlobalReachCountry {
  /** Spelt as PeeringLocation.country. */
  readonly country: string;
  /** Where given, Global Reach is offered only at these peering locations of the country. */
  readonly onlyAt?: readonly string[];
}

/** Countries whose peering locations offer Global Reach (2023-06-29). Local-SKU circuits never get it (azure-facts.md §3.10). */
export const GLOBAL_REACH_COUNTRIES: readonly GlobalReachCountry[] = [
  { country: 'Australia' },
  { country: 'Canada' },
  { country: 'Denmark' },
  { country: 'France' },
  { country: 'Germany' },
  { country: 'Hong Kong SAR' },
  { country: 'India' },
  { country: 'Ireland' },
  { country: 'Japan' },
  { country: 'Korea' },
  { country: 'Netherlands' },
  { country: 'New Zealand' },
  { country: 'Norway' },
  { country: 'Poland' },
  { country: 'Singapore' },
  { country: 'South Africa', onlyAt: ['Johannesburg'] },
  { country: 'Sweden' },
  { country: 'Switzerland' },
  { country: 'Taiwan' },
  { country: 'United Kingdom' },
  { country: 'United States' },
];

const globalReachByCountry = new Map(GLOBAL_REACH_COUNTRIES.map((c) => [c.country, c]));

/** Whether a circuit at this peering location can use Global Reach; false for an unknown location. */
export function globalReachSupportedAt(locationName: string): boolean {
  const location = peeringLocationByName(locationName);
  if (!location) return false;
  const entry = globalReachByCountry.get(location.country);
  if (!entry) return false;
  return entry.onlyAt === undefined || entry.onlyAt.some((name) => normalise(name) === normalise(location.name));
}
