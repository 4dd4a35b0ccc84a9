import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './parameters';

const doc = readFileSync(new URL('../../docs/estimates.md', import.meta.url), 'utf8');

describe('estimate parameters', () => {
  it.each([
    // name, value, provenance: the figures docs/estimates.md and the other tests are written against
    ['fibreMicrosecondsPerKm', 4.9, 'secondary'],
    ['internetInflation', 2.1, 'secondary'],
    ['providerInflation', 1.5, 'assumption'],
    ['backboneInflation', 1.4, 'assumption'],
    ['tunnelMsPerEnd', 1, 'assumption'],
    ['minLegRttMs', 1, 'assumption'],
    ['inRegionPeeringRttMs', 0.5, 'assumption'],
    ['vpnGatewayBasicSla', 0.999, 'secondary'],
    ['vpnGatewaySla', 0.9995, 'secondary'],
    ['vpnGatewayAzSla', 0.9995, 'assumption'],
    ['erCircuitSla', 0.9995, 'secondary'],
    ['erGatewaySla', 0.9995, 'secondary'],
    ['erGatewayAzSla', 0.9995, 'assumption'],
    ['internetPathAvailability', 0.999, 'assumption'],
    ['providerLastMileAvailability', 0.999, 'assumption'],
    ['onPremDeviceAvailability', 1, 'assumption'],
    ['vnetPeeringAvailability', 1, 'assumption'],
    ['hoursPerMonth', 730, 'assumption'],
  ] as const)('holds %s = %s (%s)', (name, value, provenance) => {
    expect(PARAMETERS[name]).toMatchObject({ value, provenance });
  });

  it('gives every parameter a unit, a source and a note, and marks every unsourced one as an assumption', () => {
    for (const [name, p] of Object.entries(PARAMETERS)) {
      expect(p.unit, name).not.toBe('');
      expect(p.source, name).not.toBe('');
      expect(p.note, name).not.toBe('');
      if (/UNSOURCED|Assumption/.test(p.source)) expect(p.provenance, name).toBe('assumption');
    }
  });

  it('keeps availabilities between 0 and 1', () => {
    for (const [name, p] of Object.entries(PARAMETERS)) {
      if (p.unit === 'availability') expect(p.value as number, name).toBeGreaterThan(0);
      if (p.unit === 'availability') expect(p.value as number, name).toBeLessThanOrEqual(1);
    }
  });

  it('is documented in docs/estimates.md with the same value, unit and provenance', () => {
    for (const [name, p] of Object.entries(PARAMETERS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `${name} has a row in the parameter table`).toBeDefined();
      const [, value, unit, provenance] = (row ?? '').split('|').map((cell) => cell.trim()).slice(1);
      expect([value, unit, provenance], name).toEqual([String(p.value), p.unit, p.provenance]);
    }
  });
});
