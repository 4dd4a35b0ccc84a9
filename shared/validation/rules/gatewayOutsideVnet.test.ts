import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { gatewayOutsideVnet } from './gatewayOutsideVnet';

const run = (doc: TopologyDocument) => validate(doc, [gatewayOutsideVnet]);

describe('gateway-outside-vnet', () => {
  it.each([
    ['a VPN gateway on its own', design([{ id: 'gw', kind: 'vpnGateway', name: 'vpngw' }]), /VPN gateway "vpngw" is not inside a VNet/],
    ['an ExpressRoute gateway in a subnet that belongs to no VNet', design([
      { id: 'orphan', kind: 'subnet', name: 'GatewaySubnet', props: { prefix: '10.0.255.0/27' } },
      { id: 'gw', kind: 'erGateway', name: 'ergw', parentId: 'orphan' },
    ]), /ExpressRoute gateway "ergw" is not inside a VNet/],
  ])('flags %s', (_name, doc, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'gateway-outside-vnet', severity: 'error', elementIds: ['gw'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Drag it into the VNet it serves/);
  });

  it.each([
    ['gateways in a GatewaySubnet', design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }, { id: 'er', kind: 'erGateway' }]))],
    ['a gateway placed straight in a VNet', design([{ id: 'vnet', kind: 'vnet' }, { id: 'vpn', kind: 'vpnGateway', parentId: 'vnet' }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
