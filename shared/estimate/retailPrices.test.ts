// The fixtures are hand-written in the shape of an Azure Retail Prices API response; their prices
// are made up for the tests and are not Azure's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import { estimateCost } from './cost';
import { importRetailPrices } from './retailPrices';
import { build, hub, lineOf } from './testing/costDesigns';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const run = (json: unknown) => importRetailPrices(json, DEFAULT_PRICE_BOOK);

describe('importing an Azure Retail Prices export', () => {
  it('maps the items it recognises to price-book ids', () => {
    const result = run(fixture('retail-prices-good.json'));
    expect(result.errors).toEqual([]);
    expect(result.overrides).toEqual({
      'vpnGateway.VpnGw2AZ.hour': 0.3,
      'vpnGateway.Basic.hour': 0.04,
      'vpnGateway.s2sTunnel.hour': 0.015,
      'vpnGateway.p2sConnection.hour': 0.01,
      'erGateway.ErGw2Az.hour': 0.9,
      'erCircuit.Standard.Metered.1000.zone2.month': 450,
      'erCircuit.Standard.Unlimited.1000.zone1.month': 1100,
      'erCircuit.egress.zone3.GB': 0.13,
      'vnetPeering.sameRegion.in.GB': 0.01,
      'vnetPeering.sameRegion.out.GB': 0.012,
    });
    expect(result.matched).toContainEqual({ id: 'erGateway.ErGw2Az.hour', usd: 0.9, meterName: 'ErGw2AZ Gateway' });
    expect(result.unmatched).toBe(1);
    expect(result.ignored).toBe(2);
  });

  it('accepts a list of pages and a plain list of items', () => {
    const pages = fixture('retail-prices-pages.json') as Array<{ Items: unknown[] }>;
    expect(run(pages).overrides).toEqual({ 'vpnGateway.VpnGw4AZ.hour': 1.5, 'erGateway.ErGw3Az.hour': 1.9 });
    expect(run(pages.flatMap((p) => p.Items)).overrides).toEqual({ 'vpnGateway.VpnGw4AZ.hour': 1.5, 'erGateway.ErGw3Az.hour': 1.9 });
  });

  it('ignores prices that are not in USD', () => {
    const result = run(fixture('retail-prices-eur.json'));
    expect(result).toMatchObject({ overrides: {}, matched: [], ignored: 2, unmatched: 0, errors: [] });
  });

  it.each([
    ['a number', 42, /^\(whole file\): not an Azure Retail Prices export/],
    ['an object without Items', { items: [] }, /^\(whole file\): not an Azure Retail Prices export/],
    ['Items that is not a list', { Items: 'all of them' }, /^\/Items: must be a list of price items$/],
  ])('refuses %s, saying what is wrong', (_name, json, message) => {
    const result = run(json);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.overrides).toEqual({});
  });

  it('names the item and the field that is wrong, and still reads the others', () => {
    const result = run(fixture('retail-prices-bad-item.json'));
    expect(result.errors).toEqual([expect.stringMatching(/^\/Items\/1\/retailPrice: .*number/)]);
    expect(result.overrides).toEqual({ 'vpnGateway.VpnGw2AZ.hour': 0.3 });
  });

  it('takes neither of two different prices for one id, and says why', () => {
    const result = run(fixture('retail-prices-two-regions.json'));
    expect(result.errors).toEqual([expect.stringMatching(/^vpnGateway\.VpnGw2AZ\.hour: the file gives 2 different prices, e\.g\. 0\.3 \(westeurope at \/Items\/0\), 0\.36 \(brazilsouth at \/Items\/1\)/)]);
    expect(result.overrides).toEqual({ 'vpnGateway.p2sConnection.hour': 0.01 });
  });

  it('never throws, whatever it is given', () => {
    for (const json of [null, undefined, 'text', [], [null], [1, 2], { Items: [null, 'x', {}] }]) expect(() => run(json)).not.toThrow();
  });

  it('gives overrides that fill unknown prices in the estimate', () => {
    const { overrides } = run(fixture('retail-prices-good.json'));
    const doc = build(hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway', props: { sku: 'VpnGw2AZ', generation: 'Gen2' } }]));
    expect(lineOf(estimateCost(doc), 'vpngw').monthlyUsd).toBeNull();
    expect(lineOf(estimateCost({ ...doc, priceOverrides: overrides }), 'vpngw').monthlyUsd).toBeCloseTo(0.3 * 730, 10);
  });
});
