// Shared assertion for rule tests: a fix must produce a document that still loads, lose the
// finding it repairs and bring in no new finding from the given rules.
import { expect } from 'vitest';
import { documentSchema } from '../../model/schema';
import type { TopologyDocument } from '../../model/types';
import type { Finding, Rule } from '../types';
import { validate } from '../validate';
import { GATEWAY_RULES } from '../rules/gatewayRules';
import { VPN_RULES } from '../rules/vpnRules';

const key = (f: Finding) => `${f.ruleId}|${f.severity}|${f.elementIds.join(',')}`;

export function applyFix(
  doc: TopologyDocument,
  f: Finding | undefined,
  label: string,
  area: readonly Rule[] = [...GATEWAY_RULES, ...VPN_RULES],
): TopologyDocument {
  expect(f?.fix?.label).toBe(label);
  const fixed = documentSchema.parse(f!.fix!.apply(doc));
  const before = new Set(validate(doc, area).map(key));
  const after = validate(fixed, area).map(key);
  expect(after).not.toContain(key(f!));
  expect(after.filter((k) => !before.has(k))).toEqual([]);
  return fixed;
}
