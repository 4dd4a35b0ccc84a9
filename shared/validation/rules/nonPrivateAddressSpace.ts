// VNet address spaces outside the private ranges: Azure accepts them, but they "might work but
// have undesirable side effects". Source: Azure Virtual Network FAQ (addressRules.ts).
import { PRIVATE_RANGES } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { cidrContains, parseCidr, type ParsedCidr } from '../../net/cidr';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { forbiddenRangeOf } from './forbiddenAddressRange';

const PRIVATE: readonly ParsedCidr[] = PRIVATE_RANGES.map((text) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`PRIVATE_RANGES holds an invalid range: ${text}`);
  return parsed.cidr;
});

export const nonPrivateAddressSpace: Rule = {
  id: 'non-private-address-space',
  title: 'Public address space in a VNet',
  severity: 'warning',
  category: 'Addressing',
  description:
    'VNets should use private ranges (RFC 1918: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or the shared 100.64.0.0/10). Azure accepts other ranges, but they might work with undesirable side effects: the VNet can no longer reach the public hosts that really own those addresses.',
  source: DOCS.vnetFaq,
  reads: ['vnet'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      for (const text of vnet.props.addressSpaces) {
        const parsed = ctx.cidr(text);
        // IPv6 has no private list here; forbidden ranges are errors of their own rule.
        if (!parsed.ok || parsed.cidr.version !== 4 || forbiddenRangeOf(parsed.cidr)) continue;
        if (PRIVATE.some((p) => cidrContains(p, parsed.cidr))) continue;
        const message =
          `VNet ${ctx.label(vnet.id)} uses ${parsed.cidr.normalized}, which is not a private range: it might work, but has undesirable side effects ` +
          '(the VNet cannot reach the public hosts that own those addresses). Use a range inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10.';
        findings.push(finding(this, [vnet.id], message));
      }
    }
    return findings;
  },
};
