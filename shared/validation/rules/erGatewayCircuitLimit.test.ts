import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { erGatewayCircuitLimit } from './erGatewayCircuitLimit';

const run = (doc: ReturnType<typeof design>) => validate(doc, [erGatewayCircuitLimit]);

const LOCATIONS = ['Amsterdam', 'Amsterdam2', 'London', 'London2', 'Dublin', 'Dublin2', 'Frankfurt', 'Frankfurt2', 'Paris', 'Paris2', 'Berlin', 'Madrid', 'Milan', 'Oslo', 'Stockholm', 'Warsaw', 'Zurich'];

/** A VNet whose ExpressRoute gateway connects one circuit per given peering location. */
function gatewayWith(gateway: Record<string, unknown>, locations: string[]) {
  return design(
    [
      { id: 'v', kind: 'vnet', name: 'vnet-hub' },
      { id: 'gw', kind: 'erGateway', name: 'ergw-hub', parentId: 'v', props: gateway },
      ...locations.map((peeringLocation, i) => ({ id: `c${i}`, kind: 'erCircuit' as const, props: { peeringLocation } })),
    ],
    locations.map((_, i) => ({ kind: 'erConnection' as const, source: 'gw', target: `c${i}` })),
  );
}
const circuitIds = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe('er-gateway-circuit-limit', () => {
  it.each([
    ['5 circuits on ErGw1Az', { sku: 'ErGw1Az' }, 5, /ExpressRoute gateway "ergw-hub" connects 5 circuits, but ErGw1Az takes at most 4: upgrade it to ErGw2Az, or connect some circuits/, 'Upgrade to ErGw2Az', { sku: 'ErGw2Az' }],
    ['9 circuits on a Standard gateway', { sku: 'Standard' }, 9, /but Standard takes at most 4: upgrade it to UltraPerformance/, 'Upgrade to UltraPerformance', { sku: 'UltraPerformance' }],
    ['5 circuits on ErGwScale with 1 unit', { sku: 'ErGwScale', scaleUnits: 1 }, 5, /but ErGwScale with 1 scale unit takes at most 4: scale it to 2 units/, 'Scale to 2 units', { scaleUnits: 2 }],
    ['9 circuits on ErGwScale with 4 units', { sku: 'ErGwScale', scaleUnits: 4 }, 9, /ErGwScale with 4 scale units takes at most 8: scale it to 10 units/, 'Scale to 10 units', { scaleUnits: 10 }],
  ])('flags %s, and the upgrade makes the finding go away', (_name, gateway, n, message, label, props) => {
    const doc = gatewayWith(gateway, LOCATIONS.slice(0, n));
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'er-gateway-circuit-limit', severity: 'error', elementIds: ['gw', ...circuitIds(n)] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways');
    expect(findings[0]!.fix!.label).toBe(label);
    const fixed = findings[0]!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 'gw')!.props).toMatchObject(props);
    expect(run(fixed)).toEqual([]);
  });

  it('offers no upgrade beyond 16 circuits', () => {
    const [f] = run(gatewayWith({ sku: 'ErGw3Az' }, LOCATIONS));
    expect(f!.message).toMatch(/connects 17 circuits, but ErGw3Az takes at most 16: connect some circuits to a gateway in another VNet\./);
    expect(f!.fix).toBeUndefined();
  });

  it('flags more than 4 circuits from one peering location on one VNet', () => {
    const findings = run(gatewayWith({ sku: 'ErGw3Az' }, ['Amsterdam', 'amsterdam', 'Amsterdam', 'Amsterdam', 'Amsterdam', 'London']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', elementIds: ['v', 'c0', 'c1', 'c2', 'c3', 'c4'] });
    expect(findings[0]!.message).toMatch(/VNet "vnet-hub" is linked to 5 circuits from Amsterdam, but a VNet takes at most 4 circuits from one peering location/);
  });

  it.each([
    ['4 circuits on ErGw1Az', { sku: 'ErGw1Az' }, LOCATIONS.slice(0, 4)],
    ['8 circuits on ErGw2Az', { sku: 'ErGw2Az' }, LOCATIONS.slice(0, 8)],
    ['16 circuits on ErGwScale with 10 units', { sku: 'ErGwScale', scaleUnits: 10 }, LOCATIONS.slice(0, 16)],
    ['4 circuits from one peering location', { sku: 'ErGw3Az' }, ['Amsterdam', 'Amsterdam', 'Amsterdam', 'Amsterdam', 'London']],
    ['circuits with no peering location yet', { sku: 'ErGw3Az' }, ['', '', '', '', '']],
  ])('accepts %s', (_name, gateway, locations) => {
    expect(run(gatewayWith(gateway, locations))).toEqual([]);
  });
});
