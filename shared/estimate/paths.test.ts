import { describe, expect, it } from 'vitest';
import { sitePaths } from '../topology/sitePaths';
import { design } from '../validation/testing/designBuilder';
import { estimatePath, estimatePaths } from './paths';
import type { SiteVnetEstimate } from './types';

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;

// The model, written out by hand (see parameters.test.ts).
const R = 6371.0088;
const US_PER_KM = 4.9;
const INTERNET = 2.1;
const PROVIDER = 1.5;
const BACKBONE = 1.4;
const TUNNEL_MS = 2 * 1; // 1 ms at each tunnel end
const IN_REGION_PEERING_MS = 0.5;
const FLOOR_MS = 1;
const SLA = { vpnGwAz: 0.9995, vpnGwBasic: 0.999, erCircuit: 0.9995, erGwAz: 0.9995, internet: 0.999, providerLastMile: 0.999 };
const minutes = (a: number) => (1 - a) * 730 * 60;

// Coordinates, as in the data tables (regions: azure-regions.json; peering locations: city centres).
const MUNICH = { latitude: 48.14, longitude: 11.58 };
const WEST_EUROPE = { latitude: 52.3667, longitude: 4.9 };
const NORTH_EUROPE = { latitude: 53.3478, longitude: -6.2597 };
const FRANKFURT = { latitude: 50.11, longitude: 8.68 };
const LONDON = { latitude: 51.51, longitude: -0.59 }; // Equinix LD5 is in Slough
const AMSTERDAM = { latitude: 52.37, longitude: 4.9 };

/** Spherical law of cosines (not the haversine the code uses). */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const c = Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad) + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((b.longitude - a.longitude) * rad);
  return R * Math.acos(Math.min(1, c));
}
const rtt = (distanceKm: number, inflation: number) => Math.max(FLOOR_MS, (2 * distanceKm * inflation * US_PER_KM) / 1000);

/** A hub VNet (GatewaySubnet with the given gateways) in a region. */
const hub = (id: string, region: string, gateways: Array<{ id: string; kind: 'vpnGateway' | 'erGateway'; props?: Record<string, unknown> }>): Elements => [
  { id, kind: 'vnet', props: { region } },
  { id: `${id}-gws`, kind: 'subnet', name: 'GatewaySubnet', parentId: id, props: { prefix: '10.0.255.0/27' } },
  ...gateways.map((g) => ({ ...g, parentId: `${id}-gws` })),
];
const site = (props: Record<string, unknown> = MUNICH, id = 'site'): Elements => [{ id, kind: 'onPremSite', name: 'Munich office', props }];
const vpnTo = (gatewayId: string, device = 'dev', siteId = 'site'): { elements: Elements; links: Links } => ({
  elements: [{ id: device, kind: 'vpnDevice' }],
  links: [
    { id: `lm-${device}`, kind: 'lastMile', source: siteId, target: device },
    { id: `s2s-${device}`, kind: 's2s', source: device, target: gatewayId },
  ],
});
const circuitTo = (gatewayId: string, circuit = 'circuit', location: string = 'Frankfurt', siteId = 'site'): { elements: Elements; links: Links } => ({
  elements: [
    { id: `prov-${circuit}`, kind: 'connectivityProvider' },
    { id: circuit, kind: 'erCircuit', props: { peeringLocation: location, bandwidthMbps: 1000 } },
  ],
  links: [
    { id: `lm-${circuit}`, kind: 'lastMile', source: siteId, target: `prov-${circuit}` },
    { kind: 'providerCrossConnect', source: `prov-${circuit}`, target: circuit },
    { kind: 'erConnection', source: circuit, target: gatewayId },
  ],
});
function build(base: Elements, ...parts: Array<{ elements: Elements; links: Links }>) {
  return design([...base, ...parts.flatMap((p) => p.elements)], parts.flatMap((p) => p.links));
}
const only = (estimates: SiteVnetEstimate[], vnetId = 'hub') => {
  const found = estimates.find((e) => e.vnetId === vnetId);
  if (!found) throw new Error(`no estimate for ${vnetId}`);
  return found;
};

describe('estimatePaths: latency', () => {
  it('times a site-to-site VPN as internet distance × 2.1 plus 2 ms of IPsec, with high jitter', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }])], vpnTo('vpngw'));
    const [path] = only(estimatePaths(doc)).paths;
    const internet = rtt(km(MUNICH, WEST_EUROPE), INTERNET); // 2 × 666 km × 2.1 × 4.9 µs/km ≈ 13.7 ms
    expect(path?.legs.map((l) => l.kind)).toEqual(['internet', 'tunnel']);
    expect(path?.legs[0]?.distanceKm).toBeCloseTo(km(MUNICH, WEST_EUROPE), 6);
    expect(path?.legs[0]?.rttMs).toBeCloseTo(internet, 9);
    expect(path?.rttMs).toBeCloseTo(internet + TUNNEL_MS, 9);
    expect(path?.rttMs).toBeCloseTo(15.74, 2); // the worked example in docs/estimates.md
    expect(path).toMatchObject({ overInternet: true, encrypted: true, jitter: 'high', warnings: [] });
  });

  it('times ExpressRoute as the provider’s last mile × 1.5 plus Microsoft’s backbone × 1.4, with low jitter', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw'));
    const [path] = only(estimatePaths(doc)).paths;
    const provider = rtt(km(MUNICH, FRANKFURT), PROVIDER); // ≈ 4.5 ms
    const backbone = rtt(km(FRANKFURT, WEST_EUROPE), BACKBONE); // ≈ 5.0 ms
    expect(path?.legs.map((l) => [l.kind, l.label])).toEqual([
      ['provider', 'site "Munich office" → Frankfurt peering location'],
      ['backbone', 'Frankfurt peering location → West Europe'],
    ]);
    expect(path?.legs[0]?.rttMs).toBeCloseTo(provider, 9);
    expect(path?.legs[1]?.rttMs).toBeCloseTo(backbone, 9);
    expect(path?.rttMs).toBeCloseTo(provider + backbone, 9);
    expect(path?.rttMs).toBeCloseTo(9.46, 2); // the worked example in docs/estimates.md
    expect(path).toMatchObject({ overInternet: false, encrypted: false, jitter: 'low', warnings: [] });
  });

  it('floors a leg at 1 ms when its ends are in the same city: Amsterdam peering location to West Europe', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw', 'circuit', 'Amsterdam'));
    const backbone = estimatePaths(doc)[0]?.paths[0]?.legs[1];
    expect(km(AMSTERDAM, WEST_EUROPE)).toBeLessThan(1);
    expect(backbone?.rttMs).toBe(FLOOR_MS);
  });

  it.each([
    { name: 'a spoke in the same region adds the 0.5 ms in-region hop', spokeRegion: 'westeurope', extra: IN_REGION_PEERING_MS },
    { name: 'a spoke in North Europe adds the backbone from West Europe', spokeRegion: 'northeurope', extra: rtt(km(WEST_EUROPE, NORTH_EUROPE), BACKBONE) },
  ])('reaches a peered spoke through the hub: $name', ({ spokeRegion, extra }) => {
    const doc = design(
      [...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }]), { id: 'spoke', kind: 'vnet', props: { region: spokeRegion } }, ...vpnTo('vpngw').elements],
      [...vpnTo('vpngw').links, { id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }],
    );
    const estimates = estimatePaths(doc);
    const toHub = only(estimates, 'hub').paths[0];
    const toSpoke = only(estimates, 'spoke').paths[0];
    expect(toSpoke?.legs.map((l) => l.kind)).toEqual(['internet', 'tunnel', 'peering']);
    expect(toSpoke?.legs[2]?.rttMs).toBeCloseTo(extra, 9);
    expect(toSpoke?.rttMs).toBeCloseTo((toHub?.rttMs ?? NaN) + extra, 9);
    expect(toSpoke?.availability).toBeCloseTo(toHub?.availability ?? NaN, 12);
  });
});

describe('estimatePaths: unknown places', () => {
  const noNaN = (value: unknown) => expect(JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'NOT FINITE' : v))).not.toContain('NOT FINITE');

  it.each([
    {
      name: 'a site without coordinates',
      doc: () => build([...site({ city: 'Munich' }), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }])], vpnTo('vpngw')),
      warning: 'Site "Munich office" has no latitude/longitude (its city "Munich" is not looked up)',
    },
    {
      name: 'a VNet in a region not in the table',
      doc: () => build([...site(), ...hub('hub', 'atlantis', [{ id: 'vpngw', kind: 'vpnGateway' }])], vpnTo('vpngw')),
      warning: 'VNet hub is in region "atlantis", which is not in the region table',
    },
    {
      name: 'a circuit with no peering location',
      doc: () => build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw', 'circuit', '')),
      warning: 'Circuit circuit has no peering location',
    },
    {
      name: 'a circuit at a peering location not in the table',
      doc: () => build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw', 'circuit', 'Atlantis')),
      warning: 'Circuit circuit is at peering location "Atlantis", which is not in the peering-location table',
    },
  ])('says the round trip is unknown, and why, for $name: null, never NaN', ({ doc, warning }) => {
    const estimates = estimatePaths(doc());
    const path = estimates[0]?.paths[0];
    expect(path?.rttMs).toBeNull();
    expect(path?.warnings.some((w) => w.startsWith(warning))).toBe(true);
    expect(path?.legs.some((l) => l.rttMs === null && l.formula.startsWith('unknown'))).toBe(true);
    // Bandwidth and availability do not depend on places.
    expect(path?.bottleneckMbps).not.toBeNull();
    expect(path?.availability).toBeGreaterThan(0.99);
    noNaN(estimates);
  });

  it('still times the legs it can: the backbone from the peering location when only the site is unknown', () => {
    const doc = build([...site({}), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw'));
    const path = estimatePaths(doc)[0]?.paths[0];
    expect(path?.legs[0]?.rttMs).toBeNull();
    expect(path?.legs[1]?.rttMs).toBeCloseTo(rtt(km(FRANKFURT, WEST_EUROPE), BACKBONE), 9);
    expect(path?.rttMs).toBeNull();
  });

  it('warns that a region with approximate coordinates gives a rougher figure, and still gives it', () => {
    const doc = build([...site(), ...hub('hub', 'spaincentral', [{ id: 'vpngw', kind: 'vpnGateway' }])], vpnTo('vpngw'));
    const path = estimatePaths(doc)[0]?.paths[0];
    expect(typeof path?.rttMs).toBe('number');
    expect(path?.warnings).toEqual(["Region spaincentral: its coordinates are an approximate city centre, not Azure's own metadata."]);
  });
});

describe('estimatePaths: availability', () => {
  it('puts a VPN path’s internet line and gateway SLA in series, the device counted as 1', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway', props: { activeActive: true } }])], vpnTo('vpngw'));
    const estimate = only(estimatePaths(doc));
    const a = 1 * SLA.internet * SLA.vpnGwAz;
    expect(estimate.paths[0]?.availability).toBeCloseTo(a, 12);
    expect(estimate.paths[0]?.downtimeMinutesPerMonth).toBeCloseTo(minutes(a), 9); // ≈ 65.7 min
    expect(estimate.paths[0]?.availabilityInputs.map((i) => [i.name, i.value, i.provenance])).toEqual([
      ['On-premises VPN device dev', 1, 'assumption'],
      ['Internet path (last mile lm-dev)', SLA.internet, 'assumption'],
      ['VPN gateway vpngw (VpnGw1AZ)', SLA.vpnGwAz, 'assumption'],
    ]);
    expect(estimate.paths[0]?.availabilityInputs[2]?.note).toContain('not counted in parallel');
    expect(estimate.combinedAvailability).toBeCloseTo(a, 12);
  });

  it('uses 99.9% for a Basic VPN gateway', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway', props: { sku: 'Basic' } }])], vpnTo('vpngw'));
    expect(estimatePaths(doc)[0]?.paths[0]?.availability).toBeCloseTo(SLA.internet * SLA.vpnGwBasic, 12);
  });

  it('puts an ExpressRoute path’s provider last mile, circuit and gateway in series', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw'));
    const a = SLA.providerLastMile * SLA.erCircuit * SLA.erGwAz;
    const estimate = only(estimatePaths(doc));
    expect(estimate.paths[0]?.availability).toBeCloseTo(a, 12);
    expect(estimate.combinedDowntimeMinutesPerMonth).toBeCloseTo(minutes(a), 9); // ≈ 87.6 min
  });

  it('puts two circuits at different peering locations in parallel, their shared gateway in series', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw', 'fra', 'Frankfurt'), circuitTo('ergw', 'ams', 'Amsterdam'));
    const estimate = only(estimatePaths(doc));
    const each = SLA.providerLastMile * SLA.erCircuit;
    const expected = SLA.erGwAz * (1 - (1 - each) * (1 - each));
    expect(estimate.paths).toHaveLength(2);
    expect(estimate.combinedAvailability).toBeCloseTo(expected, 12);
    expect(estimate.combinedDowntimeMinutesPerMonth).toBeCloseTo(minutes(expected), 9);
    expect(estimate.combinedFormula).toContain('sharing ExpressRoute gateway ergw (ErGw1Az) 0.999500 (in series)');
  });

  it('puts ExpressRoute and its VPN backup fully in parallel: separate lines, circuit and gateways', () => {
    const doc = build(
      [...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }, { id: 'ergw', kind: 'erGateway' }])],
      circuitTo('ergw'),
      vpnTo('vpngw'),
    );
    const estimate = only(estimatePaths(doc));
    const erA = SLA.providerLastMile * SLA.erCircuit * SLA.erGwAz;
    const vpnA = SLA.internet * SLA.vpnGwAz;
    expect(estimate.paths.map((p) => p.path.via)).toEqual(['expressRoute', 'vpn']);
    expect(estimate.combinedAvailability).toBeCloseTo(1 - (1 - erA) * (1 - vpnA), 12);
    expect(estimate.combinedFormula).toContain('independent paths');
  });

  it('does not count one gateway twice: two devices on two internet lines into the same VPN gateway', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }])], vpnTo('vpngw', 'dev1'), vpnTo('vpngw', 'dev2'));
    const estimate = only(estimatePaths(doc));
    const expected = SLA.vpnGwAz * (1 - (1 - SLA.internet) * (1 - SLA.internet));
    expect(estimate.combinedAvailability).toBeCloseTo(expected, 12);
    expect(estimate.combinedAvailability).toBeLessThan(SLA.vpnGwAz);
  });

  it('combines the paths to a peered spoke too, the peering counted as never failing', () => {
    const parts = [circuitTo('ergw', 'fra', 'Frankfurt'), circuitTo('ergw', 'lon', 'London')];
    const doc = design(
      [...site(), ...hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway' }]), { id: 'spoke', kind: 'vnet', props: { region: 'westeurope' } }, ...parts.flatMap((p) => p.elements)],
      [...parts.flatMap((p) => p.links), { id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }],
    );
    const estimates = estimatePaths(doc);
    expect(estimates.map((e) => e.vnetId)).toEqual(['hub', 'spoke']);
    expect(only(estimates, 'spoke').combinedAvailability).toBeCloseTo(only(estimates, 'hub').combinedAvailability, 12);
    const london = only(estimates, 'hub').paths[1];
    expect(london?.legs[1]?.rttMs).toBeCloseTo(rtt(km(LONDON, WEST_EUROPE), BACKBONE), 9);
  });
});

describe('estimatePaths: the document', () => {
  it('gives a site with no path no estimate, and lists sites in document order', () => {
    const doc = design(
      [
        ...site(MUNICH, 'branch'),
        ...site(MUNICH, 'island'),
        ...site(MUNICH, 'hq'),
        { id: 'lonely', kind: 'vpnDevice' },
        ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }]),
        ...vpnTo('vpngw', 'd1', 'branch').elements,
        ...vpnTo('vpngw', 'd2', 'hq').elements,
      ],
      [...vpnTo('vpngw', 'd1', 'branch').links, ...vpnTo('vpngw', 'd2', 'hq').links, { kind: 'lastMile', source: 'island', target: 'lonely' }],
    );
    expect(estimatePaths(doc).map((e) => [e.siteId, e.vnetId])).toEqual([
      ['branch', 'hub'],
      ['hq', 'hub'],
    ]);
    expect(estimatePaths(design(site()))).toEqual([]);
  });

  it('gives estimatePath the same figures as estimatePaths, and memoises per document', () => {
    const doc = build([...site(), ...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }, { id: 'ergw', kind: 'erGateway' }])], circuitTo('ergw'), vpnTo('vpngw'));
    const all = estimatePaths(doc);
    expect(estimatePaths(doc)).toBe(all);
    // Estimates are views (./pathViews.ts): compared as they serialise.
    const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const paths = sitePaths(doc);
    expect(paths).toHaveLength(2);
    for (const [i, path] of paths.entries()) expect(json(estimatePath(doc, path))).toEqual(json(all[0]?.paths[i]));
  });

  it('keeps up with a large design: 1,000 sites, each with a VPN and a circuit, into a hub with 100 spokes', () => {
    const elements: Elements = [...hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }, { id: 'ergw', kind: 'erGateway' }])];
    const links: Links = [];
    for (let i = 0; i < 100; i++) {
      elements.push({ id: `spoke${i}`, kind: 'vnet', props: { region: i % 2 ? 'westeurope' : 'northeurope' } });
      links.push({ kind: 'vnetPeering', source: 'hub', target: `spoke${i}` });
    }
    for (let i = 0; i < 1000; i++) {
      const parts = [vpnTo('vpngw', `d${i}`, `s${i}`), circuitTo('ergw', `c${i}`, 'Frankfurt', `s${i}`)];
      elements.push({ id: `s${i}`, kind: 'onPremSite', props: { latitude: 40 + (i % 20), longitude: (i % 30) - 10 } }, ...parts.flatMap((p) => p.elements));
      links.push(...parts.flatMap((p) => p.links));
    }
    const doc = design(elements, links);
    // How fast is for `npm run bench` (docs/performance.md); here, that every pair is estimated.
    const estimates = estimatePaths(doc);
    expect(estimates).toHaveLength(1000 * 101);
    expect(estimates.every((e) => e.paths.length === 2)).toBe(true);
  });
});
