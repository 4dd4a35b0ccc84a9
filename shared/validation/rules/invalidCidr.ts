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

type Owner = TopologyDocument['elements'][number] | TopologyDocument['links'][number];

/**
 * A field as the rules read it: what they need at once is held, what only a finding needs (its
 * name, the elements concerned, the fix) is worked out when asked. Two rules read every field of a
 * design on every run, and most fields are fine.
 */
class Field implements CidrField {
  constructor(
    private readonly owner: Owner,
    readonly text: string,
    /** The item of a list field (addressSpaces, advertisedPrefixes); -1 for a single field. */
    private readonly index: number,
    private readonly name: 'addressSpaces' | 'prefix' | 'addressPool' | 'subnet' | 'advertisedPrefixes',
  ) {}

  get ownerId(): string {
    return this.owner.id;
  }

  get ownerKind(): ElementKind | LinkKind {
    return this.owner.kind;
  }

  get field(): string {
    return this.index < 0 ? this.name : `${this.name}[${this.index}]`;
  }

  get related(): string[] {
    const owner = this.owner;
    if (owner.kind === 'subnet') return owner.parentId ? [owner.parentId] : [];
    return owner.kind === 'globalReach' || owner.kind === 'microsoftPeering' ? [owner.source, owner.target] : [];
  }

  replace(doc: TopologyDocument, value: string): TopologyDocument {
    const { owner, index } = this;
    switch (owner.kind) {
      case 'vnet':
      case 'onPremSite':
      case 'localNetworkGateway':
        return updateElement(doc, owner.id, { props: { addressSpaces: withItem(owner.props.addressSpaces, index, value) } });
      case 'subnet':
        return updateElement(doc, owner.id, { props: { prefix: value } });
      case 'p2sUserGroup':
        return updateElement(doc, owner.id, { props: { addressPool: value } });
      case 'globalReach':
        return updateLink(doc, owner.id, { props: { subnet: value } });
      case 'microsoftPeering':
        return updateLink(doc, owner.id, { props: { advertisedPrefixes: withItem(owner.props.advertisedPrefixes, index, value) } });
      default:
        return doc;
    }
  }
}

const fieldsOf = new WeakMap<ValidationContext, readonly CidrField[]>();

/** Every CIDR-valued field of the design that holds text (empty optional fields are left out). Shared by the rules of one run: read-only. */
export function cidrFields(ctx: ValidationContext): readonly CidrField[] {
  let fields = fieldsOf.get(ctx);
  if (!fields) fieldsOf.set(ctx, (fields = findFields(ctx)));
  return fields;
}

function findFields(ctx: ValidationContext): CidrField[] {
  const fields: CidrField[] = [];
  for (const kind of ['vnet', 'onPremSite', 'localNetworkGateway'] as const) {
    for (const el of ctx.elementsOfKind(kind)) {
      const spaces = el.props.addressSpaces;
      for (let i = 0; i < spaces.length; i++) fields.push(new Field(el, spaces[i]!, i, 'addressSpaces'));
    }
  }
  for (const subnet of ctx.elementsOfKind('subnet')) {
    if (subnet.props.prefix.trim() !== '') fields.push(new Field(subnet, subnet.props.prefix, -1, 'prefix'));
  }
  for (const group of ctx.elementsOfKind('p2sUserGroup')) {
    if (group.props.addressPool.trim() !== '') fields.push(new Field(group, group.props.addressPool, -1, 'addressPool'));
  }
  for (const link of ctx.linksOfKind('globalReach')) {
    if (link.props.subnet.trim() !== '') fields.push(new Field(link, link.props.subnet, -1, 'subnet'));
  }
  for (const link of ctx.linksOfKind('microsoftPeering')) {
    const prefixes = link.props.advertisedPrefixes;
    for (let i = 0; i < prefixes.length; i++) fields.push(new Field(link, prefixes[i]!, i, 'advertisedPrefixes'));
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
