import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
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

describe('IPv4 text skips the IPv6 parser', () => {
  // What ipaddr.js says when asked the generic way (IPv6 first, then IPv4): text without a colon
  // must get the same verdict from the shortcut in cidr.ts.
  const generic = (text: string) => {
    let cidr: string;
    try {
      const [address, length] = ipaddr.parseCIDR(text);
      cidr = `${address.kind()} ${address.toString()}/${length}`;
    } catch {
      cidr = 'refused';
    }
    const valid = ipaddr.isValid(text);
    return { cidr, valid, address: valid && (ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text)) };
  };
  const shortcut = (text: string) => {
    let cidr: string;
    try {
      const [address, length] = ipaddr.IPv4.parseCIDR(text);
      cidr = `${address.kind()} ${address.toString()}/${length}`;
    } catch {
      cidr = 'refused';
    }
    return { cidr, valid: ipaddr.IPv4.isValid(text), address: ipaddr.IPv4.isValidFourPartDecimal(text) };
  };

  it('agrees with the generic parser on any text without a colon', () => {
    const piece = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('0x1f', '010', 'a', '', ' ', '%eth0'));
    const text = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.option(fc.integer({ min: -1, max: 40 }), { nil: undefined }))
      .map(([parts, length]) => parts.join('.') + (length === undefined ? '' : `/${length}`));
    fc.assert(
      fc.property(text, (t) => {
        expect(shortcut(t)).toEqual(generic(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('still reads IPv6 and IPv4-mapped text through the generic parser', () => {
    expect(parseCidr('2001:db8::/32').ok).toBe(true);
    expect(parseCidr('::ffff:10.0.0.0/104').ok).toBe(true);
    expect(parseIpAddress('2001:db8::1')).toEqual({ ok: true, version: 6 });
    expect(parseIpAddress('51.100.0.10')).toEqual({ ok: true, version: 4 });
    expect(parseIpAddress('51.100.010.10').ok).toBe(false);
  });
});
