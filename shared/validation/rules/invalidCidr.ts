// Address fields that Azure would not accept as a range: mistyped prefixes, host bits set, missing
// prefix lengths, and VNets or subnets with no address space at all. Source: Virtual Network FAQ.
import { DOCS } from '../../data/docs';
import type { TopologyDocument } from '../../model/types';
import { cidrFields, type CidrField } from '../cidrFields';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const OWNER_WORDS: Record<string, string> = {
  vnet: 'VNet',
  subnet: 'Subnet',
  onPremSite: 'Site',
  localNetworkGateway: 'Local network gateway',
  p2sUserGroup: 'Point-to-site users',
  globalReach: 'Global Reach link',
  microsoftPeering: 'Microsoft peering link',
};

export function ownerName(ctx: ValidationContext, field: Pick<CidrField, 'ownerId' | 'ownerKind'>): string {
  return `${OWNER_WORDS[field.ownerKind] ?? field.ownerKind} ${ctx.label(field.ownerId)}`;
}

export const invalidCidr: Rule = {
  id: 'invalid-cidr',
  title: 'Invalid address range',
  severity: 'error',
  category: 'Addressing',
  description:
    'Every address space, subnet prefix, point-to-site pool, Global Reach subnet and advertised Microsoft peering prefix must be a valid CIDR range with no host bits set, and every VNet and subnet needs an address range: Azure refuses anything else.',
  source: DOCS.vnetFaq,
  reads: ['onPremSite', 'localNetworkGateway', 'p2sUserGroup', 'vnet', 'subnet'],
  readsNames: [],
  readsGlobalReach: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      if (vnet.props.addressSpaces.length === 0)
        findings.push(finding(this, [vnet.id], `VNet ${ctx.label(vnet.id)} has no address space: add one, such as 10.0.0.0/16, that does not overlap the networks it connects to.`));
    }
    for (const subnet of ctx.elementsOfKind('subnet')) {
      if (subnet.props.prefix.trim() === '')
        findings.push(
          finding(this, [subnet.id, ...(subnet.parentId ? [subnet.parentId] : [])], `Subnet ${ctx.label(subnet.id)} has no address space: give it a prefix inside its VNet's address space.`),
        );
    }
    for (const field of cidrFields(ctx)) {
      const { parsed } = field;
      if (parsed.ok) continue;
      const { reason, network: corrected } = parsed;
      const fix =
        corrected && ctx.cidr(corrected).ok
          ? { label: `Use ${corrected}`, apply: (doc: TopologyDocument) => field.replace(doc, corrected) }
          : undefined;
      const message = `${ownerName(ctx, field)}, ${field.field}: ${reason} ${fix ? `Use ${corrected} instead.` : 'Correct it in the inspector.'}`;
      findings.push(finding(this, [field.ownerId, ...field.related], message, fix ? { fix } : {}));
    }
    return findings;
  },
};
