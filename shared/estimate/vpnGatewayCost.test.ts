import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost';
import { build, hub, lineOf, siteOverVpn } from './testing/costDesigns';

const gateway = (props: Record<string, unknown> = {}) => hub('hub', 'westeurope', [{ id: 'vpngw', kind: 'vpnGateway', props }]);

describe('the cost of a VPN gateway', () => {
  it.each([
    ['Basic', 0.036],
    ['VpnGw1AZ', 0.21],
    ['VpnGw3', 1.25],
    ['VpnGw5', 3.65],
  ])('is the hourly price of %s × 730 h', (sku, hourly) => {
    const line = lineOf(estimateCost(build(gateway({ sku }))), 'vpngw');
    expect(line.monthlyUsd).toBeCloseTo(hourly * 730, 10);
    const cents = (hourly * 730).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(line.formula).toBe(`${hourly} $/h × 730 h = ${cents}`);
    expect(line.unknownPrices).toEqual([]);
    expect(line.secondary).toBe(true);
  });

  it('is unknown for a SKU without a trustworthy price, and names that price', () => {
    const line = lineOf(estimateCost(build(gateway({ sku: 'VpnGw2AZ', generation: 'Gen2' }))), 'vpngw');
    expect(line.monthlyUsd).toBeNull();
    expect(line.unknownPrices).toEqual(['vpnGateway.VpnGw2AZ.hour']);
    expect(line.formula).toMatch(/= unknown$/);
  });

  it('charges the tunnels beyond the 10 assumed included', () => {
    const sites = Array.from({ length: 12 }, (_, i) => siteOverVpn(`site${i}`, 0, ['vpngw']));
    const line = lineOf(estimateCost(build(gateway(), ...sites)), 'vpngw');
    expect(line.monthlyUsd).toBeCloseTo(0.21 * 730 + (12 - 10) * 0.015 * 730, 10);
    expect(line.inputs).toContainEqual(expect.objectContaining({ name: 'Site-to-site tunnels included in a VPN gateway price', provenance: 'assumption' }));
  });

  it('does not double the tunnels of an active-active gateway, nor add a gateway charge', () => {
    const sites = Array.from({ length: 11 }, (_, i) => siteOverVpn(`site${i}`, 0, ['vpngw']));
    const line = lineOf(estimateCost(build(gateway({ activeActive: true }), ...sites)), 'vpngw');
    expect(line.monthlyUsd).toBeCloseTo(0.21 * 730 + 1 * 0.015 * 730, 10);
    expect(line.inputs.find((i) => i.name === 'Active-active')?.value).toMatch(/public IP .* not priced/);
  });

  it('counts a device drawn both straight and through its local network gateway as one tunnel', () => {
    const site = siteOverVpn('site', 0, ['vpngw'], '198.51.100.7');
    const doc = build(gateway(), site, {
      elements: [{ id: 'lng', kind: 'localNetworkGateway', props: { gatewayIp: '198.51.100.7' } }],
      links: [{ id: 'lng-s2s', kind: 's2s', source: 'lng', target: 'vpngw' }],
    });
    expect(lineOf(estimateCost(doc), 'vpngw').inputs.find((i) => i.name === 'Site-to-site tunnels')?.value).toMatch(/^1 /);
  });

  it('charges the point-to-site connections beyond 128, summed over the linked user groups', () => {
    const doc = build(gateway(), {
      elements: [
        { id: 'staff', kind: 'p2sUserGroup', props: { users: 100 } },
        { id: 'contractors', kind: 'p2sUserGroup', props: { users: 50 } },
      ],
      links: [
        { kind: 'p2s', source: 'staff', target: 'vpngw' },
        { kind: 'p2s', source: 'contractors', target: 'vpngw' },
      ],
    });
    const line = lineOf(estimateCost(doc), 'vpngw');
    expect(line.monthlyUsd).toBeCloseTo(0.21 * 730 + (150 - 128) * 0.01 * 730, 10);
  });

  it('charges nothing extra for 128 point-to-site users or fewer', () => {
    const doc = build(gateway(), {
      elements: [{ id: 'staff', kind: 'p2sUserGroup', props: { users: 128 } }],
      links: [{ kind: 'p2s', source: 'staff', target: 'vpngw' }],
    });
    expect(lineOf(estimateCost(doc), 'vpngw').monthlyUsd).toBeCloseTo(0.21 * 730, 10);
  });
});
