// Availability from published SLAs and stated assumptions (./parameters.ts).
// - In series (every component must be up): the product of the availabilities.
// - In parallel (redundant paths to the same VNet, at least one must be up): 1 − Π(1 − aᵢ), but only
//   over independent parts. Paths that share a component (the same gateway, circuit, internet line)
//   are not independent. combineParallel() is exact for independent components: it conditions on
//   every state (up/down) of the components shared by two or more paths; given those states the
//   paths' remaining parts are independent, so the parallel formula applies to them. With one shared
//   component S common to every path this is a_S × [1 − Π(1 − bᵢ)], bᵢ the rest of path i in series.
// - Downtime per month = (1 − a) × hours per month × 60.
import type { ErGatewaySku, VpnGatewaySku } from '../model/enums';
import { PARAMETERS, type EstimateParameters, type Parameter } from './parameters';
import type { PathEstimate } from './types';
import { flat } from '../kept/flat';

export type AvailabilityInput = PathEstimate['availabilityInputs'][number];

/** One component of a path: key identifies it across paths (element or link id), so sharing is seen. */
export interface Component extends AvailabilityInput {
  readonly key: string;
}

/** A component as an input of a path's availability: its note only when it has one. */
export const inputOf = ({ name, value, provenance, source, note }: Component): AvailabilityInput =>
  note === undefined ? { name, value, provenance, source } : { name, value, provenance, source, note };

export function series(values: Iterable<number>): number {
  let product = 1;
  for (const value of values) product *= value;
  return product;
}

export function parallel(values: Iterable<number>): number {
  let allDown = 1;
  for (const value of values) allDown *= 1 - value;
  return 1 - allDown;
}

export function downtimeMinutesPerMonth(availability: number, params: EstimateParameters = PARAMETERS): number {
  return (1 - availability) * params.hoursPerMonth.value * 60;
}

/** A component whose figure is a parameter: value, provenance and source come from it. */
export function componentOf(key: string, name: string, parameter: Parameter, note?: string): Component {
  const component: Component = { key: flat(key), name: flat(name), value: parameter.value, provenance: parameter.provenance, source: parameter.source };
  return note ? { ...component, note } : component;
}

/** The SLA parameter of a VPN gateway SKU: Basic 99.9%, VpnGw1–5 99.95% [SEC], AZ SKUs an assumption. */
export function vpnGatewaySla(sku: VpnGatewaySku, params: EstimateParameters = PARAMETERS): Parameter {
  if (sku === 'Basic') return params.vpnGatewayBasicSla;
  return sku.endsWith('AZ') ? params.vpnGatewayAzSla : params.vpnGatewaySla;
}

/** The SLA parameter of an ExpressRoute gateway SKU: non-AZ 99.95% [SEC], AZ and ErGwScale an assumption. */
export function erGatewaySla(sku: ErGatewaySku, params: EstimateParameters = PARAMETERS): Parameter {
  return sku === 'Standard' || sku === 'HighPerformance' || sku === 'UltraPerformance' ? params.erGatewaySla : params.erGatewayAzSla;
}

export const ACTIVE_ACTIVE_NOTE =
  'Active-active: the SLA is for the gateway as a whole; its two instances are not counted in parallel, as no source gives a higher figure for active-active.';

/** Above this many shared components the exact method (2^n states) gives way to a lower bound. */
export const MAX_EXACT_SHARED = 16;

export interface ParallelResult {
  availability: number;
  /** False when the lower bound was used (too many shared components). */
  exact: boolean;
  /** Components (that can fail) on two or more paths, in first-seen order. */
  shared: Component[];
  /** Shared components that are on every path. */
  common: Component[];
  /** Per path, the series availability of its components that are not shared. */
  privateParts: number[];
}

/**
 * Availability of a set of redundant paths (at least one must be up), each given as its components
 * in series. A component on several paths (same key) fails for all of them at once.
 */
export function combineParallel(paths: ReadonlyArray<readonly Component[]>): ParallelResult {
  // Each path's components, once each, without those that never fail.
  const lists = paths.map((components) => {
    const byKey = new Map<string, Component>();
    for (const c of components) if (c.value < 1 && !byKey.has(c.key)) byKey.set(c.key, c);
    return [...byKey.values()];
  });
  const count = new Map<string, number>();
  const firstSeen = new Map<string, Component>();
  for (const list of lists) {
    for (const c of list) {
      count.set(c.key, (count.get(c.key) ?? 0) + 1);
      if (!firstSeen.has(c.key)) firstSeen.set(c.key, c);
    }
  }
  const shared = [...firstSeen.values()].filter((c) => (count.get(c.key) ?? 0) >= 2);
  const common = shared.filter((c) => count.get(c.key) === lists.length);
  const sharedIndex = new Map(shared.map((c, i) => [c.key, i]));
  const privateParts = lists.map((list) => series(list.filter((c) => !sharedIndex.has(c.key)).map((c) => c.value)));

  if (lists.length === 0) return { availability: 0, exact: true, shared, common, privateParts };

  if (shared.length > MAX_EXACT_SHARED) {
    // Lower bound: every shared component required (in series) with the private parts in parallel.
    const availability = series(shared.map((c) => c.value)) * parallel(privateParts);
    return { availability, exact: false, shared, common, privateParts };
  }

  const needs = lists.map((list) => list.filter((c) => sharedIndex.has(c.key)).map((c) => sharedIndex.get(c.key) as number));
  let availability = 0;
  for (let mask = 0; mask < 1 << shared.length; mask++) {
    let probability = 1;
    for (let i = 0; i < shared.length; i++) probability *= mask & (1 << i) ? shared[i].value : 1 - shared[i].value;
    if (probability === 0) continue;
    let allDown = 1;
    for (let p = 0; p < lists.length; p++) {
      if (needs[p].every((i) => mask & (1 << i))) allDown *= 1 - privateParts[p];
    }
    availability += probability * (1 - allDown);
  }
  return { availability, exact: true, shared, common, privateParts };
}

const fmt = (a: number): string => a.toFixed(6);

/** A readable account of how combineParallel reached its figure, with the numbers. */
export function describeParallel(result: ParallelResult, pathCount: number): string {
  const total = fmt(result.availability);
  if (pathCount <= 1) return `one path: its components in series = ${total}`;
  const names = (cs: readonly Component[]) => cs.map((c) => `${c.name} ${fmt(c.value)}`).join(' × ');
  const rest = `[1 − ${result.privateParts.map((b) => `(1 − ${fmt(b)})`).join('')}]`;
  if (result.shared.length === 0) return `${pathCount} independent paths in parallel: 1 − Π(1 − aᵢ) = 1 − ${result.privateParts.map((b) => `(1 − ${fmt(b)})`).join('')} = ${total}`;
  if (!result.exact) {
    return `${pathCount} paths; ${result.shared.length} shared components taken in series (a lower bound: too many to enumerate): ${names(result.shared)} × ${rest} = ${total}`;
  }
  if (result.common.length === result.shared.length) {
    return `${pathCount} paths sharing ${names(result.common)} (in series) × their other parts in parallel ${rest} = ${total}`;
  }
  return (
    `${pathCount} paths in parallel; shared by some: ${names(result.shared)}. ` +
    `Exact over the ${2 ** result.shared.length} up/down states of the shared components, the paths' other parts in parallel = ${total}`
  );
}
