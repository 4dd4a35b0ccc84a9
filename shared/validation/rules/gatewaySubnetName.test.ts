import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { gatewaySubnetName } from './gatewaySubnetName';

const run = (doc: TopologyDocument) => validate(doc, [gatewaySubnetName]);

/** A hub whose gateway subnet is called `name`, holding a VPN gateway. */
const hubNamed = (name: string) =>
  hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]).map((e) => (e.id === 'gws' ? { ...e, name } : e));

const app = { id: 'app', kind: 'subnet' as const, name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.1.0/24' } };

describe('gateway-subnet-name', () => {
  it.each(['gatewaysubnet', 'Gateway Subnet', 'Gateway-Subnet', ' GatewaySubnet', 'GATEWAY_SUBNET', 'GatewaySubnet '])(
    'flags a subnet named "%s"',
    (name) => {
      const findings = run(design(hubNamed(name)));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'gateway-subnet-name', severity: 'error', elementIds: ['gws', 'vnet'] });
      expect(findings[0]!.message).toMatch(/must be named exactly GatewaySubnet/);
      expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub');
    },
  );

  it('flags a gateway nested in a workload subnet and offers to move it into the GatewaySubnet', () => {
    const doc = design([...hubWithGateways('10.0.255.0/27', []), app, { id: 'vpn', kind: 'vpnGateway', name: 'vpngw', parentId: 'app' }]);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', elementIds: ['vpn', 'app'] });
    expect(findings[0]!.message).toMatch(/VPN gateway "vpngw" sits in subnet "snet-app".*Move it into "GatewaySubnet"/);
    const fixed = applyFix(doc, findings[0], 'Move into GatewaySubnet');
    expect(fixed.elements.find((e) => e.id === 'vpn')!.parentId).toBe('gws');
    expect(run(fixed)).toEqual([]);
  });

  it('flags a gateway in a workload subnet of a VNet without GatewaySubnet, asking to add one (no fix)', () => {
    const doc = design([{ id: 'vnet', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16'] } }, app, { id: 'er', kind: 'erGateway', parentId: 'app' }]);
    const [f] = run(doc);
    expect(f).toMatchObject({ elementIds: ['er', 'app'], message: expect.stringMatching(/ExpressRoute gateway .*Add a GatewaySubnet/) });
    expect(f!.fix).toBeUndefined();
  });

  it.each([
    ['holds no gateway (warning)', [], 'warning', /looks like a second gateway subnet/],
    ['holds a gateway (error)', [{ id: 'er', kind: 'erGateway' as const, parentId: 'near' }], 'error', /holds gateways.*move them into "GatewaySubnet"/],
  ])('flags a near-miss subnet beside a real GatewaySubnet that %s, without a rename that would clash', (_name, extra, severity, message) => {
    const doc = design([
      ...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]),
      { id: 'near', kind: 'subnet', name: 'gateway-subnet', parentId: 'vnet', props: { prefix: '10.0.254.0/27' } },
      ...extra,
    ]);
    const [f] = run(doc);
    expect(f).toMatchObject({ severity, elementIds: ['near', 'vnet', 'gws'] });
    expect(f!.message).toMatch(message);
    expect(f!.fix).toBeUndefined();
  });

  it.each([
    ['a subnet named exactly GatewaySubnet', hubNamed('GatewaySubnet')],
    ['workload subnets whose names only contain the word', [
      ...hubWithGateways('10.0.255.0/27', []),
      { ...app, name: 'snet-gateway-workload' },
      { id: 'two', kind: 'subnet' as const, name: 'GatewaySubnet2', parentId: 'vnet', props: { prefix: '10.0.2.0/24' } },
    ]],
    ['a gateway placed straight in the VNet (left to gateway-subnet-missing)', [
      { id: 'vnet', kind: 'vnet' as const, props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 'vpn', kind: 'vpnGateway' as const, parentId: 'vnet' },
    ]],
  ])('accepts %s', (_name, elements) => {
    expect(run(design(elements))).toEqual([]);
  });

  it('renames a near miss to GatewaySubnet in one step, and the finding goes away', () => {
    const doc = design(hubNamed('Gateway Subnet'));
    const fixed = applyFix(doc, run(doc)[0], 'Rename to GatewaySubnet');
    expect(fixed.elements.find((e) => e.id === 'gws')!.name).toBe('GatewaySubnet');
    expect(run(fixed)).toEqual([]);
  });
});
