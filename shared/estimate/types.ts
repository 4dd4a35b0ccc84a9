// What the estimator returns. Every figure carries how it was computed (formula and inputs) so
// the designer can expand it, and whether it rests on a secondary source or an assumption.
import type { SitePath } from '../topology/sitePaths';

export type Provenance = 'doc' | 'secondary' | 'assumption' | 'override' | 'imported';

/** One price of the price book: USD per unit, or null where no trustworthy figure exists. */
export interface PriceEntry {
  id: string;
  label: string;
  unit: 'hour' | 'month' | 'GB' | 'connection-hour' | 'scale-unit-hour';
  usd: number | null;
  /** Where the figure comes from (URL or named dataset with its date). */
  source: string;
  provenance: Provenance;
  note?: string;
}

/**
 * A quantity the prices depend on, not a price: how much a price includes (tunnels, P2S
 * connections, free egress) or where a volume tier ends. Overridable by id like a price.
 */
export interface AllowanceEntry {
  id: string;
  label: string;
  unit: 'tunnel' | 'connection' | 'GB';
  quantity: number | null;
  source: string;
  provenance: Provenance;
  note?: string;
}

export interface PriceBook {
  currency: 'USD';
  /** The date the figures were read, ISO yyyy-mm-dd. */
  effectiveDate: string;
  entries: Readonly<Record<string, PriceEntry>>;
  /** Included quantities and tier boundaries (added for the cost estimator; see AllowanceEntry). */
  allowances: Readonly<Record<string, AllowanceEntry>>;
}

export interface CostInput {
  name: string;
  value: string;
  provenance?: Provenance;
}

export interface CostLine {
  /** The element or link the cost belongs to. */
  itemId: string;
  label: string;
  /** USD per month, or null when a price it needs is unknown. */
  monthlyUsd: number | null;
  /** Human-readable formula, e.g. "0.21 $/h × 730 h". */
  formula: string;
  inputs: CostInput[];
  /** Ids of price-book entries that are unknown (null) and block this figure. */
  unknownPrices: string[];
  /** True when any price used rests on a secondary source or an assumption. */
  secondary: boolean;
}

export interface CostEstimate {
  currency: 'USD';
  effectiveDate: string;
  lines: CostLine[];
  /** Sum of the known lines. */
  totalUsd: number;
  /** True when some line is unknown, so the total is a lower bound. */
  incomplete: boolean;
}

export interface LegEstimate {
  kind: 'lastMile' | 'internet' | 'tunnel' | 'provider' | 'backbone' | 'peering';
  label: string;
  /** Great-circle distance the leg covers; null when a coordinate it needs is unknown. */
  distanceKm: number | null;
  /** Round-trip time of the leg; null when unknown (never NaN). */
  rttMs: number | null;
  /** How rttMs was computed, with the numbers, e.g. "2 × 463 km × 2.1 × 4.9 µs/km = 9.5 ms". */
  formula: string;
}

export interface PathEstimate {
  path: SitePath;
  legs: LegEstimate[];
  /** Sum of the legs' round trips; null when any leg is unknown (see warnings). */
  rttMs: number | null;
  /** What the estimate could not work out or rests on loosely (unknown coordinates, SKU/generation mismatch). */
  warnings: string[];
  overInternet: boolean;
  encrypted: boolean;
  jitter: 'low' | 'medium' | 'high';
  /** Smallest capacity along the path, in Mbps, and what it is; null when unknown. */
  bottleneckMbps: number | null;
  bottleneckAt: string;
  /** Every capacity considered for the bottleneck, in path order. */
  bandwidthInputs: Array<{ name: string; mbps: number; provenance: Provenance; source: string; note?: string }>;
  /** Composite availability of the components in series, 0..1. */
  availability: number;
  downtimeMinutesPerMonth: number;
  /** Component availabilities used (name, value, source/assumption). */
  availabilityInputs: Array<{ name: string; value: number; provenance: Provenance; source: string; note?: string }>;
}

export interface SiteVnetEstimate {
  siteId: string;
  vnetId: string;
  paths: PathEstimate[];
  /** Availability with the redundant paths in parallel. */
  combinedAvailability: number;
  combinedDowntimeMinutesPerMonth: number;
  /** How the paths were combined (which components are shared, exact or lower bound). */
  combinedFormula: string;
}
