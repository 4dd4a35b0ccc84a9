import { describe, expect, it } from 'vitest';
import { greatCircleKm, pointOf } from './geo';

const R = 6371.0088; // IUGG mean Earth radius, km

/** Spherical law of cosines: a different formula from the haversine under test. */
function cosineLawKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const c = Math.sin(lat1 * rad) * Math.sin(lat2 * rad) + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return R * Math.acos(Math.min(1, c));
}

describe('greatCircleKm', () => {
  it.each([
    // name, a, b, expected km (by hand)
    ['a point to itself', [52.37, 4.9], [52.37, 4.9], 0],
    ['a quarter meridian, equator to pole', [0, 0], [90, 0], (Math.PI / 2) * R],
    ['9 degrees along the equator', [0, 0], [0, 9], (9 * Math.PI * R) / 180],
    ['antipodes', [0, 0], [0, 180], Math.PI * R],
  ] as const)('measures %s exactly', (_name, a, b, expected) => {
    expect(greatCircleKm({ latitude: a[0], longitude: a[1] }, { latitude: b[0], longitude: b[1] })).toBeCloseTo(expected, 6);
  });

  // Published great-circle distances between city centres (rounded to the km).
  it.each([
    { from: 'Amsterdam', a: [52.37, 4.9], to: 'Dublin', b: [53.35, -6.26], knownKm: 757 },
    { from: 'London', a: [51.5074, -0.1278], to: 'Paris', b: [48.8566, 2.3522], knownKm: 344 },
    { from: 'New York', a: [40.7128, -74.006], to: 'London', b: [51.5074, -0.1278], knownKm: 5570 },
  ] as const)('puts $from about $knownKm km from $to', ({ a, b, knownKm }) => {
    const km = greatCircleKm({ latitude: a[0], longitude: a[1] }, { latitude: b[0], longitude: b[1] });
    expect(km).toBeCloseTo(cosineLawKm(a[0], a[1], b[0], b[1]), 6);
    expect(Math.abs(km - knownKm) / knownKm).toBeLessThan(0.005);
  });

  it('is symmetric', () => {
    const a = { latitude: -33.87, longitude: 151.21 };
    const b = { latitude: 35.68, longitude: 139.69 };
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
  });
});

describe('pointOf', () => {
  it.each([
    [52.37, 4.9, { latitude: 52.37, longitude: 4.9 }],
    [0, 0, { latitude: 0, longitude: 0 }],
    [null, 4.9, undefined],
    [52.37, null, undefined],
    [undefined, undefined, undefined],
    [Number.NaN, 4.9, undefined],
  ])('makes a point of (%s, %s) only when both coordinates are numbers', (lat, lon, expected) => {
    expect(pointOf(lat, lon)).toEqual(expected);
  });
});
