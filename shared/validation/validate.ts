// validate(document) → findings: pure and deterministic. Rules run over one set of indexes.
import type { TopologyDocument } from '../model/types';
import { contextOf } from './context';
import { ALL_RULES } from './rules';
import { SEVERITIES, type Finding, type Rule } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
// localeCompare(x) is specified as new Intl.Collator().compare(x) (ECMA-402), but builds its
// collator on every call: a few hundred findings cost milliseconds. One collator, same order.
const collator = new Intl.Collator();

export function validate(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const ctx = contextOf(doc);
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) findings.push(f);
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! ||
      (a.ruleId === b.ruleId ? 0 : collator.compare(a.ruleId, b.ruleId)) ||
      collator.compare(a.elementIds[0] ?? '', b.elementIds[0] ?? ''),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
