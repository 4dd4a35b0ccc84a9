import { describe, expect, it } from 'vitest';
import { compareRuleIds } from './validate';
import { ALL_RULES } from './rules';

describe('compareRuleIds', () => {
  it("orders every two rule ids as the collator does (findings are sorted by it)", () => {
    const collator = new Intl.Collator();
    const ids = [...ALL_RULES.map((rule) => rule.id), 'a-test-rule', 'zz-test-rule'];
    for (const a of ids) for (const b of ids) expect(Math.sign(compareRuleIds(a, b))).toBe(Math.sign(collator.compare(a, b)));
  });
});
