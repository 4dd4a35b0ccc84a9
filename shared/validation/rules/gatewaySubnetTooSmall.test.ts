import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design, hubWithGateways } from '../testing/designBuilder';
import { gatewaySubnetTooSmall } from './gatewaySubnetTooSmall';

const run = (doc: ReturnType<typeof design>) => validate(doc, [gatewaySubnetTooSmall]);

describe('gateway-subnet-too-small', () => {
  it.each([
    ['a /30 with a VPN gateway', '10.0.255.0/30', [{ id: 'vpn', kind: 'vpnGateway' as const }], 'error', /is \/30: gateways need \/29 or larger/],
    ['a /28 with a VPN gateway', '10.0.255.0/28', [{ id: 'vpn', kind: 'vpnGateway' as const }], 'warning', /Microsoft recommends \/27/],
    ['a /29 shared by both gateway types', '10.0.255.0/29', [{ id: 'vpn', kind: 'vpnGateway' as const }, { id: 'er', kind: 'erGateway' as const }], 'error', /share it, which needs \/27/],
  ])('flags %s', (_name, prefix, gateways, severity, message) => {
    const findings = run(design(hubWithGateways(prefix, gateways)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'gateway-subnet-too-small', severity, elementIds: ['gws', 'vnet'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub');
  });

  it('asks for /26 when one ExpressRoute gateway connects more than 8 circuits', () => {
    const circuits = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, kind: 'erCircuit' as const }));
    const doc = design(
      [...hubWithGateways('10.0.255.0/27', [{ id: 'er', kind: 'erGateway', props: { sku: 'ErGw3Az' } }]), ...circuits],
      circuits.map((c) => ({ kind: 'erConnection' as const, source: 'er', target: c.id })),
    );
    expect(run(doc)[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/9 ExpressRoute circuits, which needs \/26/) });
  });

  it.each([
    ['a /27 shared by both gateway types', '10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' as const }, { id: 'er', kind: 'erGateway' as const }]],
    ['a /26 with a VPN gateway', '10.0.255.0/26', [{ id: 'vpn', kind: 'vpnGateway' as const }]],
    ['a /30 with no gateway in the VNet', '10.0.255.0/30', []],
  ])('accepts %s', (_name, prefix, gateways) => {
    expect(run(design(hubWithGateways(prefix, gateways)))).toEqual([]);
  });

  it('fixes the size in one step, and the finding goes away', () => {
    const doc = design(hubWithGateways('10.0.255.0/29', [{ id: 'vpn', kind: 'vpnGateway' }, { id: 'er', kind: 'erGateway' }]));
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Resize GatewaySubnet to /27');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 'gws')!.props).toMatchObject({ prefix: '10.0.255.0/27' });
    expect(run(fixed)).toEqual([]);
  });
});
