import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { parseCidr, type ParsedCidr } from '../../net/cidr';
import { design } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { gatewaySubnetMissing, highestFreeBlock } from './gatewaySubnetMissing';

const run = (doc: TopologyDocument) => validate(doc, [gatewaySubnetMissing]);

const cidr = (text: string): ParsedCidr => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.cidr;
};

const vnet = { id: 'vnet', kind: 'vnet' as const, name: 'vnet-hub', props: { addressSpaces: ['10.0.0.0/16'] } };

describe('gateway-subnet-missing', () => {
  it.each([
    ['a VPN gateway placed straight in the VNet', [{ id: 'vpn', kind: 'vpnGateway' as const, parentId: 'vnet' }], ['vnet', 'vpn']],
    [
      'an ExpressRoute gateway in a workload subnet',
      [
        { id: 'app', kind: 'subnet' as const, name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.1.0/24' } },
        { id: 'er', kind: 'erGateway' as const, parentId: 'app' },
      ],
      ['vnet', 'er'],
    ],
    [
      'both gateway types and no GatewaySubnet',
      [
        { id: 'vpn', kind: 'vpnGateway' as const, parentId: 'vnet' },
        { id: 'er', kind: 'erGateway' as const, parentId: 'vnet' },
      ],
      ['vnet', 'vpn', 'er'],
    ],
  ])('flags a VNet with %s', (_name, children, elementIds) => {
    const findings = run(design([vnet, ...children]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'gateway-subnet-missing', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(/has no subnet named GatewaySubnet/);
    expect(findings[0]!.message).toMatch(/10\.0\.255\.224\/27 is free/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub');
  });

  it.each([
    ['a GatewaySubnet holding the gateway', [
      { id: 'gws', kind: 'subnet' as const, name: 'GatewaySubnet', parentId: 'vnet', props: { prefix: '10.0.255.0/27' } },
      { id: 'vpn', kind: 'vpnGateway' as const, parentId: 'gws' },
    ]],
    ['no gateway at all', [{ id: 'app', kind: 'subnet' as const, name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.1.0/24' } }]],
    ['a misspelt "Gateway Subnet" (left to gateway-subnet-name)', [
      { id: 'gws', kind: 'subnet' as const, name: 'Gateway Subnet', parentId: 'vnet', props: { prefix: '10.0.255.0/27' } },
      { id: 'vpn', kind: 'vpnGateway' as const, parentId: 'gws' },
    ]],
  ])('accepts a VNet with %s', (_name, children) => {
    expect(run(design([vnet, ...children]))).toEqual([]);
  });

  it('offers no fix, and says why, when no /27 is free in the first IPv4 address space', () => {
    const doc = design([
      { ...vnet, props: { addressSpaces: ['10.0.0.0/24'] } },
      { id: 'app', kind: 'subnet', name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.0.0/24' } },
      { id: 'vpn', kind: 'vpnGateway', parentId: 'vnet' },
    ]);
    const [f] = run(doc);
    expect(f!.message).toMatch(/no free \/27 is left/);
    expect(f!.fix).toBeUndefined();
  });

  it('adds a /27 GatewaySubnet below the other subnets, moves the gateways into it, and the finding goes away', () => {
    const base = design([
      vnet,
      { id: 'app', kind: 'subnet', name: 'snet-app', parentId: 'vnet', props: { prefix: '10.0.255.0/24' } },
      { id: 'data', kind: 'subnet', name: 'snet-data', parentId: 'vnet', props: { prefix: '10.0.254.128/25' } },
      { id: 'subnet-1', kind: 'subnet', name: 'snet-taken-id', parentId: 'vnet', props: { prefix: '10.0.1.0/24' } },
      { id: 'vpn', kind: 'vpnGateway', parentId: 'vnet' },
      { id: 'er', kind: 'erGateway', parentId: 'app' },
    ]);
    const doc: TopologyDocument = {
      ...base,
      elements: base.elements.map((e) =>
        e.id === 'app' ? { ...e, position: { x: 20, y: 40 } } : e.id === 'data' ? { ...e, position: { x: 240, y: 40 }, size: { width: 200, height: 90 } } : e,
      ),
    };
    const fixed = applyFix(doc, run(doc)[0], 'Add a GatewaySubnet');
    const added = fixed.elements.find((e) => e.kind === 'subnet' && e.name === 'GatewaySubnet')!;
    expect(added).toMatchObject({ id: 'subnet-2', parentId: 'vnet', size: { width: 440, height: 100 }, props: { prefix: '10.0.254.96/27' } });
    expect(added.position.y).toBeGreaterThanOrEqual(40 + 90);
    for (const id of ['vpn', 'er']) expect(fixed.elements.find((e) => e.id === id)!.parentId).toBe('subnet-2');
    expect(run(fixed)).toEqual([]);
  });

  it('finds the highest free block, skipping below each overlapping subnet', () => {
    expect(highestFreeBlock(cidr('10.0.0.0/16'), [], 27)).toBe('10.0.255.224/27');
    expect(highestFreeBlock(cidr('10.0.0.0/16'), [cidr('10.0.255.240/28')], 27)).toBe('10.0.255.192/27');
    expect(highestFreeBlock(cidr('10.0.0.0/16'), [cidr('10.0.255.240/28'), cidr('10.0.255.200/29')], 27)).toBe('10.0.255.160/27');
    expect(highestFreeBlock(cidr('10.0.0.0/26'), [cidr('10.0.0.32/27')], 27)).toBe('10.0.0.0/27');
    expect(highestFreeBlock(cidr('10.0.0.0/26'), [cidr('10.0.0.0/26')], 27)).toBeUndefined();
    expect(highestFreeBlock(cidr('10.0.0.0/28'), [], 27)).toBeUndefined();
  });
});
