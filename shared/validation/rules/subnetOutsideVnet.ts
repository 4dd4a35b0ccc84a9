// A subnet must lie inside one of its VNet's address spaces. Source: Azure Virtual Network FAQ.
import { DOCS } from '../../data/docs';
import { cidrContains, type ParsedCidr } from '../../net/cidr';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const subnetOutsideVnet: Rule = {
  id: 'subnet-outside-vnet',
  title: 'Subnet outside its VNet',
  severity: 'error',
  category: 'Addressing',
  description: "A subnet's prefix must be contained in one of its VNet's address spaces; Azure refuses a subnet that falls outside them.",
  source: DOCS.vnetFaq,
  reads: ['vnet', 'subnet'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const spaces: ParsedCidr[] = [];
      for (const text of vnet.props.addressSpaces) {
        const parsed = ctx.cidr(text);
        if (parsed.ok) spaces.push(parsed.cidr);
      }
      // With no valid address space, invalid-cidr already says what to fix first.
      if (spaces.length === 0) continue;
      for (const subnet of ctx.subnetsOf(vnet.id)) {
        const parsed = ctx.cidr(subnet.props.prefix);
        if (!parsed.ok || insideAny(spaces, parsed.cidr)) continue;
        const message =
          `Subnet ${ctx.label(subnet.id)} (${parsed.cidr.normalized}) is not inside the address space of VNet ${ctx.label(vnet.id)} ` +
          `(${spaces.map((s) => s.normalized).join(', ')}): change its prefix to a range inside it, or add a matching address space to the VNet.`;
        findings.push(finding(this, [subnet.id, vnet.id], message));
      }
    }
    return findings;
  },
};

// A loop rather than some(): a closure per subnet of the design, on every run.
function insideAny(spaces: readonly ParsedCidr[], cidr: ParsedCidr): boolean {
  for (let i = 0; i < spaces.length; i++) if (cidrContains(spaces[i]!, cidr)) return true;
  return false;
}
