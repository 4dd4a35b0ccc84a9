import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import { estimateCost } from './cost';
import { tieredEgressCost } from './internetEgress';
import { build, hub, lineOf, siteOverVpn } from './testing/costDesigns';

const vpnHub = (region: string) => hub('hub', region, [{ id: 'vpngw', kind: 'vpnGateway' }]);

describe('internet egress of VPN traffic', () => {
  it.each([
    [0, 0],
    [80, 0],
    [100, 0],
    [400, 300 * 0.08],
    [10_100, 10_000 * 0.08],
    [20_100, 10_000 * 0.08 + 10_000 * 0.065],
    [200_100, 10_000 * 0.08 + 40_000 * 0.065 + 100_000 * 0.06 + 50_000 * 0.04],
  ])('costs %d GB a month in zone 1 at %d $: the first 100 GB free, then by tier', (gb, expected) => {
    expect(tieredEgressCost(DEFAULT_PRICE_BOOK, 1, gb).usd).toBeCloseTo(expected, 10);
  });

  it('puts one line on the site, priced at the zone of the VPN gateway region', () => {
    const line = lineOf(estimateCost(build(vpnHub('japaneast'), siteOverVpn('site', 400, ['vpngw']))), 'site');
    expect(line.monthlyUsd).toBeCloseTo(300 * 0.11, 10);
    expect(line.label).toBe('Internet egress over site-to-site VPN');
  });

  it('applies the free 100 GB and the tiers once to the zone, shared among sites by their gigabytes', () => {
    const estimate = estimateCost(build(vpnHub('westeurope'), siteOverVpn('big', 300, ['vpngw']), siteOverVpn('small', 100, ['vpngw'])));
    const zoneCost = (400 - 100) * 0.08;
    expect(lineOf(estimate, 'big').monthlyUsd).toBeCloseTo((zoneCost * 300) / 400, 10);
    expect(lineOf(estimate, 'small').monthlyUsd).toBeCloseTo((zoneCost * 100) / 400, 10);
  });

  it('assumes zone 1 for a region the table does not place, and says so', () => {
    const line = lineOf(estimateCost(build(vpnHub('uaenorth'), siteOverVpn('site', 400, ['vpngw']))), 'site');
    expect(line.monthlyUsd).toBeCloseTo(300 * 0.08, 10);
    expect(line.inputs).toContainEqual(expect.objectContaining({ value: expect.stringMatching(/zone 1 assumed/), provenance: 'assumption' }));
  });

  it('is unknown where the zone has no price for the tier reached', () => {
    const line = lineOf(estimateCost(build(vpnHub('australiaeast'), siteOverVpn('site', 400, ['vpngw']))), 'site');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['internetEgress.zone4.tier1.GB']);
  });

  it('costs nothing within the free 100 GB even where the zone has no prices', () => {
    expect(lineOf(estimateCost(build(vpnHub('australiaeast'), siteOverVpn('site', 60, ['vpngw']))), 'site').monthlyUsd).toBe(0);
  });

  it('puts a point-to-site group on its own line', () => {
    const doc = build(vpnHub('westeurope'), {
      elements: [{ id: 'users', kind: 'p2sUserGroup', props: { users: 10, traffic: { gbPerMonth: 250 } } }],
      links: [{ kind: 'p2s', source: 'users', target: 'vpngw' }],
    });
    const line = lineOf(estimateCost(doc), 'users');
    expect(line.monthlyUsd).toBeCloseTo(150 * 0.08, 10);
    expect(line.label).toBe('Internet egress over point-to-site VPN');
  });

  it("adds a point-to-site group's gigabytes to the sites' in its zone, wherever the group is in the document", () => {
    const users = {
      elements: [{ id: 'users', kind: 'p2sUserGroup' as const, props: { users: 10, traffic: { gbPerMonth: 100 } } }],
      links: [{ kind: 'p2s' as const, source: 'users', target: 'vpngw' }],
    };
    // The group first: the zone still sums the sites, then the groups.
    const estimate = estimateCost(build(users, vpnHub('westeurope'), siteOverVpn('site', 300, ['vpngw'])));
    const zoneCost = (400 - 100) * 0.08;
    expect(lineOf(estimate, 'site').monthlyUsd).toBeCloseTo((zoneCost * 300) / 400, 10);
    expect(lineOf(estimate, 'users').monthlyUsd).toBeCloseTo((zoneCost * 100) / 400, 10);
  });
});
