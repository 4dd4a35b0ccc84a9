// CIDR parsing on top of ipaddr.js, phrased for people typing prefixes into a form.
import ipaddr from 'ipaddr.js';

export interface ParsedCidr {
  version: 4 | 6;
  /** The prefix as Azure normalises it, e.g. "10.0.0.0/16". */
  normalized: string;
  prefixLength: number;
  /** First and last address as integers, for overlap checks with an interval index. */
  first: bigint;
  last: bigint;
}

/** A refused range; `network` is the range the user most likely meant when host bits are set. */
export type CidrResult = { ok: true; cidr: ParsedCidr } | { ok: false; reason: string; network?: string };

// ipaddr.js tries IPv6 first, and its IPv6 parser (regexes, and an exception on failure) was the
// costliest step of opening a large design. Every IPv6 address has a colon, so text without one
// goes straight to the IPv4 parser: the same results, without the failed IPv6 attempt.
const mayBeIpv6 = (text: string): boolean => text.includes(':');
const isValidAddress = (text: string): boolean => (mayBeIpv6(text) ? ipaddr.isValid(text) : ipaddr.IPv4.isValid(text));

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

export function parseCidr(input: string): CidrResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Enter an address range such as 10.0.0.0/16.' };
  if (!text.includes('/') && isValidAddress(text))
    return { ok: false, reason: `"${text}" has no prefix length: write it as ${text}/24, for example.` };
  // ipaddr.js also accepts shorthand IPv4 ("10/8") and reads leading zeros as octal ("010.0.0.0"
  // becomes 8.0.0.0); Azure accepts neither, so IPv4 must be four plain decimal parts.
  const addressPart = text.split('/')[0] ?? '';
  if (/^[0-9a-fx.]+$/i.test(addressPart) && !ipaddr.IPv4.isValidFourPartDecimal(addressPart)) {
    return { ok: false, reason: `"${text}" is not a valid CIDR range: write the address as four decimal numbers, e.g. 10.0.0.0/16.` };
  }
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  let prefixLength: number;
  try {
    [address, prefixLength] = mayBeIpv6(text) ? ipaddr.parseCIDR(text) : ipaddr.IPv4.parseCIDR(text);
  } catch {
    return { ok: false, reason: `"${text}" is not a valid CIDR range (expected a form such as 10.0.0.0/16).` };
  }
  const version = address.kind() === 'ipv4' ? 4 : 6;
  const bits = version === 4 ? 32 : 128;
  const value = toBigInt(address.toByteArray());
  const hostBits = BigInt(bits - prefixLength);
  const first = (value >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  if (first !== value) {
    const network = version === 4 ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
    return {
      ok: false,
      reason: `"${text}" has host bits set: the range starts at ${network.toString()}/${prefixLength}.`,
      network: `${network.toString()}/${prefixLength}`,
    };
  }
  const normalized = `${address.toString()}/${prefixLength}`;
  return { ok: true, cidr: { version, normalized, prefixLength, first, last } };
}

export function cidrContains(outer: ParsedCidr, inner: ParsedCidr): boolean {
  return outer.version === inner.version && outer.first <= inner.first && inner.last <= outer.last;
}

export function cidrsOverlap(a: ParsedCidr, b: ParsedCidr): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}

export function parseIpAddress(input: string): { ok: true; version: 4 | 6 } | { ok: false; reason: string } {
  const text = input.trim();
  if (!mayBeIpv6(text)) {
    if (ipaddr.IPv4.isValidFourPartDecimal(text)) return { ok: true, version: 4 };
  } else if (ipaddr.isValid(text) && (ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text))) {
    return { ok: true, version: ipaddr.IPv6.isValid(text) && !ipaddr.IPv4.isValid(text) ? 6 : 4 };
  }
  return { ok: false, reason: `"${text}" is not a valid IP address.` };
}
