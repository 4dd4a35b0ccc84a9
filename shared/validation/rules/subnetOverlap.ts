// Subnets of one VNet may not overlap. Source: Azure Virtual Network FAQ.
import { DOCS } from '../../data/docs';
import type { ElementOfKind } from '../../model/types';
import { forEachOverlap, type Interval } from '../connectedNetworks';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const subnetOverlap: Rule = {
  id: 'subnet-overlap',
  title: 'Overlapping subnets',
  severity: 'error',
  category: 'Addressing',
  description: 'The subnets of one VNet must not overlap: every address belongs to exactly one subnet, and Azure refuses a subnet that overlaps another.',
  source: DOCS.vnetFaq,
  reads: ['vnet', 'subnet'],
  readsNames: [],
  check(ctx) {
    const intervals: Interval<{ subnet: ElementOfKind<'subnet'>; vnetId: string }>[] = [];
    ctx.elementsOfKind('vnet').forEach((vnet, group) => {
      for (const subnet of ctx.subnetsOf(vnet.id)) {
        const parsed = ctx.cidr(subnet.props.prefix);
        if (parsed.ok) intervals.push({ group, cidr: parsed.cidr, item: { subnet, vnetId: vnet.id } });
      }
    });
    const findings: Finding[] = [];
    forEachOverlap(intervals, (a, b) => {
      const message =
        `Subnets ${ctx.label(a.item.subnet.id)} (${a.cidr.normalized}) and ${ctx.label(b.item.subnet.id)} (${b.cidr.normalized}) ` +
        `of VNet ${ctx.label(a.item.vnetId)} overlap: give one of them a range the other does not use.`;
      findings.push(finding(this, [b.item.subnet.id, a.item.subnet.id, a.item.vnetId], message));
    });
    return findings;
  },
};
