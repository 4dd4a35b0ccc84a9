// What kinds of element a rule (or a helper) reads, recorded: it is run over the same design with every
// element behind a proxy that notes its kind when a field other than id, kind and parent is read.
// validate keeps a rule's findings through an edit of kinds it does not read (Rule.reads), so a kind
// left out of Rule.reads is a finding left stale: the tests hold every rule to what it reads
// (./holdRulesToReads.ts).
import type { ElementKind } from '../../model/enums';
import type { TopologyDocument, TopologyElement } from '../../model/types';
import { ValidationContext } from '../context';
import type { Rule } from '../types';

/** Fields that say where an element is in the design: reading them is not reading the element. */
const STRUCTURAL = new Set<PropertyKey>(['id', 'kind', 'parentId']);

/**
 * The kinds of element whose other fields `reader` reads over `doc`, on a context of its own. Reads of
 * the element with id `own` are left out (a cost line reads its own element: kept only while that
 * element is the same object).
 */
export function kindsRead(reader: (ctx: ValidationContext) => unknown, doc: TopologyDocument, own?: string): Set<ElementKind> {
  const read = new Set<ElementKind>();
  const note = (target: TopologyElement) => {
    if (target.id !== own) read.add(target.kind);
  };
  const watched = (element: TopologyElement): TopologyElement =>
    new Proxy(element, {
      get(target, key, receiver) {
        if (!STRUCTURAL.has(key)) note(target);
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        note(target);
        return Reflect.ownKeys(target);
      },
    });
  // A context of its own: what a context works out once for every rule (the site path walk, the
  // connected networks) is then read on behalf of this rule.
  reader(new ValidationContext({ ...doc, elements: doc.elements.map(watched) }));
  return read;
}

/** The kinds `rule` read over `doc` that its Rule.reads leaves out (a rule that does not say reads every kind). */
export function kindsReadUndeclared(check: Rule['check'], rule: Rule, doc: TopologyDocument): ElementKind[] {
  if (!rule.reads) return [];
  const declared = new Set(rule.reads);
  return [...kindsRead((ctx) => check.call(rule, ctx), doc)].filter((kind) => !declared.has(kind)).sort();
}
