import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost';
import { build, circuit, hub, lineOf, siteOverExpressRoute } from './testing/costDesigns';

const erHub = (props: Record<string, unknown> = {}) => hub('hub', 'westeurope', [{ id: 'ergw', kind: 'erGateway', props }]);

/** A site sending `gb` a month over one circuit with these props. */
const circuitDesign = (props: Record<string, unknown>, gb = 1000) =>
  build(erHub(), circuit('c1', 'ergw', props), siteOverExpressRoute('site', gb, ['c1']));

describe('the cost of an ExpressRoute gateway', () => {
  it.each([
    ['ErGw1Az', 0.361],
    ['ErGw3Az', 2.151],
    ['Standard', 0.19],
    ['HighPerformance', 0.49],
  ])('is the hourly price of %s × 730 h', (sku, hourly) => {
    expect(lineOf(estimateCost(build(erHub({ sku }))), 'ergw').monthlyUsd).toBeCloseTo(hourly * 730, 10);
  });

  it.each(['ErGw2Az', 'UltraPerformance'])('is unknown for %s, which has no trustworthy price', (sku) => {
    const line = lineOf(estimateCost(build(erHub({ sku }))), 'ergw');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual([`erGateway.${sku}.hour`]);
  });

  it('prices ErGwScale per scale unit', () => {
    const line = lineOf(estimateCost(build(erHub({ sku: 'ErGwScale', scaleUnits: 3 }))), 'ergw');
    expect(line.monthlyUsd).toBeCloseTo(3 * 0.21 * 730, 10);
    expect(line.formula).toMatch(/^3 scale units × 0.21 \$\/h × 730 h = /);
  });
});

describe('the cost of an ExpressRoute circuit', () => {
  it.each([
    ['Amsterdam', 1, 436, 0.025],
    ['Tokyo', 2, 436, 0.05],
    ['Sao Paulo', 3, 436, 0.14],
    ['Jakarta', 4, 436, 0.1],
  ])('on Metered at %s (zone %d) is the port fee plus the egress at that zone', (peeringLocation, _zone, fee, perGb) => {
    const line = lineOf(estimateCost(circuitDesign({ peeringLocation, bandwidthMbps: 1000 }, 1000)), 'c1');
    expect(line.monthlyUsd).toBeCloseTo(fee + 1000 * perGb, 10);
    expect(line.unknownPrices).toEqual([]);
  });

  it('uses the 100 Mbps fee as read for zone 1 (110, sic)', () => {
    expect(lineOf(estimateCost(circuitDesign({ bandwidthMbps: 100 }, 0)), 'c1').monthlyUsd).toBe(110);
  });

  it('is unknown on Standard Unlimited, with no egress charge', () => {
    const line = lineOf(estimateCost(circuitDesign({ dataPlan: 'Unlimited' })), 'c1');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['erCircuit.Standard.Unlimited.1000.zone1.month']);
    expect(line.inputs.find((i) => i.name === 'Data out')?.value).toMatch(/included/);
  });

  it('is unknown on Premium, whose add-on is unsourced', () => {
    const line = lineOf(estimateCost(circuitDesign({ tier: 'Premium' })), 'c1');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['erCircuit.Premium.Metered.1000.zone1.month']);
  });

  it('treats a Local circuit as Unlimited whatever the design says, so it has no egress charge but an unknown fee', () => {
    const line = lineOf(estimateCost(circuitDesign({ tier: 'Local', dataPlan: 'Metered' })), 'c1');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['erCircuit.Local.Unlimited.1000.zone1.month']);
    expect(line.formula).not.toMatch(/GB/);
  });

  it('becomes known once the unknown fee is overridden', () => {
    const doc = { ...circuitDesign({ tier: 'Local' }), priceOverrides: { 'erCircuit.Local.Unlimited.1000.zone1.month': 1200 } };
    expect(lineOf(estimateCost(doc), 'c1').monthlyUsd).toBe(1200);
  });

  it('is unknown when the peering location has no known zone, without blaming a price', () => {
    for (const peeringLocation of ['', 'Madrid2', 'Atlantis']) {
      const line = lineOf(estimateCost(circuitDesign({ peeringLocation })), 'c1');
      expect(line.monthlyUsd).toBeNull();
      expect(line.unknownPrices).toEqual([]);
      expect(line.inputs[0]).toMatchObject({ name: 'Peering location' });
    }
  });

  it('on ExpressRoute Direct is the port pair, unknown, plus the metered egress', () => {
    const line = lineOf(estimateCost(circuitDesign({ expressRouteDirect: true, bandwidthMbps: 10000 })), 'c1');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['erDirect.port10G.month']);
    expect(line.formula).toContain('1,000 GB × 0.025 $/GB');
  });
});
