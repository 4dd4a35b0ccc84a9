import { describe, expect, it } from 'vitest';
import { design, hubWithGateways } from '../validation/testing/designBuilder';
import { DEFAULT_PRICE_BOOK, HOURS_PER_MONTH } from '../data/priceBook';
import { compareForSite, type Comparison } from './compare';

const price = (id: string) => {
  const usd = DEFAULT_PRICE_BOOK.entries[id]?.usd;
  if (usd === null || usd === undefined) throw new Error(`no price ${id}`);
  return usd;
};

/** An Amsterdam office on a site-to-site VPN to a West Europe hub, sending `gb` a month. */
function vpnOffice(gb: number) {
  return design(
    [
      { id: 'site', kind: 'onPremSite', name: 'Office', props: { latitude: 52.37, longitude: 4.9, traffic: { gbPerMonth: gb, peakMbps: 300 } } },
      { id: 'dev', kind: 'vpnDevice', props: { publicIp: '203.0.113.10' } },
      ...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props: { sku: 'VpnGw1AZ' } }]),
    ],
    [
      { kind: 'lastMile', source: 'site', target: 'dev' },
      { kind: 's2s', source: 'dev', target: 'vpn', props: { sharedKey: 'k' } },
    ],
  );
}

const compare = (doc: ReturnType<typeof design>) => {
  const c = compareForSite(doc, 'site');
  if ('error' in c) throw new Error(c.error);
  return c as Comparison;
};

describe('VPN or ExpressRoute for one site', () => {
  it('uses the VPN the design has and builds a hypothetical circuit at the nearest peering location', () => {
    const c = compare(vpnOffice(0));
    expect(c.vpn).toMatchObject({ hypothetical: false, via: 'vpn' });
    expect(c.expressRoute.hypothetical).toBe(true);
    expect(c.expressRoute.description).toMatch(/^500 Mbps Standard Metered at Amsterdam/);
    // With no traffic, the VPN option is its gateway alone.
    expect(c.vpn.monthlyUsd).toBeCloseTo(price('vpnGateway.VpnGw1AZ.hour') * HOURS_PER_MONTH, 6);
    expect(c.vpn.path?.overInternet).toBe(true);
    expect(c.expressRoute.path?.overInternet).toBe(false);
  });

  it('puts the break-even volume where ExpressRoute becomes cheaper than VPN plus internet egress', () => {
    const c = compare(vpnOffice(0));
    const gb = c.expressRouteCheaperAboveGb!;
    expect(gb).toBeGreaterThan(0);
    const erFixed = price('erGateway.ErGw1Az.hour') * HOURS_PER_MONTH + price('erCircuit.Standard.Metered.500.zone1.month');
    const vpnFixed = price('vpnGateway.VpnGw1AZ.hour') * HOURS_PER_MONTH;
    // Below the break-even, VPN is cheaper; above it, ExpressRoute: check both sides by hand.
    const erAt = (v: number) => erFixed + v * price('erCircuit.egress.zone1.GB');
    const vpnAt = (v: number) => vpnFixed + Math.max(0, Math.min(v, 10_100) - 100) * price('internetEgress.zone1.tier1.GB') + Math.max(0, v - 10_100) * price('internetEgress.zone1.tier2.GB');
    expect(erAt(gb - 2)).toBeGreaterThan(vpnAt(gb - 2));
    expect(erAt(gb + 2)).toBeLessThanOrEqual(vpnAt(gb + 2));
    expect(c.curve[0]).toMatchObject({ gb: 0 });
  });

  it('says why there is no Metered-vs-Unlimited break-even while Unlimited has no price, and computes it with an override', () => {
    const c = compare(vpnOffice(0));
    expect(c.unlimitedCheaperAboveGb).toBeNull();
    expect(c.breakEvenNotes.join(' ')).toMatch(/No trustworthy price for Unlimited/);

    const unlimitedId = 'erCircuit.Standard.Unlimited.500.zone1.month';
    const doc = { ...vpnOffice(0), priceOverrides: { [unlimitedId]: 500 } };
    const withPrice = compare(doc);
    const metered = price('erCircuit.Standard.Metered.500.zone1.month');
    expect(withPrice.unlimitedCheaperAboveGb).toBe(Math.ceil((500 - metered) / price('erCircuit.egress.zone1.GB')));
  });

  it('refuses a selection that is not a site, and a design without a VNet', () => {
    expect(compareForSite(vpnOffice(0), 'vpn')).toEqual({ error: expect.stringMatching(/Select an on-premises site/) });
    const noVnet = design([{ id: 'site', kind: 'onPremSite' }]);
    expect(compareForSite(noVnet, 'site')).toEqual({ error: expect.stringMatching(/Add a VNet first/) });
  });
});
