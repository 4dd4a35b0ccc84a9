// validate(document) → findings: pure and deterministic. Rules run over one set of indexes per part
// of the design (shared/topology/parts.ts): a part's findings are kept while its elements and links
// are unchanged, so after an edit only the edited part is validated again.
import type { TopologyDocument } from '../model/types';
import { asOnePart, keepListShares, PartMemo, partDocument, partsOf, wholePart, type Part, type Parts } from '../topology/parts';
import { contextOf } from './context';
import { ALL_RULES } from './rules';
import { SEVERITIES, type Finding, type Rule } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
// localeCompare(x) is specified as new Intl.Collator().compare(x) (ECMA-402), but builds its
// collator on every call: a few hundred findings cost milliseconds. One collator, same order.
const collator = new Intl.Collator();

const byPart = new PartMemo<readonly Finding[]>();

export function validate(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  return validateParts(doc, partsOf(doc), rules);
}

/** The document validated as one part, with nothing kept: the reference the parts are held to. */
export function validateWhole(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  return validateParts(doc, asOnePart(doc), rules, false);
}

function validateParts(doc: TopologyDocument, parts: Parts, rules: readonly Rule[], keep = true): Finding[] {
  if (keep && parts.parts.length > 1 && byPart.mostlyNew(parts.parts, [rules])) {
    const findings = validatePart(doc, wholePart(doc), rules);
    // Each part's share is sorted: the order of the whole list, restricted to the part.
    keepListShares(byPart, doc, parts, [rules], findings, (f) => f.elementIds[0]!);
    return findings.slice();
  }
  const findings: Finding[] = [];
  for (const part of parts.parts) {
    const found = keep ? byPart.get(part, [rules], () => validatePart(doc, part, rules)) : validatePart(doc, part, rules);
    for (const f of found) findings.push(f);
  }
  // Findings tie only within one rule and one element, so within one part: the stable sort gives
  // the order one run over the whole document gives. Each part's findings come sorted, so the sort
  // only merges them.
  return findings.sort(byImportance);
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
