import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { nonPrivateAddressSpace } from './nonPrivateAddressSpace';

const run = (doc: ReturnType<typeof design>) => validate(doc, [nonPrivateAddressSpace]);
const vnet = (addressSpaces: string[]) => design([{ id: 'v', kind: 'vnet', name: 'vnet-hub', props: { addressSpaces } }]);

describe('non-private-address-space', () => {
  it.each([
    ['a public range', ['20.0.0.0/16'], /VNet "vnet-hub" uses 20\.0\.0\.0\/16, which is not a private range: it might work, but has undesirable side effects/],
    ['a range just outside 172.16.0.0/12', ['10.0.0.0/16', '172.32.0.0/16'], /uses 172\.32\.0\.0\/16/],
    ['a range larger than 10.0.0.0/8', ['10.0.0.0/7'], /uses 10\.0\.0\.0\/7/],
  ])('warns about %s', (_name, spaces, message) => {
    const findings = run(vnet(spaces));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'non-private-address-space', severity: 'warning', elementIds: ['v'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Use a range inside 10\.0\.0\.0\/8/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['RFC 1918 ranges', ['10.1.0.0/16', '172.16.0.0/12', '192.168.10.0/24']],
    ['the shared 100.64.0.0/10 range', ['100.64.0.0/10', '100.127.0.0/16']],
    ['an IPv6 range', ['2001:db8::/48']],
    ['a forbidden range (an error of forbidden-address-range)', ['169.254.0.0/16']],
    ['an invalid range (an error of invalid-cidr)', ['20.0.0.0/33']],
  ])('accepts %s', (_name, spaces) => {
    expect(run(vnet(spaces))).toEqual([]);
  });
});
