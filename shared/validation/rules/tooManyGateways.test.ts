import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { tooManyGateways } from './tooManyGateways';

const run = (doc: TopologyDocument) => validate(doc, [tooManyGateways]);
type Gw = { id: string; kind: 'vpnGateway' | 'erGateway' };

describe('too-many-gateways', () => {
  it.each([
    ['two VPN gateways', [{ id: 'vpn1', kind: 'vpnGateway' }, { id: 'vpn2', kind: 'vpnGateway' }] as Gw[], ['vnet', 'vpn1', 'vpn2'], /has 2 VPN gateways .* allows one VPN gateway per VNet/],
    ['three ExpressRoute gateways', [{ id: 'er1', kind: 'erGateway' }, { id: 'er2', kind: 'erGateway' }, { id: 'er3', kind: 'erGateway' }] as Gw[], ['vnet', 'er1', 'er2', 'er3'], /has 3 ExpressRoute gateways/],
  ])('flags a VNet with %s', (_name, gateways, elementIds, message) => {
    const findings = run(design(hubWithGateways('10.0.255.0/26', gateways)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'too-many-gateways', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways');
  });

  it('counts a gateway placed outside the GatewaySubnet too, and reports each type once', () => {
    const doc = design([
      ...hubWithGateways('10.0.255.0/26', [{ id: 'vpn1', kind: 'vpnGateway' }, { id: 'er1', kind: 'erGateway' }]),
      { id: 'vpn2', kind: 'vpnGateway', parentId: 'vnet' },
      { id: 'er2', kind: 'erGateway', parentId: 'vnet' },
    ]);
    expect(run(doc).map((f) => f.elementIds.join(' ')).sort()).toEqual(['vnet er1 er2', 'vnet vpn1 vpn2']);
  });

  it.each([
    ['one gateway of each type in a VNet', design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }, { id: 'er', kind: 'erGateway' }]))],
    ['one VPN gateway in each of two VNets', design([
      ...hubWithGateways('10.0.255.0/27', [{ id: 'vpn1', kind: 'vpnGateway' }]),
      { id: 'vnet2', kind: 'vnet' },
      { id: 'vpn2', kind: 'vpnGateway', parentId: 'vnet2' },
    ])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
