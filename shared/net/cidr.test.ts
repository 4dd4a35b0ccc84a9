import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, parseCidr, parseIpAddress } from './cidr';

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', '10.0.0.0/16', 16],
    [' 192.168.1.0/24 ', '192.168.1.0/24', 24],
    ['2001:db8::/32', '2001:db8::/32', 32],
  ])('reads %s', (text, normalized, length) => {
    const r = parseCidr(text);
    expect(r.ok && r.cidr.normalized).toBe(normalized);
    expect(r.ok && r.cidr.prefixLength).toBe(length);
  });

  it.each([
    ['', 'Enter an address range'],
    ['10.0.0.0', 'has no prefix length'],
    ['10.0.0.1/16', 'host bits set: the range starts at 10.0.0.0/16'],
    ['10.0.0.0/33', 'not a valid CIDR range'],
    ['300.1.1.1/8', 'four decimal numbers'],
    ['010.0.0.0/8', 'four decimal numbers'],
    ['10/8', 'four decimal numbers'],
    ['abc', 'not a valid CIDR range'],
  ])('refuses %j, saying why', (text, reason) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });

  it('computes containment and overlap from the ranges', () => {
    const p = (t: string) => {
      const r = parseCidr(t);
      if (!r.ok) throw new Error(t);
      return r.cidr;
    };
    expect(cidrContains(p('10.0.0.0/16'), p('10.0.255.0/27'))).toBe(true);
    expect(cidrContains(p('10.0.0.0/16'), p('10.1.0.0/24'))).toBe(false);
    expect(cidrsOverlap(p('10.0.0.0/15'), p('10.1.0.0/16'))).toBe(true);
    expect(cidrsOverlap(p('10.0.0.0/16'), p('10.1.0.0/16'))).toBe(false);
    expect(cidrsOverlap(p('10.0.0.0/8'), p('2001:db8::/32'))).toBe(false);
  });
});

describe('parseIpAddress', () => {
  it('accepts IPv4 and IPv6 addresses and refuses the rest', () => {
    expect(parseIpAddress('203.0.113.10')).toEqual({ ok: true, version: 4 });
    expect(parseIpAddress('::1')).toEqual({ ok: true, version: 6 });
    expect(parseIpAddress('1.2.3').ok).toBe(false);
  });
});
