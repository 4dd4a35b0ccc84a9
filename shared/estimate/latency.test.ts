import { describe, expect, it } from 'vitest';
import { backboneLeg, distanceLeg, internetLeg, peeringLeg, providerLeg, sumRtt, tunnelLeg, type Place } from './latency';
import { PARAMETERS } from './parameters';

// The model's figures, written out by hand (parameters.test.ts checks PARAMETERS holds them).
const R = 6371.0088;
const US_PER_KM = 4.9;
const INTERNET = 2.1;
const PROVIDER = 1.5;
const BACKBONE = 1.4;
const FLOOR_MS = 1;

/** A place on the equator at this longitude: the distance between two is R × Δλ in radians. */
const onEquator = (label: string, longitude: number): Place => ({ label, point: { latitude: 0, longitude } });
const equatorKm = (dLon: number) => (R * dLon * Math.PI) / 180;
const rtt = (km: number, inflation: number) => (2 * km * inflation * US_PER_KM) / 1000;

describe('leg round trips', () => {
  const a = onEquator('A', 0);
  const b = onEquator('B', 9); // 1000.75 km away

  it.each([
    ['internet VPN (× 2.1)', internetLeg(a, b), 'internet', INTERNET],
    ['provider last mile (× 1.5)', providerLeg(a, b), 'provider', PROVIDER],
    ['Microsoft backbone (× 1.4)', backboneLeg(a, b), 'backbone', BACKBONE],
  ] as const)('times a %s leg as 2 × distance × inflation × 4.9 µs/km', (_name, leg, kind, inflation) => {
    const km = equatorKm(9);
    expect(leg.kind).toBe(kind);
    expect(leg.distanceKm).toBeCloseTo(km, 6);
    expect(leg.rttMs).toBeCloseTo(rtt(km, inflation), 9);
    expect(leg.label).toBe('A → B');
    expect(leg.formula).toContain(`× ${inflation} × 4.9 µs/km`);
  });

  it('gives 1,000 km of internet about 20.6 ms of round trip', () => {
    const leg = internetLeg(onEquator('A', 0), onEquator('B', 9));
    // 2 × 1000.75 km × 2.1 × 4.9 µs/km = 20,595 µs
    expect(leg.rttMs).toBeCloseTo((2 * 1000.75 * 2.1 * 4.9) / 1000, 2);
  });

  it.each([
    ['the same point', 0],
    ['points 10 km apart (0.14 ms over the backbone)', 10 / (R * (Math.PI / 180))],
  ])('raises a leg between %s to the 1 ms floor, and says so', (_name, dLon) => {
    const leg = backboneLeg(onEquator('A', 0), onEquator('B', dLon));
    expect(rtt(equatorKm(dLon), BACKBONE)).toBeLessThan(FLOOR_MS);
    expect(leg.rttMs).toBe(FLOOR_MS);
    expect(leg.formula).toContain('floor');
  });

  it('adds 2 ms for IPsec processing: 1 ms at each tunnel end', () => {
    expect(tunnelLeg()).toMatchObject({ kind: 'tunnel', distanceKm: 0, rttMs: 2 * 1 });
  });

  it('times a peering hop within one region as the 0.5 ms in-region hop', () => {
    const hub = { ...onEquator('West Europe', 0), region: 'westeurope' };
    expect(peeringLeg(hub, { ...hub, label: 'spoke' })).toMatchObject({ kind: 'peering', distanceKm: 0, rttMs: 0.5 });
  });

  it('times a peering hop between regions as backbone distance', () => {
    const hub = { ...onEquator('hub', 0), region: 'one' };
    const spoke = { ...onEquator('spoke', 4.5), region: 'two' };
    const leg = peeringLeg(hub, spoke);
    expect(leg.kind).toBe('peering');
    expect(leg.rttMs).toBeCloseTo(rtt(equatorKm(4.5), BACKBONE), 9);
  });

  it('leaves a leg with an unknown end unknown: null, not NaN, and names the missing place', () => {
    const leg = distanceLeg('internet', { label: 'site "HQ"', point: undefined }, onEquator('West Europe', 0), PARAMETERS.internetInflation);
    expect(leg.distanceKm).toBeNull();
    expect(leg.rttMs).toBeNull();
    expect(leg.formula).toBe('unknown: no coordinates for site "HQ"');
  });

  it('sums the legs of a path, and gives null when any leg is unknown', () => {
    const known = internetLeg(onEquator('A', 0), onEquator('B', 9));
    expect(sumRtt([known, tunnelLeg()])).toBeCloseTo(rtt(equatorKm(9), INTERNET) + 2, 9);
    expect(sumRtt([known, internetLeg({ label: 'X', point: undefined }, onEquator('B', 9))])).toBeNull();
    expect(sumRtt([])).toBe(0);
  });

  it('takes other parameters when given', () => {
    const params = { ...PARAMETERS, fibreMicrosecondsPerKm: { ...PARAMETERS.fibreMicrosecondsPerKm, value: 5 } };
    expect(internetLeg(onEquator('A', 0), onEquator('B', 9), params).rttMs).toBeCloseTo((2 * equatorKm(9) * INTERNET * 5) / 1000, 9);
  });
});
