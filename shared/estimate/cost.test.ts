import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost';
import { build, circuit, hub, lineOf, siteOverExpressRoute, siteOverVpn } from './testing/costDesigns';

const both = hub('hub', 'westeurope', [
  { id: 'vpngw', kind: 'vpnGateway' },
  { id: 'ergw', kind: 'erGateway' },
]);

describe('the monthly cost estimate', () => {
  it('sums the lines into the total and lists them in document order, elements then links', () => {
    const doc = build(
      both,
      [{ id: 'spoke', kind: 'vnet', props: { region: 'westeurope' } }],
      { links: [{ id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }] },
      circuit('c1', 'ergw'),
      siteOverExpressRoute('dc', 2000, ['c1']),
      siteOverVpn('office', 600, ['vpngw']),
    );
    const estimate = estimateCost(doc);
    expect(estimate.lines.map((l) => l.itemId)).toEqual(['vpngw', 'ergw', 'c1', 'office', 'peer']);
    // dc: 2,000 GB over the circuit, 1,000 of them from the spoke. office: 600 GB over VPN, 300 from the spoke.
    const expected = {
      vpngw: 0.21 * 730,
      ergw: 0.361 * 730,
      c1: 436 + 2000 * 0.025,
      office: (600 - 100) * 0.08,
      peer: (1000 + 300) * (0.01 + 0.01),
    };
    for (const [id, usd] of Object.entries(expected)) expect(lineOf(estimate, id).monthlyUsd).toBeCloseTo(usd, 10);
    expect(estimate.totalUsd).toBeCloseTo(Object.values(expected).reduce((a, b) => a + b, 0), 10);
    expect(estimate).toMatchObject({ currency: 'USD', effectiveDate: '2026-01-26', incomplete: false });
  });

  it('is incomplete when a line is unknown, and totals the known lines only', () => {
    const doc = build(hub('hub', 'westeurope', [
      { id: 'vpngw', kind: 'vpnGateway', props: { sku: 'VpnGw3AZ', generation: 'Gen2' } },
      { id: 'ergw', kind: 'erGateway' },
    ]));
    const estimate = estimateCost(doc);
    expect(lineOf(estimate, 'vpngw').monthlyUsd).toBeNull();
    expect(estimate.incomplete).toBe(true);
    expect(estimate.totalUsd).toBeCloseTo(0.361 * 730, 10);
  });

  it('is empty, complete and zero for an empty design', () => {
    expect(estimateCost(build())).toMatchObject({ lines: [], totalUsd: 0, incomplete: false });
  });

  it('prices Global Reach at the add-on, unknown, charging each circuit once', () => {
    const doc = build(
      both,
      circuit('c1', 'ergw'),
      circuit('c2', 'ergw', { peeringLocation: 'London' }),
      circuit('c3', 'ergw', { peeringLocation: 'Frankfurt' }),
      { links: [{ id: 'gr12', kind: 'globalReach', source: 'c1', target: 'c2' }, { id: 'gr23', kind: 'globalReach', source: 'c2', target: 'c3' }] },
    );
    const estimate = estimateCost(doc);
    expect(lineOf(estimate, 'gr12')).toMatchObject({ monthlyUsd: null, unknownPrices: ['globalReach.addOn.month'] });
    expect(lineOf(estimate, 'gr12').formula).toMatch(/^2 × add-on/);
    expect(lineOf(estimate, 'gr23').formula).toMatch(/^1 × add-on/);
    const filled = estimateCost({ ...doc, priceOverrides: { 'globalReach.addOn.month': 100 } });
    expect(lineOf(filled, 'gr12').monthlyUsd).toBe(200);
    expect(lineOf(filled, 'gr23').monthlyUsd).toBe(100);
  });

  it('gives the same estimate for the same design, every time', () => {
    const doc = build(both, circuit('c1', 'ergw'), siteOverExpressRoute('dc', 2000, ['c1']), siteOverVpn('office', 600, ['vpngw']));
    expect(JSON.stringify(estimateCost(doc))).toBe(JSON.stringify(estimateCost(structuredClone(doc))));
  });

  it('prices every element and link of a design of about 1,000 elements', () => {
    const parts = [both, [{ id: 'spoke', kind: 'vnet' as const, props: { region: 'westeurope' } }]];
    const doc = build(
      ...parts,
      { links: [{ id: 'peer', kind: 'vnetPeering', source: 'hub', target: 'spoke' }] },
      ...Array.from({ length: 100 }, (_, i) => circuit(`c${i}`, 'ergw')),
      ...Array.from({ length: 100 }, (_, i) => siteOverExpressRoute(`dc${i}`, 100, [`c${i}`])),
      ...Array.from({ length: 350 }, (_, i) => siteOverVpn(`office${i}`, 50, ['vpngw'])),
    );
    expect(doc.elements.length).toBeGreaterThan(1000);
    // How fast is for `npm run bench` (docs/performance.md); here, that a large design is fully priced.
    const estimate = estimateCost(doc);
    expect(estimate.incomplete).toBe(false);
    expect(estimate.totalUsd).toBeGreaterThan(0);
    expect(JSON.stringify(estimateCost(structuredClone(doc)))).toBe(JSON.stringify(estimate));
  });
});
