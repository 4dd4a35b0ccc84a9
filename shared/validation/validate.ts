// validate(document) → findings: pure and deterministic. Rules run over one set of indexes per part
// of the design (shared/topology/parts.ts): a part's findings are kept while its elements and links
// are unchanged, so after an edit only the edited part is validated again. Global Reach links join
// parts only for the rules that read them (Rule.readsGlobalReach).
import type { TopologyDocument } from '../model/types';
import { keepListShares, PartMemo } from '../topology/partMemo';
import { asOnePart, partDocument, partsOf, wholePart, type Part, type Parts } from '../topology/parts';
import { contextOf } from './context';
import { ALL_RULES } from './rules';
import { SEVERITIES, type Finding, type Rule } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
// localeCompare(x) is specified as new Intl.Collator().compare(x) (ECMA-402), but builds its
// collator on every call: a few hundred findings cost milliseconds. One collator, same order.
const collator = new Intl.Collator();

// One memo per group: a part of one group and a part of the other can share their first element, the key.
const byPart = { joined: new PartMemo<readonly Finding[]>(), apart: new PartMemo<readonly Finding[]>() };

/** Rules in two groups: those that read Global Reach links, run over parts joined by them, and the others. */
interface RuleGroups {
  joined: readonly Rule[];
  apart: readonly Rule[];
}

// One pair per list of rules, so that the lists are the same objects from run to run (PartMemo inputs).
const groups = new WeakMap<readonly Rule[], RuleGroups>();

function groupsOf(rules: readonly Rule[]): RuleGroups {
  let found = groups.get(rules);
  if (!found) groups.set(rules, (found = { joined: rules.filter((r) => r.readsGlobalReach), apart: rules.filter((r) => !r.readsGlobalReach) }));
  return found;
}

export function validate(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const parts = partsOf(doc);
  const apartParts = partsOf(doc, 'without Global Reach');
  // The same parts (no Global Reach in the design): one run of all the rules, one sort.
  if (apartParts === parts) return validateParts(doc, parts, rules, byPart.apart).sort(byImportance);
  const { joined, apart } = groupsOf(rules);
  const findings = validateParts(doc, apartParts, apart, byPart.apart);
  if (joined.length > 0) for (const f of validateParts(doc, parts, joined, byPart.joined)) findings.push(f);
  // Findings tie only within one rule and one element, so within one part of one group: the stable
  // sort gives the order one run over the whole document gives. Each part's findings come sorted,
  // so the sort only merges them.
  return findings.sort(byImportance);
}

/**
 * The work of validate(doc) in steps of one part each, for a caller that spreads a large design's
 * first validation over idle time (renderer/store/settledDoc.ts): each step validates a part with
 * nothing kept and keeps its findings, so that validate(doc) afterwards only gathers them. A design
 * whose parts are all kept takes no step.
 */
export function* validationSteps(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Generator<void, void, void> {
  const parts = partsOf(doc);
  const apartParts = partsOf(doc, 'without Global Reach');
  const { joined, apart } = groupsOf(rules);
  // The groups validate() runs: all the rules over one set of parts when there is no Global Reach.
  const runs = apartParts === parts ? ([[parts, rules, byPart.apart]] as const) : ([[apartParts, apart, byPart.apart], [parts, joined, byPart.joined]] as const);
  for (const [{ parts: list }, groupRules, memo] of runs) {
    if (groupRules.length === 0) continue;
    for (const part of list) {
      if (memo.kept(part, [groupRules]) !== undefined) continue;
      memo.keep(part, [groupRules], validatePart(doc, part, groupRules));
      yield;
    }
  }
}

/** The document validated as one part, with nothing kept: the reference the parts are held to. */
export function validateWhole(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  return validateParts(doc, asOnePart(doc), rules).sort(byImportance);
}

/** The findings of each part, part after part (unsorted), kept in `memo` if given. */
function validateParts(doc: TopologyDocument, parts: Parts, rules: readonly Rule[], memo?: PartMemo<readonly Finding[]>): Finding[] {
  if (memo && parts.parts.length > 1 && memo.mostlyNew(parts.parts, [rules])) {
    // Run over the whole document (rules that do not read Global Reach links find the same there).
    const findings = validatePart(doc, wholePart(doc), rules);
    // Each part's share is sorted: the order of the whole list, restricted to the part.
    keepListShares(memo, doc, parts, [rules], findings, (f) => f.elementIds[0]!);
    return findings.slice();
  }
  const findings: Finding[] = [];
  for (const part of parts.parts) {
    const found = memo ? memo.get(part, [rules], () => validatePart(doc, part, rules)) : validatePart(doc, part, rules);
    for (const f of found) findings.push(f);
  }
  return findings;
}

function byImportance(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! ||
    (a.ruleId === b.ruleId ? 0 : collator.compare(a.ruleId, b.ruleId)) ||
    collator.compare(a.elementIds[0] ?? '', b.elementIds[0] ?? '')
  );
}

function validatePart(doc: TopologyDocument, part: Part, rules: readonly Rule[]): Finding[] {
  const ctx = contextOf(partDocument(doc, part));
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) findings.push(f);
  }
  return findings.sort(byImportance);
}

export function countBySeverity(findings: readonly Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
