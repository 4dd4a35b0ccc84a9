import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK, priceOf } from '../data/priceBook';
import { FORMAT_ID, loadDocument, serializeDocument } from '../format';
import { estimateCost } from './cost';
import { applyPriceOverrides } from './priceOverrides';
import { build, hub, lineOf } from './testing/costDesigns';

const book = DEFAULT_PRICE_BOOK;

describe('applying price overrides', () => {
  it('replaces a price and marks it as an override, saying what it replaced', () => {
    const next = applyPriceOverrides(book, { 'vpnGateway.VpnGw1AZ.hour': 0.3 });
    expect(priceOf(next, 'vpnGateway.VpnGw1AZ.hour')).toBe(0.3);
    expect(next.entries['vpnGateway.VpnGw1AZ.hour']).toMatchObject({ provenance: 'override', note: expect.stringContaining('Replaces 0.21') });
    expect(priceOf(book, 'vpnGateway.VpnGw1AZ.hour')).toBe(0.21);
  });

  it('fills a price the book does not know', () => {
    expect(priceOf(applyPriceOverrides(book, { 'erGateway.ErGw2Az.hour': 1.2 }), 'erGateway.ErGw2Az.hour')).toBe(1.2);
  });

  it('overrides an included quantity too', () => {
    const next = applyPriceOverrides(book, { 'vpnGateway.s2sTunnels.included': 0 });
    expect(next.allowances['vpnGateway.s2sTunnels.included']).toMatchObject({ quantity: 0, provenance: 'override' });
  });

  it.each([
    ['an unknown id', { 'futurePrice.hour': 1 }],
    ['a negative price', { 'vpnGateway.VpnGw1AZ.hour': -1 }],
    ['a price that is not a number', { 'vpnGateway.VpnGw1AZ.hour': Number.NaN }],
    ['an inherited key', { toString: 1 }],
  ])('ignores %s and returns the book itself', (_name, overrides) => {
    expect(applyPriceOverrides(book, overrides)).toBe(book);
  });
});

describe('the price overrides of a design', () => {
  const gateway = (sku: string) => hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway', props: { sku, generation: 'Gen2' } }]);

  it('replace book prices in the estimate', () => {
    const doc = { ...build(gateway('VpnGw1AZ')), priceOverrides: { 'vpnGateway.VpnGw1AZ.hour': 0.25 } };
    const line = lineOf(estimateCost(doc), 'vpngw');
    expect(line.monthlyUsd).toBeCloseTo(0.25 * 730, 10);
    expect(line.inputs[0]).toMatchObject({ provenance: 'override' });
  });

  it('fill an unknown price, so the line and the total become known', () => {
    const doc = { ...build(gateway('VpnGw2AZ')), priceOverrides: { 'vpnGateway.VpnGw2AZ.hour': 0.5, 'someday.newPrice': 3 } };
    const estimate = estimateCost(doc);
    expect(lineOf(estimate, 'vpngw').monthlyUsd).toBeCloseTo(0.5 * 730, 10);
    expect(estimate.incomplete).toBe(false);
  });

  it('load and save with the design, unknown ids included', () => {
    const file = JSON.stringify({
      format: FORMAT_ID,
      formatVersion: 1,
      document: { title: 't', priceOverrides: { 'vpnGateway.VpnGw2AZ.hour': 0.5, 'someday.newPrice': 3 } },
    });
    const loaded = loadDocument(file);
    expect(loaded.ok && loaded.document.priceOverrides).toEqual({ 'vpnGateway.VpnGw2AZ.hour': 0.5, 'someday.newPrice': 3 });
    const again = loadDocument(serializeDocument(loaded.ok ? loaded.document : build()));
    expect(again.ok && again.document.priceOverrides).toEqual({ 'vpnGateway.VpnGw2AZ.hour': 0.5, 'someday.newPrice': 3 });
  });

  it('are left out of a design that has none, so it saves as before', () => {
    const loaded = loadDocument(JSON.stringify({ format: FORMAT_ID, formatVersion: 1, document: { title: 't' } }));
    expect(loaded.ok && 'priceOverrides' in loaded.document).toBe(false);
  });

  it.each([
    ['a negative price', -1],
    ['text', '0.5'],
  ])('refuse %s, naming where it is', (_name, value) => {
    const file = JSON.stringify({ format: FORMAT_ID, formatVersion: 1, document: { priceOverrides: { 'vpnGateway.VpnGw2AZ.hour': value } } });
    const loaded = loadDocument(file);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.errors[0]!.pointer).toBe('/document/priceOverrides/vpnGateway.VpnGw2AZ.hour');
  });
});
