// Address fields that Azure would not accept as a range: mistyped prefixes, host bits set, missing
// prefix lengths, and VNets or subnets with no address space at all. Source: Virtual Network FAQ.
import { DOCS } from '../../data/docs';
import type { ElementKind, LinkKind } from '../../model/enums';
import { updateElement, updateLink } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

/** One CIDR-valued field of an element or link, with a way to replace its text. */
export interface CidrField {
  /** The element or link that holds it. */
  ownerId: string;
  ownerKind: ElementKind | LinkKind;
  /** As in the file: `addressSpaces[1]`, `prefix`, `addressPool`, `subnet`, `advertisedPrefixes[0]`. */
  field: string;
  text: string;
  /** Other elements concerned (a subnet's VNet, a link's two ends). */
  related: string[];
  replace(doc: TopologyDocument, text: string): TopologyDocument;
}

const withItem = (list: readonly string[], index: number, text: string) => list.map((t, i) => (i === index ? text : t));

/** Every CIDR-valued field of the design that holds text (empty optional fields are left out). */
export function cidrFields(ctx: ValidationContext): CidrField[] {
  const fields: CidrField[] = [];
  for (const kind of ['vnet', 'onPremSite', 'localNetworkGateway'] as const) {
    for (const el of ctx.elementsOfKind(kind)) {
      el.props.addressSpaces.forEach((text, i) =>
        fields.push({
          ownerId: el.id,
          ownerKind: kind,
          field: `addressSpaces[${i}]`,
          text,
          related: [],
          replace: (doc, value) => updateElement(doc, el.id, { props: { addressSpaces: withItem(el.props.addressSpaces, i, value) } }),
        }),
      );
    }
  }
  for (const subnet of ctx.elementsOfKind('subnet')) {
    if (subnet.props.prefix.trim() === '') continue;
    fields.push({
      ownerId: subnet.id,
      ownerKind: 'subnet',
      field: 'prefix',
      text: subnet.props.prefix,
      related: subnet.parentId ? [subnet.parentId] : [],
      replace: (doc, value) => updateElement(doc, subnet.id, { props: { prefix: value } }),
    });
  }
  for (const group of ctx.elementsOfKind('p2sUserGroup')) {
    if (group.props.addressPool.trim() === '') continue;
    fields.push({
      ownerId: group.id,
      ownerKind: 'p2sUserGroup',
      field: 'addressPool',
      text: group.props.addressPool,
      related: [],
      replace: (doc, value) => updateElement(doc, group.id, { props: { addressPool: value } }),
    });
  }
  for (const link of ctx.linksOfKind('globalReach')) {
    if (link.props.subnet.trim() === '') continue;
    fields.push({
      ownerId: link.id,
      ownerKind: 'globalReach',
      field: 'subnet',
      text: link.props.subnet,
      related: [link.source, link.target],
      replace: (doc, value) => updateLink(doc, link.id, { props: { subnet: value } }),
    });
  }
  for (const link of ctx.linksOfKind('microsoftPeering')) {
    link.props.advertisedPrefixes.forEach((text, i) =>
      fields.push({
        ownerId: link.id,
        ownerKind: 'microsoftPeering',
        field: `advertisedPrefixes[${i}]`,
        text,
        related: [link.source, link.target],
        replace: (doc, value) => updateLink(doc, link.id, { props: { advertisedPrefixes: withItem(link.props.advertisedPrefixes, i, value) } }),
      }),
    );
  }
  return fields;
}

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
      const parsed = ctx.cidr(field.text);
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
