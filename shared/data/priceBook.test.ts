import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK, HOURS_PER_MONTH, allowanceOf, dataTransferZoneOf, priceOf } from './priceBook';

const book = DEFAULT_PRICE_BOOK;

describe('the default price book', () => {
  it('is in USD, dated with the newest dataset it uses', () => {
    expect(book.currency).toBe('USD');
    expect(book.effectiveDate).toBe('2026-01-26');
    expect(HOURS_PER_MONTH).toBe(730);
  });

  it.each([
    ['vpnGateway.Basic.hour', 0.036, 'Infracost golden test files, 2025-01-15'],
    ['vpnGateway.VpnGw1AZ.hour', 0.21, 'Infracost golden test files, 2025-01-15'],
    ['vpnGateway.VpnGw5.hour', 3.65, 'Infracost golden test files, 2025-01-15'],
    ['vpnGateway.s2sTunnel.hour', 0.015, 'Infracost golden test files, 2025-01-15'],
    ['vpnGateway.p2sConnection.hour', 0.01, 'Infracost golden test files, 2025-01-15'],
    ['erCircuit.Standard.Metered.1000.zone1.month', 436, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['erCircuit.Standard.Metered.100.zone1.month', 110, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['erCircuit.Standard.Metered.100.zone2.month', 100, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['erCircuit.Standard.Metered.10000.zone4.month', 3400, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['erCircuit.egress.zone3.GB', 0.14, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['erGateway.ErGw1Az.hour', 0.361, 'valida_precos.py'],
    ['erGateway.ErGw3Az.hour', 2.151, 'valida_precos.py'],
    ['erGateway.ErGwScale.unitHour', 0.21, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['vnetPeering.sameRegion.in.GB', 0.01, 'Infracost virtual_network_peering_test.golden, 2024-07-01'],
    ['vnetPeering.global.zone2.in.GB', 0.09, 'Infracost virtual_network_peering_test.golden, 2024-07-01'],
    ['internetEgress.zone1.tier1.GB', 0.08, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
    ['internetEgress.zone2.tier4.GB', 0.06, 'CLOUD_PRICING_DATA v2026.Q01, generated 2026-01-26'],
  ])('gives %s as %d $ from its dated secondary source', (id, usd, source) => {
    expect(priceOf(book, id)).toBe(usd);
    expect(book.entries[id]).toMatchObject({ provenance: 'secondary', source: expect.stringContaining(source) });
  });

  it.each([
    'vpnGateway.VpnGw2AZ.hour',
    'vpnGateway.VpnGw5AZ.hour',
    'erGateway.UltraPerformance.hour',
    'erGateway.ErGw2Az.hour',
    'erCircuit.Standard.Unlimited.1000.zone1.month',
    'erCircuit.Premium.Metered.1000.zone1.month',
    'erCircuit.Local.Unlimited.1000.zone1.month',
    'erDirect.port10G.month',
    'erDirect.port100G.month',
    'globalReach.addOn.month',
  ])('has no figure for %s, and says it is unsourced', (id) => {
    expect(book.entries[id]).toBeDefined();
    expect(priceOf(book, id)).toBeNull();
    expect(book.entries[id]!.note).toMatch(/UNSOURCED/);
  });

  it('keeps the low-confidence Global Reach figure and says so', () => {
    expect(priceOf(book, 'globalReach.zone1.GB')).toBe(0.02);
    expect(book.entries['globalReach.zone1.GB']!.note).toMatch(/low confidence/i);
  });

  it('keys every entry by its own id, with a label, a source and a non-negative price or null', () => {
    for (const [id, entry] of Object.entries(book.entries)) {
      expect(entry.id).toBe(id);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.source.length).toBeGreaterThan(0);
      if (entry.usd !== null) expect(entry.usd).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    ['vpnGateway.s2sTunnels.included', 10, 'assumption'],
    ['vpnGateway.p2sConnections.included', 128, 'assumption'],
    ['internetEgress.free.GB', 100, 'assumption'],
    ['internetEgress.tier1.endGB', 10_100, 'secondary'],
  ])('holds the quantity %s = %d as data marked %s', (id, quantity, provenance) => {
    expect(allowanceOf(book, id)).toBe(quantity);
    expect(book.allowances[id]!.provenance).toBe(provenance);
  });

  it('returns null for an id it does not know', () => {
    expect(priceOf(book, 'nothing.here')).toBeNull();
    expect(priceOf(book, 'toString')).toBeNull();
  });
});

describe('the region to data-transfer zone table', () => {
  it.each([
    ['westeurope', 1],
    ['East US 2', 1],
    ['japaneast', 2],
    ['southeastasia', 2],
    ['brazilsouth', 3],
    ['australiaeast', 4],
    ['centralindia', 4],
  ])('puts %s in zone %d', (region, zone) => {
    expect(dataTransferZoneOf(region)).toBe(zone);
  });

  it.each(['australiacentral', 'uaenorth', 'qatarcentral', '', 'mars'])('leaves %s out, so the estimator says it assumes zone 1', (region) => {
    expect(dataTransferZoneOf(region)).toBeUndefined();
  });
});
