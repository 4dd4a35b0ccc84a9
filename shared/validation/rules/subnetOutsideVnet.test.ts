import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { subnetOutsideVnet } from './subnetOutsideVnet';

const run = (doc: ReturnType<typeof design>) => validate(doc, [subnetOutsideVnet]);
const vnetWithSubnet = (addressSpaces: string[], prefix: string) =>
  design([
    { id: 'v', kind: 'vnet', name: 'vnet-hub', props: { addressSpaces } },
    { id: 's', kind: 'subnet', name: 'snet-app', parentId: 'v', props: { prefix } },
  ]);

describe('subnet-outside-vnet', () => {
  it.each([
    ['a subnet in another range', ['10.0.0.0/16'], '10.1.0.0/24', /Subnet "snet-app" \(10\.1\.0\.0\/24\) is not inside the address space of VNet "vnet-hub" \(10\.0\.0\.0\/16\)/],
    ['a subnet larger than the VNet', ['10.0.0.0/16'], '10.0.0.0/15', /\(10\.0\.0\.0\/15\) is not inside/],
    ['a subnet straddling two address spaces', ['10.0.0.0/24', '10.0.1.0/24'], '10.0.0.0/23', /\(10\.0\.0\.0\/24, 10\.0\.1\.0\/24\)/],
    ['an IPv6 subnet in an IPv4-only VNet', ['10.0.0.0/16'], 'fd00:db8::/64', /fd00:db8::\/64/],
  ])('flags %s', (_name, spaces, prefix, message) => {
    const findings = run(vnetWithSubnet(spaces, prefix));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'subnet-outside-vnet', severity: 'error', elementIds: ['s', 'v'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/change its prefix to a range inside it/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['a subnet inside the first address space', ['10.0.0.0/16'], '10.0.1.0/24'],
    ['a subnet inside the second address space', ['10.0.0.0/16', '192.168.0.0/24'], '192.168.0.0/26'],
    ['a subnet equal to the address space', ['10.0.0.0/24'], '10.0.0.0/24'],
    ['an invalid subnet prefix (reported by invalid-cidr)', ['10.0.0.0/16'], '10.1.0.0/33'],
    ['a VNet without a valid address space (reported by invalid-cidr)', ['nonsense'], '10.0.0.0/24'],
  ])('accepts %s', (_name, spaces, prefix) => {
    expect(run(vnetWithSubnet(spaces, prefix))).toEqual([]);
  });
});
