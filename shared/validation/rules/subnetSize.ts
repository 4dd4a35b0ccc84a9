// Subnet sizes Azure accepts: IPv4 from /29 (smallest) to /2 (largest); IPv6 exactly /64.
// Source: Azure Virtual Network FAQ (SUBNET_PREFIX_LIMITS in addressRules.ts).
import { SUBNET_PREFIX_LIMITS } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { GATEWAY_SUBNET_NAME } from '../../model/elementCatalog';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

/** The IPv4 range of the given length that contains `first`, e.g. (10.0.0.4, 29) → 10.0.0.0/29. */
export function ipv4RangeContaining(first: bigint, length: number): string {
  const hostBits = BigInt(32 - length);
  const network = (first >> hostBits) << hostBits;
  const octets = [24n, 16n, 8n, 0n].map((shift) => Number((network >> shift) & 255n));
  return `${octets.join('.')}/${length}`;
}

export const subnetSize: Rule = {
  id: 'subnet-size',
  title: 'Subnet size Azure refuses',
  severity: 'error',
  category: 'Addressing',
  description: 'An IPv4 subnet must be between /29 (8 addresses, 3 usable after the 5 Azure reserves) and /2; an IPv6 subnet must be exactly /64.',
  source: DOCS.vnetFaq,
  reads: ['subnet'],
  readsNames: ['subnet'],
  check(ctx) {
    const findings: Finding[] = [];
    const { ipv4, ipv6 } = SUBNET_PREFIX_LIMITS;
    for (const subnet of ctx.elementsOfKind('subnet')) {
      const parsed = ctx.cidr(subnet.props.prefix);
      if (!parsed.ok) continue;
      const { version, prefixLength, first, normalized } = parsed.cidr;
      if (version === 6) {
        if (prefixLength !== ipv6)
          findings.push(finding(this, idsOf(subnet), `Subnet ${ctx.label(subnet.id)} is ${normalized}, but IPv6 subnets must be exactly /${ipv6}: use a /${ipv6} range of the VNet's IPv6 space.`));
        continue;
      }
      if (prefixLength > ipv4.smallest) {
        // A GatewaySubnet with gateways is reported, with its own advice, by gateway-subnet-too-small.
        if (subnet.name === GATEWAY_SUBNET_NAME && subnet.parentId && ctx.gatewaysIn(subnet.parentId).length > 0) continue;
        const resized = ipv4RangeContaining(first, ipv4.smallest);
        const fix = {
          label: `Resize to ${resized}`,
          apply: (doc: TopologyDocument) => updateElement(doc, subnet.id, { props: { prefix: resized } }),
        };
        const message = `Subnet ${ctx.label(subnet.id)} is ${normalized}, but the smallest subnet Azure accepts is /${ipv4.smallest} (Azure reserves 5 addresses in each): make it /${ipv4.smallest} or larger.`;
        findings.push(finding(this, idsOf(subnet), message, { fix }));
      } else if (prefixLength < ipv4.largest) {
        findings.push(finding(this, idsOf(subnet), `Subnet ${ctx.label(subnet.id)} is ${normalized}, but the largest subnet Azure accepts is /${ipv4.largest}: split it into smaller subnets.`));
      }
    }
    return findings;
  },
};

// Made only for a finding: most subnets are fine, and this rule reads every one on every run.
function idsOf(subnet: ElementOfKind<'subnet'>): string[] {
  return subnet.parentId ? [subnet.id, subnet.parentId] : [subnet.id];
}
