// Great-circle distance between two points given in decimal degrees (haversine formula on a sphere).
import { PARAMETERS } from './parameters';

export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

const RADIANS = Math.PI / 180;

/** Great-circle distance in km between a and b, on a sphere of the given radius (IUGG mean radius by default). */
export function greatCircleKm(a: LatLon, b: LatLon, radiusKm: number = PARAMETERS.earthRadiusKm.value): number {
  const dLat = (b.latitude - a.latitude) * RADIANS;
  const dLon = (b.longitude - a.longitude) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding just above 1 for antipodal points.
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point when both coordinates are finite numbers, else undefined (never a made-up place). */
export function pointOf(latitude: number | null | undefined, longitude: number | null | undefined): LatLon | undefined {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  return { latitude, longitude };
}
