import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost';
import { build, hub, lineOf, siteOverVpn } from './testing/costDesigns';

/** A site sending 1,000 GB over VPN to a hub and a peered spoke: 500 GB cross the peering, spoke to hub. */
const hubAndSpoke = (hubRegion: string, spokeRegion: string, gb = 1000) =>
  build(
    hub('hub', hubRegion, [{ id: 'vpngw', kind: 'vpnGateway' }]),
    [{ id: 'spoke', kind: 'vnet', props: { region: spokeRegion } }],
    { links: [{ id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }] },
    siteOverVpn('site', gb, ['vpngw']),
  );

describe('the cost of a VNet peering', () => {
  it('charges data out and data in at the same-region price when both VNets share a region', () => {
    const line = lineOf(estimateCost(hubAndSpoke('westeurope', 'westeurope')), 'peer');
    expect(line.monthlyUsd).toBeCloseTo(500 * (0.01 + 0.01), 10);
    expect(line.label).toBe('VNet peering');
  });

  it.each([
    ['westeurope', 'eastus', 0.035, 0.035],
    ['japaneast', 'eastus', 0.035, 0.09],
  ])('charges global peering by zone: hub in %s, spoke in %s (out of the spoke, into the hub)', (hubRegion, spokeRegion, out, into) => {
    const line = lineOf(estimateCost(hubAndSpoke(hubRegion, spokeRegion)), 'peer');
    expect(line.monthlyUsd).toBeCloseTo(500 * (out + into), 10);
    expect(line.label).toBe('Global VNet peering');
  });

  it('is unknown when a global direction has no price', () => {
    const line = lineOf(estimateCost(hubAndSpoke('westeurope', 'japaneast')), 'peer');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['vnetPeering.global.zone2.out.GB']);
  });

  it('costs nothing when no traffic crosses it', () => {
    const line = lineOf(estimateCost(hubAndSpoke('westeurope', 'westeurope', 0)), 'peer');
    expect(line.monthlyUsd).toBe(0);
  });
});
