import { describe, expect, it } from 'vitest';
import { ValidationContext } from '../validation/context';
import { estimateCost } from './cost';
import { build, circuit, hub, lineOf, siteOverExpressRoute, siteOverVpn } from './testing/costDesigns';
import { Shares } from './shares';
import { attributeTraffic } from './trafficAttribution';

const attribute = (doc: ReturnType<typeof build>) => attributeTraffic(new ValidationContext(doc));
const plain = (map: ReadonlyMap<string, unknown>): Record<string, unknown> =>
  Object.fromEntries([...map].map(([k, v]) => [k, v instanceof Shares ? plain(v.toMap()) : v]));

const bothGateways = hub('hub', 'westeurope', [
  { id: 'vpngw', kind: 'vpnGateway' },
  { id: 'ergw', kind: 'erGateway' },
]);

describe('traffic attribution', () => {
  it('sends a site with both kinds of path over ExpressRoute, the preferred one', () => {
    const doc = build(bothGateways, circuit('c1', 'ergw'), siteOverVpn('site', 1000, ['vpngw']), siteOverExpressRoute('site', 1000, ['c1'], false));
    const traffic = attribute(doc);
    expect(plain(traffic.circuits)).toEqual({ c1: { site: 1000 } });
    expect(traffic.internet.size).toBe(0);
    const estimate = estimateCost(doc);
    expect(lineOf(estimate, 'c1').monthlyUsd).toBeCloseTo(436 + 1000 * 0.025, 10);
    expect(estimate.lines.some((l) => l.itemId === 'site')).toBe(false);
  });

  it('sends a site with only VPN over the internet, through its gateway', () => {
    const traffic = attribute(build(bothGateways, siteOverVpn('site', 1000, ['vpngw'])));
    expect(plain(traffic.internet)).toEqual({ site: { vpngw: 1000 } });
  });

  it('splits a site evenly between two circuits into the same VNet', () => {
    const doc = build(
      bothGateways,
      circuit('c1', 'ergw', { peeringLocation: 'Amsterdam' }),
      circuit('c2', 'ergw', { peeringLocation: 'Tokyo' }),
      siteOverExpressRoute('site', 1000, ['c1', 'c2']),
    );
    expect(plain(attribute(doc).circuits)).toEqual({ c1: { site: 500 }, c2: { site: 500 } });
    const estimate = estimateCost(doc);
    expect(lineOf(estimate, 'c1').monthlyUsd).toBeCloseTo(436 + 500 * 0.025, 10);
    expect(lineOf(estimate, 'c2').monthlyUsd).toBeCloseTo(436 + 500 * 0.05, 10);
  });

  it('shares a site evenly among the VNets it reaches, and carries a spoke share across its peering', () => {
    const doc = build(
      hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway' }]),
      [{ id: 'spoke', kind: 'vnet', props: { region: 'westeurope' } }],
      { links: [{ id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }] },
      siteOverVpn('site', 1000, ['vpngw']),
    );
    const traffic = attribute(doc);
    expect(plain(traffic.internet)).toEqual({ site: { vpngw: 1000 } });
    expect(traffic.peerings.get('peer')?.map((flow) => ({ ...flow, shares: flow.shares.toMap() }))).toEqual([{ fromVnetId: 'spoke', toVnetId: 'hub', shares: new Map([['site', 500]]) }]);
  });

  it("keeps each spoke's flow apart when a site with several ways adds to it between sites with one", () => {
    // Sites with one way in add to every spoke's flow alike (the flows share one list); `two`, with
    // two tunnels into the hub, adds to each flow on its own, before and after which the others add on.
    const doc = build(
      hub('hub', 'westeurope', [
        { id: 'gw-a', kind: 'vpnGateway' },
        { id: 'gw-b', kind: 'vpnGateway' },
      ]),
      [
        { id: 'spoke1', kind: 'vnet', props: { region: 'westeurope' } },
        { id: 'spoke2', kind: 'vnet', props: { region: 'westeurope' } },
      ],
      {
        links: [
          { id: 'peer1', kind: 'vnetPeering', source: 'hub', target: 'spoke1' },
          { id: 'peer2', kind: 'vnetPeering', source: 'hub', target: 'spoke2' },
        ],
      },
      siteOverVpn('one', 900, ['gw-a']),
      siteOverVpn('two', 600, ['gw-a', 'gw-b']),
      siteOverVpn('three', 300, ['gw-b']),
    );
    const traffic = attribute(doc);
    // A third of each site's traffic to each VNet; `two`'s third over each of its two tunnels, half each.
    const expected = { one: 300, two: 200, three: 100 };
    expect(traffic.peerings.get('peer1')?.map((flow) => ({ ...flow, shares: plain(flow.shares.toMap()) }))).toEqual([{ fromVnetId: 'spoke1', toVnetId: 'hub', shares: expected }]);
    expect(traffic.peerings.get('peer2')?.map((flow) => ({ ...flow, shares: plain(flow.shares.toMap()) }))).toEqual([{ fromVnetId: 'spoke2', toVnetId: 'hub', shares: expected }]);
  });

  it('splits a point-to-site group evenly among its VPN gateways', () => {
    const doc = build(
      hub('weu', 'westeurope', [{ id: 'gw-weu', kind: 'vpnGateway' }]),
      hub('neu', 'northeurope', [{ id: 'gw-neu', kind: 'vpnGateway' }]),
      {
        elements: [{ id: 'users', kind: 'p2sUserGroup', props: { traffic: { gbPerMonth: 300 } } }],
        links: [
          { kind: 'p2s', source: 'users', target: 'gw-weu' },
          { kind: 'p2s', source: 'users', target: 'gw-neu' },
        ],
      },
    );
    expect(plain(attribute(doc).internet)).toEqual({ users: { 'gw-weu': 150, 'gw-neu': 150 } });
  });

  it('ignores sites that send nothing or reach no VNet', () => {
    const doc = build(bothGateways, siteOverVpn('quiet', 0, ['vpngw']), [{ id: 'island', kind: 'onPremSite', props: { traffic: { gbPerMonth: 500 } } }]);
    const traffic = attribute(doc);
    expect([traffic.circuits.size, traffic.internet.size, traffic.peerings.size]).toEqual([0, 0, 0]);
  });
});
