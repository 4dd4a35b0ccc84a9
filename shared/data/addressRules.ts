// Address-space rules. Source: Azure Virtual Network FAQ (virtual-networks-faq) via
// ../shared/reference/azure-facts.md §4; BGP ASN reservations from the VPN FAQ (2026-06-04) §2.5
// and expressroute-routing.md (2026-03-12) §3.6.

/** Ranges Azure refuses in VNet address spaces, with the reason shown to the user. */
export const FORBIDDEN_RANGES: ReadonlyArray<{ cidr: string; name: string }> = [
  { cidr: '224.0.0.0/4', name: 'multicast' },
  { cidr: '255.255.255.255/32', name: 'broadcast' },
  { cidr: '127.0.0.0/8', name: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'link-local' },
  { cidr: '168.63.129.16/32', name: "Azure's internal DNS and health probe address" },
];

/** RFC 1918 plus RFC 6598 shared address space, which Azure also treats as private. */
export const PRIVATE_RANGES: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

/** IPv4 subnets must be between /29 and /2; IPv6 subnets exactly /64. */
export const SUBNET_PREFIX_LIMITS = { ipv4: { smallest: 29, largest: 2 }, ipv6: 64 } as const;

export const GATEWAY_SUBNET_SIZES = {
  /** Smallest GatewaySubnet any gateway accepts. */
  minimum: 29,
  /** Microsoft's recommendation, and the minimum when VPN and ExpressRoute gateways coexist. */
  recommended: 27,
  coexistence: 27,
  /** Needed for 16 ExpressRoute circuits on one gateway. */
  sixteenCircuits: 26,
} as const;

export interface ReservedAsn {
  from: number;
  to: number;
  reason: string;
}

/** ASNs that may not be used on premises. Azure's own default, 65515, is allowed on the Azure side only. */
export const RESERVED_ASNS: readonly ReservedAsn[] = [
  { from: 8074, to: 8074, reason: 'reserved by Azure' },
  { from: 8075, to: 8075, reason: 'reserved by Azure' },
  { from: 12076, to: 12076, reason: "Microsoft's ExpressRoute ASN" },
  { from: 65515, to: 65515, reason: "Azure VPN and ExpressRoute gateways' own ASN" },
  { from: 65517, to: 65520, reason: 'reserved by Azure' },
  { from: 23456, to: 23456, reason: 'reserved by IANA (AS_TRANS)' },
  { from: 64496, to: 64511, reason: 'reserved by IANA for documentation' },
  { from: 65535, to: 65551, reason: 'reserved by IANA' },
];

export const AZURE_DEFAULT_ASN = 65515;

export function reservedAsn(asn: number): ReservedAsn | undefined {
  return RESERVED_ASNS.find((r) => asn >= r.from && asn <= r.to);
}

/** Pre-shared keys: printable ASCII except space, '-' and '~' (VPN FAQ). */
export const SHARED_KEY_PATTERN = /^[\x21-\x2c\x2e-\x7d]+$/;
