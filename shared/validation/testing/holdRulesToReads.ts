// A Vitest setup file (vitest.config.ts): in the validation tests, every rule run over a design of up
// to MAX_ELEMENTS elements is run once more with its reads recorded (./ruleReads.ts), and the test
// fails when the rule read a kind of element its Rule.reads leaves out, a property no rule reads, or
// names (other than in labels) of a kind its Rule.readsNames leaves out. So the rule tests, which build
// a design that breaks each rule, hold every message, fix and branch of a rule to what it declares.
import { expect } from 'vitest';

// The rule tests' designs have a few dozen elements; the large-design tests would only be slower.
const MAX_ELEMENTS = 150;

// Only the validation tests: the other test files need not load every rule to set up.
if (/[\\/]shared[\\/]validation[\\/]/.test(expect.getState().testPath ?? '')) {
  const { ALL_RULES } = await import('../rules');
  const { readsUndeclared } = await import('./ruleReads');
  for (const rule of ALL_RULES) {
    const check = rule.check;
    rule.check = function checkHeldToReads(ctx) {
      const findings = check.call(this, ctx);
      if (ctx.doc.elements.length <= MAX_ELEMENTS) {
        const undeclared = readsUndeclared(check, rule, ctx.doc);
        if (undeclared.length > 0) {
          throw new Error(`rule ${rule.id} read ${undeclared.join(', ')}, which it says it does not (Rule.reads, PROPS_NO_RULE_READS, Rule.readsNames): validate would keep its findings stale after an edit of them`);
        }
      }
      return findings;
    };
  }
}
