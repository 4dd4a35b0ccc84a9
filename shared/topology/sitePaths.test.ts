import { describe, expect, it } from 'vitest';
import { contextOf, ValidationContext } from '../validation/context';
import { design } from '../validation/testing/designBuilder';
import { updateElement } from '../model/operations';
import { largeDesign } from '../testing/largeDesign';
import { withBranchesDualHomed } from '../estimate/testing/manyParts';
import { kindsRead } from '../validation/testing/ruleReads';
import { readsCorpus } from '../validation/testing/readsCorpus';
import { circuitPeeringLocation, circuitsOfVnet, pathsBySite, routeKey, sitePaths, WALK_READS, waysIn } from './sitePaths';

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;

const site = (id = 'site', props: Record<string, unknown> = {}): Elements => [{ id, kind: 'onPremSite', name: id, props }];

/** A VNet with a GatewaySubnet holding the given gateways. */
const vnet = (id: string, gateways: Array<{ id: string; kind: 'vpnGateway' | 'erGateway' }> = []): Elements => [
  { id, kind: 'vnet', name: id },
  { id: `${id}-gws`, kind: 'subnet', name: 'GatewaySubnet', parentId: id, props: { prefix: '10.0.255.0/27' } },
  ...gateways.map((g) => ({ ...g, name: g.id, parentId: `${id}-gws` })),
];

const vpnSite: { elements: Elements; links: Links } = {
  elements: [...site(), { id: 'dev', kind: 'vpnDevice', props: { publicIp: '203.0.113.10' } }, ...vnet('hub', [{ id: 'vpngw', kind: 'vpnGateway' }])],
  links: [
    { id: 'lm-dev', kind: 'lastMile', source: 'site', target: 'dev' },
    { id: 'tunnel', kind: 's2s', source: 'dev', target: 'vpngw' },
  ],
};

const erSite: { elements: Elements; links: Links } = {
  elements: [
    ...site(),
    { id: 'prov', kind: 'connectivityProvider', props: { provider: 'Equinix' } },
    { id: 'circuit', kind: 'erCircuit', props: { peeringLocation: 'Amsterdam' } },
    ...vnet('hub', [{ id: 'ergw', kind: 'erGateway' }]),
  ],
  links: [
    { id: 'lm-prov', kind: 'lastMile', source: 'site', target: 'prov' },
    { id: 'xc', kind: 'providerCrossConnect', source: 'circuit', target: 'prov' },
    { id: 'conn', kind: 'erConnection', source: 'ergw', target: 'circuit' },
  ],
};

describe('sitePaths', () => {
  it('follows a site-to-site VPN from the site through its device and tunnel to the gateway and its VNet', () => {
    expect(sitePaths(design(vpnSite.elements, vpnSite.links))).toEqual([
      {
        siteId: 'site',
        vnetId: 'hub',
        via: 'vpn',
        elementIds: ['site', 'lm-dev', 'dev', 'tunnel', 'vpngw', 'hub'],
        gatewayId: 'vpngw',
        deviceId: 'dev',
        overInternet: true,
        encrypted: true,
      },
    ]);
  });

  it('follows ExpressRoute from the site through its provider, circuit and connection, unencrypted and private', () => {
    expect(sitePaths(design(erSite.elements, erSite.links))).toEqual([
      {
        siteId: 'site',
        vnetId: 'hub',
        via: 'expressRoute',
        elementIds: ['site', 'lm-prov', 'prov', 'xc', 'circuit', 'conn', 'ergw', 'hub'],
        gatewayId: 'ergw',
        circuitId: 'circuit',
        peeringLocation: 'Amsterdam',
        overInternet: false,
        encrypted: false,
      },
    ]);
  });

  it('reaches an ExpressRoute Direct circuit through the peering location the provider hands over at, encrypted with MACsec', () => {
    const doc = design(
      [
        ...site(),
        { id: 'carrier', kind: 'connectivityProvider' },
        { id: 'pl', kind: 'peeringLocation', name: 'London (Equinix LD5)', props: { location: 'London' } },
        { id: 'direct', kind: 'erCircuit', props: { expressRouteDirect: true, macsec: true, bandwidthMbps: 10000 } },
        ...vnet('hub', [{ id: 'ergw', kind: 'erGateway' }]),
      ],
      [
        { id: 'lm', kind: 'lastMile', source: 'site', target: 'carrier' },
        { id: 'to-pl', kind: 'providerCrossConnect', source: 'carrier', target: 'pl' },
        { id: 'port', kind: 'providerCrossConnect', source: 'pl', target: 'direct' },
        { id: 'conn', kind: 'erConnection', source: 'direct', target: 'ergw' },
      ],
    );
    expect(sitePaths(doc)).toEqual([
      expect.objectContaining({
        via: 'expressRoute',
        elementIds: ['site', 'lm', 'carrier', 'to-pl', 'pl', 'port', 'direct', 'conn', 'ergw', 'hub'],
        circuitId: 'direct',
        peeringLocation: 'London',
        overInternet: false,
        encrypted: true,
      }),
    ]);
  });

  it('does not reach, through a shared peering location, a circuit another provider delivers', () => {
    const doc = design(
      [
        ...site(),
        { id: 'mine', kind: 'connectivityProvider' },
        { id: 'theirs', kind: 'connectivityProvider' },
        { id: 'pl', kind: 'peeringLocation', props: { location: 'London' } },
        { id: 'their-circuit', kind: 'erCircuit' },
        ...vnet('hub', [{ id: 'ergw', kind: 'erGateway' }]),
      ],
      [
        { kind: 'lastMile', source: 'site', target: 'mine' },
        { kind: 'providerCrossConnect', source: 'mine', target: 'pl' },
        { kind: 'providerCrossConnect', source: 'pl', target: 'their-circuit' },
        { kind: 'providerCrossConnect', source: 'theirs', target: 'their-circuit' },
        { kind: 'erConnection', source: 'their-circuit', target: 'ergw' },
      ],
    );
    expect(sitePaths(doc)).toEqual([]);
  });

  it('lists one VPN and one ExpressRoute path for a site with both, as two different ways in', () => {
    const doc = design(
      [...erSite.elements, { id: 'dev', kind: 'vpnDevice' }, { id: 'vpngw', kind: 'vpnGateway', parentId: 'hub-gws' }],
      [...erSite.links, { id: 'lm-dev', kind: 'lastMile', source: 'site', target: 'dev' }, { id: 'tunnel', kind: 's2s', source: 'dev', target: 'vpngw' }],
    );
    const paths = sitePaths(doc);
    expect(paths.map((p) => [p.via, p.gatewayId, p.vnetId])).toEqual([
      ['expressRoute', 'ergw', 'hub'],
      ['vpn', 'vpngw', 'hub'],
    ]);
    expect(routeKey(paths[0]!)).not.toBe(routeKey(paths[1]!));
  });

  it('reaches a spoke peered with the hub one hop further, and no further (peering is not transitive)', () => {
    const doc = design(
      [...vpnSite.elements, ...vnet('spoke'), ...vnet('spoke-of-spoke')],
      [
        ...vpnSite.links,
        { id: 'peer-hub-spoke', kind: 'vnetPeering', source: 'hub', target: 'spoke' },
        { id: 'peer-spoke-spoke', kind: 'vnetPeering', source: 'spoke-of-spoke', target: 'spoke' },
      ],
    );
    const paths = sitePaths(doc);
    expect(paths).toHaveLength(2);
    expect(paths[1]).toMatchObject({
      vnetId: 'spoke',
      gatewayId: 'vpngw',
      throughPeering: 'peer-hub-spoke',
      elementIds: ['site', 'lm-dev', 'dev', 'tunnel', 'vpngw', 'hub', 'peer-hub-spoke', 'spoke'],
    });
    expect(paths[0]!.throughPeering).toBeUndefined();
    expect(routeKey(paths[0]!)).toBe(routeKey(paths[1]!));
  });

  it('reaches a gateway through the local network gateway whose IP matches the device, with the LNG on the path', () => {
    const doc = design(
      [
        ...site(),
        { id: 'dev', kind: 'vpnDevice', props: { publicIp: ' 203.0.113.10 ' } },
        { id: 'lng', kind: 'localNetworkGateway', props: { gatewayIp: '203.0.113.10' } },
        { id: 'other-lng', kind: 'localNetworkGateway', props: { gatewayIp: '198.51.100.7' } },
        ...vnet('hub', [{ id: 'vpngw', kind: 'vpnGateway' }]),
      ],
      [
        { id: 'lm', kind: 'lastMile', source: 'site', target: 'dev' },
        { id: 'lng-tunnel', kind: 's2s', source: 'lng', target: 'vpngw' },
        { id: 'other-tunnel', kind: 's2s', source: 'other-lng', target: 'vpngw' },
      ],
    );
    expect(sitePaths(doc)).toEqual([
      expect.objectContaining({ via: 'vpn', deviceId: 'dev', elementIds: ['site', 'lm', 'dev', 'lng', 'lng-tunnel', 'vpngw', 'hub'] }),
    ]);
  });

  it('counts a tunnel drawn both from the device and from its LNG once, keeping the direct link', () => {
    const doc = design(
      [...vpnSite.elements, { id: 'lng', kind: 'localNetworkGateway', props: { gatewayIp: '203.0.113.10' } }],
      [...vpnSite.links, { id: 'lng-tunnel', kind: 's2s', source: 'lng', target: 'vpngw' }],
    );
    expect(sitePaths(doc).map((p) => p.elementIds)).toEqual([['site', 'lm-dev', 'dev', 'tunnel', 'vpngw', 'hub']]);
  });

  it('counts a circuit reached both straight from the provider and through its peering location once', () => {
    const doc = design(
      [...erSite.elements, { id: 'pl', kind: 'peeringLocation', props: { location: 'Amsterdam' } }],
      [
        { id: 'lm-prov', kind: 'lastMile', source: 'site', target: 'prov' },
        { id: 'to-pl', kind: 'providerCrossConnect', source: 'prov', target: 'pl' },
        { id: 'pl-circuit', kind: 'providerCrossConnect', source: 'pl', target: 'circuit' },
        { id: 'xc', kind: 'providerCrossConnect', source: 'circuit', target: 'prov' },
        { id: 'conn', kind: 'erConnection', source: 'ergw', target: 'circuit' },
      ],
    );
    expect(sitePaths(doc).map((p) => p.elementIds)).toEqual([['site', 'lm-prov', 'prov', 'xc', 'circuit', 'conn', 'ergw', 'hub']]);
  });

  it.each<[string, Elements, Links]>([
    ['a site with no links', site(), []],
    ['a VPN device with no tunnel', [...site(), { id: 'dev', kind: 'vpnDevice' }], [{ kind: 'lastMile', source: 'site', target: 'dev' }]],
    [
      'a tunnel to a gateway outside any VNet',
      [...site(), { id: 'dev', kind: 'vpnDevice' }, { id: 'vpngw', kind: 'vpnGateway' }],
      [
        { kind: 'lastMile', source: 'site', target: 'dev' },
        { kind: 's2s', source: 'dev', target: 'vpngw' },
      ],
    ],
    [
      'a circuit that reaches a VNet only through Global Reach',
      [
        ...site(),
        { id: 'prov', kind: 'connectivityProvider' },
        { id: 'c1', kind: 'erCircuit' },
        { id: 'c2', kind: 'erCircuit' },
        ...vnet('hub', [{ id: 'ergw', kind: 'erGateway' }]),
      ],
      [
        { kind: 'lastMile', source: 'site', target: 'prov' },
        { kind: 'providerCrossConnect', source: 'prov', target: 'c1' },
        { kind: 'globalReach', source: 'c1', target: 'c2' },
        { kind: 'erConnection', source: 'c2', target: 'ergw' },
      ],
    ],
  ])('finds no path for %s', (_name, elements, links) => {
    expect(sitePaths(design(elements, links))).toEqual([]);
  });

  it('lists every site, in document order, and groups the paths by site', () => {
    const doc = design(
      [...vpnSite.elements, ...site('branch'), { id: 'dev2', kind: 'vpnDevice' }, ...site('island')],
      [...vpnSite.links, { kind: 'lastMile', source: 'branch', target: 'dev2' }, { kind: 's2s', source: 'dev2', target: 'vpngw' }],
    );
    expect(sitePaths(doc).map((p) => [p.siteId, p.deviceId])).toEqual([
      ['site', 'dev'],
      ['branch', 'dev2'],
    ]);
    const grouped = pathsBySite(doc);
    expect([...grouped.keys()]).toEqual(['site', 'branch']);
    expect(grouped.get('island')).toBeUndefined();
  });

  it('takes a document or a validation context and computes each once', () => {
    const doc = design(vpnSite.elements, vpnSite.links);
    const ctx = new ValidationContext(doc);
    expect(sitePaths(ctx)).toBe(sitePaths(ctx));
    expect(sitePaths(doc)).toBe(sitePaths(doc));
    expect(sitePaths(ctx)).toEqual(sitePaths(doc));
  });

  it('keeps up with a large design: 1,000 sites, each with a VPN and a circuit, into a hub with 100 spokes', () => {
    const elements: Elements = [...vnet('hub', [{ id: 'vpngw', kind: 'vpnGateway' }, { id: 'ergw', kind: 'erGateway' }])];
    const links: Links = [];
    for (let i = 0; i < 100; i++) {
      elements.push(...vnet(`spoke${i}`));
      links.push({ kind: 'vnetPeering', source: 'hub', target: `spoke${i}` });
    }
    for (let i = 0; i < 1000; i++) {
      elements.push({ id: `s${i}`, kind: 'onPremSite' }, { id: `d${i}`, kind: 'vpnDevice' }, { id: `p${i}`, kind: 'connectivityProvider' }, { id: `c${i}`, kind: 'erCircuit' });
      links.push(
        { kind: 'lastMile', source: `s${i}`, target: `d${i}` },
        { kind: 's2s', source: `d${i}`, target: 'vpngw' },
        { kind: 'lastMile', source: `s${i}`, target: `p${i}` },
        { kind: 'providerCrossConnect', source: `p${i}`, target: `c${i}` },
        { kind: 'erConnection', source: `c${i}`, target: 'ergw' },
      );
    }
    const doc = design(elements, links);
    // How fast is for `npm run bench` (docs/performance.md); here, that every path is there.
    expect(sitePaths(doc)).toHaveLength(1000 * 2 * 101);
  });
});

describe('circuit helpers', () => {
  it('reads the peering location from the circuit, else from the peering location element it is cross-connected to', () => {
    const doc = design(
      [
        { id: 'named', kind: 'erCircuit', props: { peeringLocation: ' Amsterdam ' } },
        { id: 'linked', kind: 'erCircuit' },
        { id: 'unknown', kind: 'erCircuit' },
        { id: 'pl', kind: 'peeringLocation', name: 'Frankfurt (Equinix FR5)', props: { location: '' } },
      ],
      [{ kind: 'providerCrossConnect', source: 'linked', target: 'pl' }],
    );
    const ctx = new ValidationContext(doc);
    expect(circuitPeeringLocation(ctx, 'named')).toBe('Amsterdam');
    expect(circuitPeeringLocation(ctx, 'linked')).toBe('Frankfurt (Equinix FR5)');
    expect(circuitPeeringLocation(ctx, 'unknown')).toBeUndefined();
  });

  it('lists the circuits of a VNet once each, across its ExpressRoute gateways', () => {
    const doc = design(
      [...vnet('hub', [{ id: 'ergw', kind: 'erGateway' }]), { id: 'c1', kind: 'erCircuit' }, { id: 'c2', kind: 'erCircuit' }],
      [
        { kind: 'erConnection', source: 'ergw', target: 'c1' },
        { kind: 'erConnection', source: 'c2', target: 'ergw' },
      ],
    );
    expect(circuitsOfVnet(new ValidationContext(doc), 'hub').map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('ways in kept through an edit', () => {
  it('reads no kind of element but WALK_READS, over random designs, the templates and large estates', () => {
    const read = new Set(readsCorpus().flatMap((doc) => [...kindsRead((ctx) => waysIn(ctx), doc)]));
    expect([...read].filter((kind) => !WALK_READS.includes(kind))).toEqual([]);
  });

  it('keeps the ways of the context before an edit of elements the walk does not read, and walks again after one it reads', () => {
    // One design of 400 elements: its contexts are built from the one before an edit (contextOf).
    let doc = withBranchesDualHomed(largeDesign(400));
    const before = waysIn(contextOf(doc));
    doc = updateElement(doc, 'hub-1-site-0', { props: { traffic: { gbPerMonth: 999, peakMbps: 100 } } });
    const afterTraffic = waysIn(contextOf(doc));
    expect(afterTraffic).toBe(before);

    doc = updateElement(doc, 'hub-1-site-0-fw', { props: { publicIp: '198.51.100.77' } });
    const afterAddress = waysIn(contextOf(doc));
    expect(afterAddress).not.toBe(before);
    expect(afterAddress).toEqual(waysIn(new ValidationContext(doc)));
  });
});
