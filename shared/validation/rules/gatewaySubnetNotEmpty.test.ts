import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { gatewaySubnetNotEmpty } from './gatewaySubnetNotEmpty';

const run = (doc: TopologyDocument) => validate(doc, [gatewaySubnetNotEmpty]);

describe('gateway-subnet-not-empty', () => {
  it.each([
    ['a subnet nested in it', { id: 'inner', kind: 'subnet' as const, name: 'snet-vm', props: { prefix: '10.0.255.16/28' } }, /Subnet "snet-vm" is inside the GatewaySubnet of "vnet-hub"/],
    ['a VPN device nested in it', { id: 'inner', kind: 'vpnDevice' as const, name: 'nva' }, /VPN device "nva" is inside the GatewaySubnet/],
  ])('flags %s', (_name, child, message) => {
    const doc = design([...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]), { ...child, parentId: 'gws' }]);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'gateway-subnet-not-empty', severity: 'error', elementIds: ['inner', 'gws'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/must hold only VPN and ExpressRoute gateways/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub');
  });

  it.each([
    ['a GatewaySubnet holding both gateway types', design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }, { id: 'er', kind: 'erGateway' }]))],
    ['an empty GatewaySubnet', design(hubWithGateways('10.0.255.0/27', []))],
    ['something nested in a workload subnet', design([
      ...hubWithGateways('10.0.255.0/27', []),
      { id: 'app', kind: 'subnet', name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.1.0/24' } },
      { id: 'inner', kind: 'vpnDevice', parentId: 'app' },
    ])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
