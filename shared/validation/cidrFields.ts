// Every CIDR-valued field of a design, each parsed once per run: the two rules that read every
// address field (invalid-cidr, forbidden-address-range) read them from one list, rather than each
// looking every text up in the parse cache again (a lookup by a string costs tens of nanoseconds;
// docs/performance.md, "Node, twentieth round"). The ranges of connected networks read fewer kinds
// (Rule.reads) and parse their own.
import type { ElementKind, LinkKind } from '../model/enums';
import { updateElement, updateLink } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import type { CidrResult } from '../net/cidr';
import type { ValidationContext } from './context';

/** One CIDR-valued field of an element or link, with a way to replace its text. */
export interface CidrField {
  /** The element or link that holds it. */
  ownerId: string;
  ownerKind: ElementKind | LinkKind;
  /** As in the file: `addressSpaces[1]`, `prefix`, `addressPool`, `subnet`, `advertisedPrefixes[0]`. */
  field: string;
  text: string;
  /** The text parsed (ValidationContext.cidr): once per field and run, for the rules that read every field. */
  parsed: CidrResult;
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
    readonly parsed: CidrResult,
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

/**
 * Lets the fields of a context go once its rules have run (validate.ts): nothing reads them after
 * (a fix keeps its own field), and kept with the context they were an object for every address field
 * of the design (6,911 at 10,000 elements) that each later garbage collection of the run copied
 * (docs/performance.md, "Node, twenty-first round").
 */
export function forgetCidrFields(ctx: ValidationContext): void {
  fieldsOf.delete(ctx);
}

function findFields(ctx: ValidationContext): CidrField[] {
  const fields: CidrField[] = [];
  for (const kind of ['vnet', 'onPremSite', 'localNetworkGateway'] as const) {
    for (const el of ctx.elementsOfKind(kind)) {
      const spaces = el.props.addressSpaces;
      for (let i = 0; i < spaces.length; i++) fields.push(new Field(el, spaces[i]!, ctx.cidr(spaces[i]!), i, 'addressSpaces'));
    }
  }
  for (const subnet of ctx.elementsOfKind('subnet')) {
    if (subnet.props.prefix.trim() !== '') fields.push(new Field(subnet, subnet.props.prefix, ctx.cidr(subnet.props.prefix), -1, 'prefix'));
  }
  for (const group of ctx.elementsOfKind('p2sUserGroup')) {
    if (group.props.addressPool.trim() !== '') fields.push(new Field(group, group.props.addressPool, ctx.cidr(group.props.addressPool), -1, 'addressPool'));
  }
  for (const link of ctx.linksOfKind('globalReach')) {
    if (link.props.subnet.trim() !== '') fields.push(new Field(link, link.props.subnet, ctx.cidr(link.props.subnet), -1, 'subnet'));
  }
  for (const link of ctx.linksOfKind('microsoftPeering')) {
    const prefixes = link.props.advertisedPrefixes;
    for (let i = 0; i < prefixes.length; i++) fields.push(new Field(link, prefixes[i]!, ctx.cidr(prefixes[i]!), i, 'advertisedPrefixes'));
  }
  return fields;
}
