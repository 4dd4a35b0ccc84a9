// What the validation engine reports. A finding is plain data plus, where a safe repair exists,
// a fix that turns the document into the repaired one (the designer applies it as one undo step).
import type { DocReference } from '../data/docs';
import type { ElementKind } from '../model/enums';
import type { TopologyDocument } from '../model/types';
import type { ValidationContext } from './context';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Fix {
  /** What the fix does, as a button label: "Resize GatewaySubnet to /27". */
  label: string;
  apply(doc: TopologyDocument): TopologyDocument;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The elements and links concerned; the first is the one to select. */
  elementIds: string[];
  /** What is wrong and what to do, in the user's words. */
  message: string;
  /** The Microsoft documentation URL the rule rests on. */
  source: string;
  fix?: Fix;
}

export type RuleCategory =
  | 'GatewaySubnet'
  | 'Gateways'
  | 'VPN gateway SKU'
  | 'Site-to-site'
  | 'Addressing'
  | 'BGP'
  | 'ExpressRoute circuit'
  | 'ExpressRoute gateway'
  | 'Coexistence'
  | 'Global Reach'
  | 'Resilience'
  | 'Security';

export interface Rule {
  /** Stable, documented id, e.g. "gateway-subnet-too-small". Never reuse or rename one. */
  id: string;
  title: string;
  /** The severity of its findings (a finding may be milder, never harsher; see `severities`). */
  severity: Severity;
  /** Every severity this rule can report, highest first, when it reports more than one. */
  severities?: readonly Severity[];
  category: RuleCategory;
  /** One paragraph for docs/rules.md: what it checks and why. */
  description: string;
  source: DocReference;
  /**
   * Whether the rule reads Global Reach links, or any link whatever its kind (parts.ts, Joins). It is
   * then run over parts joined by them; every other rule over parts found without them, whose
   * documents do not have them, so a rule that reads them without saying so misses them.
   */
  readsGlobalReach?: boolean;
  /** The same for peerings (vnetPeering links): whether the rule reads them, or any link whatever its kind. */
  readsPeering?: boolean;
  /**
   * The kinds of element whose fields, besides id, kind and parent, the rule reads: directly, or
   * through the context and the helpers it calls (a label reads a name, the path walk reads devices'
   * addresses and circuits' locations). After an edit that changed elements of other kinds only,
   * validate keeps the rule's findings of the part (validatePart). Left out: the rule reads every
   * kind. Held to what the rule reads over many designs by rules.reads.test.ts.
   */
  reads?: readonly ElementKind[];
  /**
   * The kinds of element whose names the rule reads other than through `ctx.label` (the rules that
   * look for the subnet named GatewaySubnet read subnets' names). A rename of an element of another
   * kind keeps the rule's findings of the part where the rule did not label that element
   * (validatePart). Left out: the rule reads every name. Held to what the rule reads as Rule.reads is.
   */
  readsNames?: readonly ElementKind[];
  /**
   * The findings of one part of the design (shared/topology/parts.ts): validate runs each rule over
   * each part and keeps a part's findings until it is edited. A rule that relates elements joined by
   * neither a link, nesting nor a device's address (as a local network gateway is matched to its
   * device) must add that relation to parts.ts, or its findings go stale.
   */
  check(ctx: ValidationContext): Finding[];
}
