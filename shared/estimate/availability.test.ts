import { describe, expect, it } from 'vitest';
import { ER_GATEWAY_SKUS, VPN_GATEWAY_SKUS } from '../model/enums';
import { combineParallel, describeParallel, downtimeMinutesPerMonth, erGatewaySla, MAX_EXACT_SHARED, parallel, series, vpnGatewaySla, type Component } from './availability';

const c = (key: string, value: number): Component => ({ key, name: key, value, provenance: 'assumption', source: 'test' });

/** Brute force: every up/down state of every distinct component; a state is up when some path has all its components up. */
function bruteForce(paths: Component[][]): number {
  const keys = [...new Set(paths.flat().map((x) => x.key))];
  const value = new Map(paths.flat().map((x) => [x.key, x.value]));
  let total = 0;
  for (let mask = 0; mask < 1 << keys.length; mask++) {
    let p = 1;
    keys.forEach((k, i) => (p *= mask & (1 << i) ? value.get(k)! : 1 - value.get(k)!));
    const up = (k: string) => (mask & (1 << keys.indexOf(k))) !== 0;
    if (paths.some((path) => path.every((x) => up(x.key)))) total += p;
  }
  return total;
}

describe('series, parallel and downtime', () => {
  it.each([
    { name: 'VPN: device 1 × internet 0.999 × gateway 0.9995', values: [1, 0.999, 0.9995], expected: 0.999 * 0.9995 },
    { name: 'ExpressRoute: last mile 0.999 × circuit 0.9995 × gateway 0.9995', values: [0.999, 0.9995, 0.9995], expected: 0.999 * 0.9995 * 0.9995 },
    { name: 'nothing', values: [], expected: 1 },
  ])('multiplies components in series: $name', ({ values, expected }) => {
    expect(series(values)).toBeCloseTo(expected, 12);
  });

  it.each([
    { values: [0.99, 0.99], expected: 1 - 0.01 * 0.01 },
    { values: [0.9985, 0.998], expected: 1 - 0.0015 * 0.002 },
    { values: [0.9], expected: 0.9 },
  ])('puts $values in parallel as 1 − Π(1 − aᵢ)', ({ values, expected }) => {
    expect(parallel(values)).toBeCloseTo(expected, 12);
  });

  it.each([
    { a: 0.9995, minutes: 0.0005 * 730 * 60 }, // 21.9 min
    { a: 0.999, minutes: 0.001 * 730 * 60 }, // 43.8 min
    { a: 1, minutes: 0 },
  ])('turns $a into $minutes minutes of downtime a month (730 h)', ({ a, minutes }) => {
    expect(downtimeMinutesPerMonth(a)).toBeCloseTo(minutes, 9);
  });
});

describe('gateway SLAs', () => {
  it.each(VPN_GATEWAY_SKUS.map((sku) => [sku]))('gives the VPN gateway %s its SLA: Basic 99.9%, others 99.95% (AZ as an assumption)', (sku) => {
    const sla = vpnGatewaySla(sku);
    expect(sla.value).toBe(sku === 'Basic' ? 0.999 : 0.9995);
    expect(sla.provenance).toBe(sku.endsWith('AZ') ? 'assumption' : 'secondary');
  });

  it.each(ER_GATEWAY_SKUS.map((sku) => [sku]))('gives the ExpressRoute gateway %s 99.95% (AZ and scalable as an assumption)', (sku) => {
    const sla = erGatewaySla(sku);
    expect(sla.value).toBe(0.9995);
    expect(sla.provenance).toBe(['Standard', 'HighPerformance', 'UltraPerformance'].includes(sku) ? 'secondary' : 'assumption');
  });
});

describe('combineParallel', () => {
  const lmA = c('lastMile:a', 0.999);
  const lmB = c('lastMile:b', 0.999);
  const ergw = c('gateway:ergw', 0.9995);
  const vpngw = c('gateway:vpngw', 0.9995);
  const circuitAms = c('circuit:ams', 0.9995);
  const circuitLon = c('circuit:lon', 0.9995);
  const device = c('device:dev', 1);
  const internet = c('lastMile:inet', 0.999);

  it('gives one path its series availability', () => {
    const result = combineParallel([[lmA, circuitAms, ergw]]);
    expect(result.availability).toBeCloseTo(0.999 * 0.9995 * 0.9995, 12);
    expect(describeParallel(result, 1)).toContain('one path');
  });

  it('puts two circuits at different locations on one gateway in parallel, with the gateway in series', () => {
    const result = combineParallel([
      [lmA, circuitAms, ergw],
      [lmB, circuitLon, ergw],
    ]);
    const each = 0.999 * 0.9995; // last mile × circuit, per path
    expect(result.availability).toBeCloseTo(0.9995 * (1 - (1 - each) * (1 - each)), 12);
    expect(result.exact).toBe(true);
    expect(result.common.map((x) => x.key)).toEqual(['gateway:ergw']);
    expect(describeParallel(result, 2)).toContain('sharing gateway:ergw 0.999500 (in series)');
  });

  it('puts ExpressRoute and a VPN backup on their own gateways fully in parallel', () => {
    const er = 0.999 * 0.9995 * 0.9995;
    const vpn = 1 * 0.999 * 0.9995;
    const result = combineParallel([
      [lmA, circuitAms, ergw],
      [device, internet, vpngw],
    ]);
    expect(result.shared).toEqual([]);
    expect(result.availability).toBeCloseTo(1 - (1 - er) * (1 - vpn), 12);
    expect(describeParallel(result, 2)).toContain('independent paths');
  });

  it('does not count a shared gateway twice: two VPN devices into one gateway', () => {
    const result = combineParallel([
      [c('device:d1', 1), c('lastMile:i1', 0.999), vpngw],
      [c('device:d2', 1), c('lastMile:i2', 0.999), vpngw],
    ]);
    expect(result.availability).toBeCloseTo(0.9995 * (1 - 0.001 * 0.001), 12);
    // Naively in parallel it would be higher than the gateway alone, which is impossible.
    expect(result.availability).toBeLessThan(0.9995);
    expect(parallel([0.999 * 0.9995, 0.999 * 0.9995])).toBeGreaterThan(0.9995);
  });

  it('is exact when a component is shared by some paths only: two circuits on one gateway plus a VPN backup', () => {
    const paths = [
      [lmA, circuitAms, ergw],
      [lmA, circuitLon, ergw],
      [device, internet, vpngw],
    ];
    const result = combineParallel(paths);
    // Condition on the ExpressRoute gateway and the shared last mile by hand:
    // both up: 1 − (1 − c)(1 − c)(1 − v); otherwise only the VPN: v.
    const circuit = 0.9995;
    const v = 0.999 * 0.9995;
    const bothUp = 0.9995 * 0.999;
    const expected = bothUp * (1 - (1 - circuit) * (1 - circuit) * (1 - v)) + (1 - bothUp) * v;
    expect(result.availability).toBeCloseTo(expected, 12);
    expect(result.availability).toBeCloseTo(bruteForce(paths), 12);
    expect(describeParallel(result, 3)).toContain('Exact over the 4 up/down states');
  });

  it.each([
    { name: 'a chain of overlaps', paths: [[c('a', 0.9), c('b', 0.8)], [c('b', 0.8), c('c', 0.7)], [c('c', 0.7), c('d', 0.95)]] },
    { name: 'one component on every path', paths: [[c('x', 0.99), c('a', 0.9)], [c('x', 0.99), c('b', 0.9)], [c('x', 0.99)]] },
    { name: 'a repeated component inside a path', paths: [[c('a', 0.9), c('a', 0.9)], [c('b', 0.5)]] },
  ])('agrees with brute force on $name', ({ paths }) => {
    const deduped = paths.map((p) => [...new Map(p.map((x) => [x.key, x])).values()]);
    expect(combineParallel(paths).availability).toBeCloseTo(bruteForce(deduped), 12);
  });

  it('falls back to a stated lower bound when too many components are shared to enumerate', () => {
    const shared = Array.from({ length: MAX_EXACT_SHARED + 1 }, (_, i) => c(`s${i}`, 0.9999));
    const result = combineParallel([
      [...shared, c('p1', 0.99)],
      [...shared, c('p2', 0.99)],
    ]);
    expect(result.exact).toBe(false);
    expect(result.availability).toBeCloseTo(0.9999 ** (MAX_EXACT_SHARED + 1) * (1 - 0.01 * 0.01), 12);
    expect(describeParallel(result, 2)).toContain('lower bound');
  });
});
