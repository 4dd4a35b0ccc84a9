import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { invalidCidr } from './invalidCidr';

const run = (doc: ReturnType<typeof design>) => validate(doc, [invalidCidr]);

const vnet = (addressSpaces: string[]) => ({ id: 'v', kind: 'vnet' as const, name: 'vnet-hub', props: { addressSpaces } });
const circuits = [
  { id: 'c1', kind: 'erCircuit' as const },
  { id: 'c2', kind: 'erCircuit' as const },
];

describe('invalid-cidr', () => {
  it.each([
    ['a VNet address space with a prefix length over 32', design([vnet(['10.0.0.0/33'])]), ['v'], /VNet "vnet-hub", addressSpaces\[0\]: "10\.0\.0\.0\/33" is not a valid CIDR range/],
    ['a VNet with no address space', design([vnet([])]), ['v'], /VNet "vnet-hub" has no address space/],
    ['a subnet with an empty prefix', design([vnet(['10.0.0.0/16']), { id: 's', kind: 'subnet', name: 'snet-app', parentId: 'v', props: { prefix: ' ' } }]), ['s', 'v'], /Subnet "snet-app" has no address space/],
    ['a subnet prefix without a prefix length', design([vnet(['10.0.0.0/16']), { id: 's', kind: 'subnet', parentId: 'v', props: { prefix: '10.0.1.0' } }]), ['s', 'v'], /prefix: "10\.0\.1\.0" has no prefix length/],
    ['an empty on-premises address space', design([{ id: 'site', kind: 'onPremSite', props: { addressSpaces: ['', '192.168.0.0/16'] } }]), ['site'], /addressSpaces\[0\]: Enter an address range/],
    ['a local network gateway prefix that is not an address', design([{ id: 'lng', kind: 'localNetworkGateway', props: { addressSpaces: ['192.168.1.0/24', 'office'] } }]), ['lng'], /Local network gateway lng, addressSpaces\[1\]: "office" is not a valid CIDR range/],
    ['a point-to-site pool with three octets', design([{ id: 'p2s', kind: 'p2sUserGroup', props: { addressPool: '172.16.0/24' } }]), ['p2s'], /addressPool: "172\.16\.0\/24" is not a valid CIDR range: write the address as four decimal numbers/],
    ['an address with a leading zero (read as octal elsewhere)', design([vnet(['010.0.0.0/8'])]), ['v'], /"010\.0\.0\.0\/8" is not a valid CIDR range: write the address as four decimal numbers/],
    ['a Global Reach subnet with a bad length', design(circuits, [{ id: 'gr', kind: 'globalReach', source: 'c1', target: 'c2', props: { subnet: '192.168.100.0/40' } }]), ['gr', 'c1', 'c2'], /Global Reach link gr, subnet: "192\.168\.100\.0\/40"/],
    ['a Microsoft peering prefix that is not a range', design([circuits[0]!, { id: 'ms', kind: 'microsoftServices' }], [{ id: 'mp', kind: 'microsoftPeering', source: 'c1', target: 'ms', props: { advertisedPrefixes: ['203.0.113.0/24', '203.0.113.x/24'] } }]), ['mp', 'c1', 'ms'], /advertisedPrefixes\[1\]: "203\.0\.113\.x\/24"/],
  ])('flags %s', (_name, doc, elementIds, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'invalid-cidr', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['valid IPv4 and IPv6 address spaces', design([vnet(['10.0.0.0/16', 'fd00:db8:deca::/48'])])],
    ['a subnet with a valid prefix', design([vnet(['10.0.0.0/16']), { id: 's', kind: 'subnet', parentId: 'v', props: { prefix: '10.0.1.0/24' } }])],
    ['an empty point-to-site pool and an empty Global Reach subnet (not set yet)', design([{ id: 'p2s', kind: 'p2sUserGroup' }, ...circuits], [{ kind: 'globalReach', source: 'c1', target: 'c2' }])],
    ['a site with no address spaces', design([{ id: 'site', kind: 'onPremSite' }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it.each([
    ['a VNet address space', design([vnet(['10.0.0.0/16', '10.1.0.5/16'])]), 'Use 10.1.0.0/16'],
    ['a Global Reach subnet', design(circuits, [{ id: 'gr', kind: 'globalReach', source: 'c1', target: 'c2', props: { subnet: '192.168.100.3/29' } }]), 'Use 192.168.100.0/29'],
    ['a Microsoft peering prefix', design([circuits[0]!, { id: 'ms', kind: 'microsoftServices' }], [{ kind: 'microsoftPeering', source: 'c1', target: 'ms', props: { advertisedPrefixes: ['203.0.113.7/24'] } }]), 'Use 203.0.113.0/24'],
  ])('fixes host bits set in %s, and the finding goes away', (_name, doc, label) => {
    const [f] = run(doc);
    expect(f!.message).toMatch(/has host bits set/);
    expect(f!.fix!.label).toBe(label);
    expect(run(f!.fix!.apply(doc))).toEqual([]);
  });

  it('keeps the other entries of a list when fixing one', () => {
    const doc = design([vnet(['10.0.0.0/16', '10.1.0.5/16'])]);
    const fixed = run(doc)[0]!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ addressSpaces: ['10.0.0.0/16', '10.1.0.0/16'] });
  });

  it.each([['10.0.0.0'], ['10/8'], ['010.0.0.5/8']])('offers no fix for %s, whose intended range cannot be known', (text) => {
    const [f] = run(design([vnet([text])]));
    expect(f!.fix).toBeUndefined();
    expect(f!.message).toMatch(/Correct it in the inspector\.$/);
  });
});
