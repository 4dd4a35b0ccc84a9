// What a rule (or a helper) reads, recorded: it is run over the same design with every element behind
// a proxy that notes its kind when a field other than id, kind and parent is read, and the names of
// the properties read.
// validate keeps a rule's findings through an edit of kinds it does not read (Rule.reads), so a kind
// left out of Rule.reads is a finding left stale: the tests hold every rule to what it reads
// (./holdRulesToReads.ts).
import type { ElementKind } from '../../model/enums';
import type { TopologyDocument, TopologyElement } from '../../model/types';
import { ValidationContext } from '../context';
import type { Rule } from '../types';
import { PROPS_NO_RULE_READS } from '../validate';

/** Fields that say where an element is in the design: reading them is not reading the element. */
const STRUCTURAL = new Set<PropertyKey>(['id', 'kind', 'parentId']);

/**
 * What a reader read of the elements: their kinds, the names of the properties (`props`) it read,
 * and the kinds whose names it read other than through the context's `label`.
 */
interface Reads {
  kinds: Set<ElementKind>;
  props: Set<string>;
  names: Set<ElementKind>;
  /** The ids of the elements whose fields it read. */
  ids: Set<string>;
}

/**
 * How many contexts of recordings are labelling an element: a name read then is noted by the context
 * itself (ValidationContext.labelling). Counted over every recording, since one may run within
 * another (a rule held to its reads by ./holdRulesToReads.ts records itself again).
 */
let labelling = 0;

/**
 * What `reader` reads of the elements of `doc`, on a context of its own. Reads of the element with id
 * `own` are left out (a cost line reads its own element: kept only while that element is the same
 * object).
 */
function recordReads(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument, own?: string): Reads {
  const reads: Reads = { kinds: new Set(), props: new Set(), names: new Set(), ids: new Set() };
  const note = (target: TopologyElement) => {
    reads.ids.add(target.id);
    if (target.id !== own) reads.kinds.add(target.kind);
  };
  // A property read notes its name; a spread or a listing of them notes every name.
  const watchedProps = (props: object): object =>
    new Proxy(props, {
      get(target, key, receiver) {
        if (typeof key === 'string') reads.props.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        for (const key of Reflect.ownKeys(target)) if (typeof key === 'string') reads.props.add(key);
        return Reflect.ownKeys(target);
      },
    });
  const watched = (element: TopologyElement): TopologyElement =>
    new Proxy(element, {
      get(target, key, receiver) {
        if (!STRUCTURAL.has(key)) note(target);
        if (key === 'name' && labelling === 0) reads.names.add(target.kind);
        const value = Reflect.get(target, key, receiver) as unknown;
        return key === 'props' && typeof value === 'object' && value !== null ? watchedProps(value) : value;
      },
      ownKeys(target) {
        note(target);
        if (labelling === 0) reads.names.add(target.kind);
        return Reflect.ownKeys(target);
      },
    });
  // A context of its own: what a context works out once for every rule (the site path walk, the
  // connected networks) is then read on behalf of this rule.
  const ctx = new ValidationContext({ ...doc, elements: doc.elements.map(watched) });
  // The context's labels, and the elements' (which texts made when read keep instead of the context).
  const watchLabels = <T extends { label(id: string): string }>(labeller: T) => {
    const label = labeller.label;
    labeller.label = function labelWatched(this: T, id: string) {
      labelling++;
      try {
        return label.call(this, id);
      } finally {
        labelling--;
      }
    } as T['label'];
  };
  watchLabels(ctx);
  watchLabels(ctx.byId);
  reader(ctx);
  return reads;
}

/** The kinds of element whose fields, other than id, kind and parent, `reader` reads over `doc` (`own` aside). */
export function kindsRead(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument, own?: string): Set<ElementKind> {
  return recordReads(reader, doc, own).kinds;
}

/** The names of the properties (`props`) of any element that `reader` reads over `doc`. */
export function propsRead(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument): Set<string> {
  return recordReads(reader, doc).props;
}

/** The ids of the elements of `doc` whose fields, other than id, kind and parent, `reader` reads. */
export function idsRead(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument): Set<string> {
  return recordReads(reader, doc).ids;
}

/** The kinds of element whose names `reader` reads over `doc` other than through the context's `label`. */
export function namesRead(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument): Set<ElementKind> {
  return recordReads(reader, doc).names;
}

/**
 * What `rule` read over `doc` that it says it does not: kinds its Rule.reads leaves out (a rule that
 * does not say reads every kind), properties no rule reads (PROPS_NO_RULE_READS), and names it read
 * other than through labels of kinds its Rule.readsNames leaves out.
 */
export function readsUndeclared(check: Rule['check'], rule: Rule, doc: TopologyDocument): string[] {
  const reads = recordReads((ctx) => check.call(rule, ctx), doc);
  const kinds = rule.reads ? [...reads.kinds].filter((kind) => !rule.reads!.includes(kind)) : [];
  const props = [...reads.props].filter((prop) => PROPS_NO_RULE_READS.has(prop)).map((prop) => `props.${prop}`);
  const names = rule.readsNames ? [...reads.names].filter((kind) => !rule.readsNames!.includes(kind)).map((kind) => `names of ${kind}`) : [];
  return [...kinds.sort(), ...props.sort(), ...names.sort()];
}
