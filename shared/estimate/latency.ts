// Round-trip time of each kind of leg a path is made of. A distance leg is
//   RTT = 2 × great-circle distance × route inflation × fibre delay (µs/km), at least the per-leg floor;
// fixed legs (IPsec processing, an in-region peering hop) are stated constants. All parameters are in
// ./parameters.ts with their sources. A leg whose coordinates are unknown has distanceKm and rttMs
// null, and the path's RTT is then null too: never NaN, never an invented place.
import { greatCircleKm, type LatLon } from './geo';
import { PARAMETERS, type EstimateParameters, type Parameter } from './parameters';
import type { LegEstimate } from './types';
import { flat } from '../kept/flat';

/** A named end of a leg; point is undefined when its coordinates are unknown. */
export interface Place {
  readonly label: string;
  readonly point: LatLon | undefined;
}

/** Round trip over fibre: 2 × distance × inflation × µs/km, in ms (no floor). */
export function fibreRttMs(distanceKm: number, inflation: number, params: EstimateParameters = PARAMETERS): number {
  return (2 * distanceKm * inflation * params.fibreMicrosecondsPerKm.value) / 1000;
}

export const formatKm = (km: number): string => (km < 10 ? km.toFixed(1) : km.toFixed(0));
export const formatMs = (ms: number): string => ms.toFixed(2);

/**
 * A distance leg's round trip alone, as distanceLeg works it out (the same sum in the same order),
 * for a way in whose figures are worked out before its legs are (./wayIn.ts); null when a point is unknown.
 */
export function distanceRttMs(from: LatLon | undefined, to: LatLon | undefined, inflation: Parameter, params: EstimateParameters = PARAMETERS): number | null {
  if (!from || !to) return null;
  return Math.max(fibreRttMs(greatCircleKm(from, to, params.earthRadiusKm.value), inflation.value, params), params.minLegRttMs.value);
}

/** A leg between two places over fibre with the given route inflation, floored at params.minLegRttMs. */
export function distanceLeg(
  kind: LegEstimate['kind'],
  from: Place,
  to: Place,
  inflation: Parameter,
  params: EstimateParameters = PARAMETERS,
): LegEstimate {
  const label = flat(`${from.label} → ${to.label}`);
  if (!from.point || !to.point) {
    const missing = [from, to].filter((p) => !p.point).map((p) => p.label);
    return { kind, label, distanceKm: null, rttMs: null, formula: `unknown: no coordinates for ${missing.join(' and ')}` };
  }
  const distanceKm = greatCircleKm(from.point, to.point, params.earthRadiusKm.value);
  const raw = fibreRttMs(distanceKm, inflation.value, params);
  const floor = params.minLegRttMs.value;
  const rttMs = Math.max(raw, floor);
  const us = params.fibreMicrosecondsPerKm.value;
  let formula = `2 × ${formatKm(distanceKm)} km × ${inflation.value} × ${us} µs/km = ${formatMs(raw)} ms`;
  if (raw < floor) formula += `, raised to the ${floor} ms per-leg floor`;
  return { kind, label, distanceKm, rttMs, formula: flat(formula) };
}

/** Site-to-site VPN over the internet: site → the gateway's Azure region, × the internet inflation. */
export function internetLeg(site: Place, region: Place, params: EstimateParameters = PARAMETERS): LegEstimate {
  return distanceLeg('internet', site, region, params.internetInflation, params);
}

/** IPsec processing at both tunnel ends (the on-premises device and the Azure VPN gateway). */
export function tunnelLeg(params: EstimateParameters = PARAMETERS): LegEstimate {
  const perEnd = params.tunnelMsPerEnd.value;
  return {
    kind: 'tunnel',
    label: 'IPsec tunnel processing (device and gateway)',
    distanceKm: 0,
    rttMs: 2 * perEnd,
    formula: `2 ends × ${perEnd} ms = ${formatMs(2 * perEnd)} ms`,
  };
}

/** ExpressRoute: the provider's path from the site to the peering location, × the provider inflation. */
export function providerLeg(site: Place, peeringLocation: Place, params: EstimateParameters = PARAMETERS): LegEstimate {
  return distanceLeg('provider', site, peeringLocation, params.providerInflation, params);
}

/** ExpressRoute: Microsoft's backbone from the peering location to the Azure region, × the backbone inflation. */
export function backboneLeg(peeringLocation: Place, region: Place, params: EstimateParameters = PARAMETERS): LegEstimate {
  return distanceLeg('backbone', peeringLocation, region, params.backboneInflation, params);
}

/**
 * VNet peering from the hub (where the gateway is) to a spoke: a fixed in-region hop when both are in
 * the same region, else a backbone distance leg between the two regions.
 */
export function peeringLeg(hub: Place & { region: string }, spoke: Place & { region: string }, params: EstimateParameters = PARAMETERS): LegEstimate {
  if (inOneRegion(hub, spoke)) {
    const rttMs = params.inRegionPeeringRttMs.value;
    return { kind: 'peering', label: flat(`${hub.label} → ${spoke.label} (same region)`), distanceKm: 0, rttMs, formula: flat(`in-region peering hop = ${formatMs(rttMs)} ms`) };
  }
  return distanceLeg('peering', hub, spoke, params.backboneInflation, params);
}

const inOneRegion = (hub: { region: string }, spoke: { region: string }): boolean => hub.region !== '' && hub.region === spoke.region;

/** peeringLeg's round trip alone (see distanceRttMs). */
export function peeringRttMs(hub: Place & { region: string }, spoke: Place & { region: string }, params: EstimateParameters = PARAMETERS): number | null {
  return inOneRegion(hub, spoke) ? params.inRegionPeeringRttMs.value : distanceRttMs(hub.point, spoke.point, params.backboneInflation, params);
}

/** The path's round trip: the sum of its legs, or null when any leg is unknown. */
export function sumRtt(legs: readonly LegEstimate[]): number | null {
  let total = 0;
  for (const leg of legs) {
    if (leg.rttMs === null) return null;
    total += leg.rttMs;
  }
  return total;
}
