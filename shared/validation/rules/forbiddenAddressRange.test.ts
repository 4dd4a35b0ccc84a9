import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { forbiddenAddressRange } from './forbiddenAddressRange';

const run = (doc: ReturnType<typeof design>) => validate(doc, [forbiddenAddressRange]);
const vnet = (addressSpaces: string[]) => ({ id: 'v', kind: 'vnet' as const, name: 'vnet-hub', props: { addressSpaces } });

describe('forbidden-address-range', () => {
  it.each([
    ['a link-local VNet address space', [vnet(['169.254.0.0/16'])], ['v'], /VNet "vnet-hub" uses 169\.254\.0\.0\/16, which overlaps 169\.254\.0\.0\/16 \(link-local\)/],
    ['a multicast range next to a valid one', [vnet(['10.0.0.0/16', '224.0.0.0/24'])], ['v'], /224\.0\.0\.0\/4 \(multicast\)/],
    ['a VNet range that includes Azure DNS', [vnet(['168.63.0.0/16'])], ['v'], /168\.63\.129\.16\/32 \(Azure's internal DNS and health probe address\)/],
    ['a loopback subnet', [vnet(['10.0.0.0/16']), { id: 's', kind: 'subnet' as const, parentId: 'v', props: { prefix: '127.0.0.0/29' } }], ['s', 'v'], /Subnet s uses 127\.0\.0\.0\/29.*\(loopback\)/],
    ['a loopback on-premises range', [{ id: 'site', kind: 'onPremSite' as const, props: { addressSpaces: ['127.0.0.0/8'] } }], ['site'], /loopback/],
    ['a broadcast local network gateway prefix', [{ id: 'lng', kind: 'localNetworkGateway' as const, props: { addressSpaces: ['255.255.255.255/32'] } }], ['lng'], /broadcast/],
    ['a link-local point-to-site pool', [{ id: 'p2s', kind: 'p2sUserGroup' as const, props: { addressPool: '169.254.10.0/24' } }], ['p2s'], /Point-to-site users p2s uses 169\.254\.10\.0\/24/],
  ])('flags %s', (_name, elements, elementIds, message) => {
    const findings = run(design(elements));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'forbidden-address-range', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Choose a range outside it/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['private ranges', [vnet(['10.0.0.0/16', '172.16.0.0/12', '192.168.0.0/16']), { id: 'p2s', kind: 'p2sUserGroup' as const, props: { addressPool: '172.31.0.0/24' } }]],
    ['a public range next to the forbidden ones', [vnet(['168.63.130.0/24'])]],
    ['an APIPA BGP peer address on a local network gateway with BGP', [{ id: 'lng', kind: 'localNetworkGateway' as const, props: { addressSpaces: ['169.254.21.1/32'], bgp: { enabled: true, asn: 65010 } } }]],
    ['an invalid range (reported by invalid-cidr)', [vnet(['224.0.0.0/33'])]],
  ])('accepts %s', (_name, elements) => {
    expect(run(design(elements))).toEqual([]);
  });

  it('still reports a forbidden subnet outside the VNet range already reported', () => {
    const doc = design([vnet(['169.254.0.0/16']), { id: 's', kind: 'subnet', parentId: 'v', props: { prefix: '127.0.0.0/29' } }]);
    expect(run(doc).map((f) => f.elementIds)).toEqual([['s', 'v'], ['v']]);
  });

  it('reports a forbidden VNet range once, not again for each subnet inside it', () => {
    const doc = design([vnet(['169.254.0.0/16']), { id: 's', kind: 'subnet', parentId: 'v', props: { prefix: '169.254.1.0/24' } }]);
    expect(run(doc).map((f) => f.elementIds)).toEqual([['v']]);
  });
});
