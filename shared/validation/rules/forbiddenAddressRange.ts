// Ranges Azure refuses in address spaces: multicast, broadcast, loopback, link-local and the
// platform's own 168.63.129.16. Source: Azure Virtual Network FAQ (addressRules.ts).
import { FORBIDDEN_RANGES } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { cidrContains, cidrsOverlap, parseCidr, type ParsedCidr } from '../../net/cidr';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { cidrFields, type CidrField } from '../cidrFields';
import { ownerName } from './invalidCidr';

const FORBIDDEN: ReadonlyArray<{ cidr: ParsedCidr; text: string; name: string }> = FORBIDDEN_RANGES.map((r) => {
  const parsed = parseCidr(r.cidr);
  if (!parsed.ok) throw new Error(`FORBIDDEN_RANGES holds an invalid range: ${r.cidr}`);
  return { cidr: parsed.cidr, text: r.cidr, name: r.name };
});

/** The forbidden range a prefix overlaps, if any. */
export function forbiddenRangeOf(cidr: ParsedCidr): { text: string; name: string } | undefined {
  return FORBIDDEN.find((f) => cidrsOverlap(f.cidr, cidr));
}

const CHECKED_KINDS: ReadonlySet<string> = new Set(['vnet', 'subnet', 'onPremSite', 'localNetworkGateway', 'p2sUserGroup']);

/** An APIPA BGP peer address (169.254.x.x/32) on a local network gateway with BGP is a legitimate entry. */
function isApipaBgpPeer(ctx: ValidationContext, field: CidrField, cidr: ParsedCidr, forbiddenName: string): boolean {
  const owner = ctx.byId.get(field.ownerId);
  return owner?.kind === 'localNetworkGateway' && owner.props.bgp.enabled && forbiddenName === 'link-local' && cidr.prefixLength === 32;
}

export const forbiddenAddressRange: Rule = {
  id: 'forbidden-address-range',
  title: 'Address range Azure refuses',
  severity: 'error',
  category: 'Addressing',
  description:
    'Address spaces, subnet prefixes and point-to-site pools must stay clear of multicast (224.0.0.0/4), broadcast (255.255.255.255/32), loopback (127.0.0.0/8), link-local (169.254.0.0/16) and 168.63.129.16, which Azure uses for its internal DNS and health probes.',
  source: DOCS.vnetFaq,
  reads: ['onPremSite', 'localNetworkGateway', 'p2sUserGroup', 'vnet', 'subnet'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    const flaggedVnetRanges = new Map<string, ParsedCidr[]>();
    // VNets first, so a subnet inside an already reported VNet range is not reported again: the other
    // fields in order, then the subnets' (as a stable sort would put them, without its comparisons,
    // thousands at 10,000 elements).
    const all = cidrFields(ctx);
    const fields = all.filter((f) => f.ownerKind !== 'subnet' && CHECKED_KINDS.has(f.ownerKind));
    for (const f of all) if (f.ownerKind === 'subnet') fields.push(f);
    for (const field of fields) {
      const { parsed } = field;
      if (!parsed.ok) continue;
      if (field.ownerKind === 'subnet' && flaggedVnetRanges.size > 0 && field.related.some((id) => flaggedVnetRanges.get(id)?.some((r) => cidrContains(r, parsed.cidr)))) continue;
      const forbidden = forbiddenRangeOf(parsed.cidr);
      if (!forbidden || isApipaBgpPeer(ctx, field, parsed.cidr, forbidden.name)) continue;
      if (field.ownerKind === 'vnet') flaggedVnetRanges.set(field.ownerId, [...(flaggedVnetRanges.get(field.ownerId) ?? []), parsed.cidr]);
      const message =
        `${ownerName(ctx, field)} uses ${parsed.cidr.normalized}, which overlaps ${forbidden.text} (${forbidden.name}): Azure refuses ranges that include it. ` +
        'Choose a range outside it, such as one in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.';
      findings.push(finding(this, [field.ownerId, ...field.related], message));
    }
    return findings;
  },
};
