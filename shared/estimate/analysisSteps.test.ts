// The first run over a just-opened design, in steps of one part each (analysisSteps.ts): after the
// steps the results are those of one run over the whole document, the calls that follow work nothing
// out again, and a step is one part of one group.
import { describe, expect, it } from 'vitest';
import { updateElement } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { partsOf } from '../topology/parts';
import { ALL_RULES } from '../validation/rules';
import type { Rule } from '../validation/types';
import { validate, validateWhole, validationSteps } from '../validation/validate';
import { analysisSteps } from './analysisSteps';
import { costSteps, estimateCost, estimateCostWhole } from './cost';
import { estimatePaths, estimatePathsWhole, pathSteps } from './paths';
import { joined, sideBySide } from './testing/manyParts';
import { randomDesigns } from './testing/randomDesigns';

const json = (value: unknown) => JSON.stringify(value);

function count(steps: Generator<void, void, void>, most = Infinity): number {
  let n = 0;
  while (n < most && !steps.next().done) n++;
  return n;
}

const random = randomDesigns(6, 11);
/** Two hub-and-spoke estates and random designs side by side, two of the random ones joined by Global Reach. */
const withReach = () => sideBySide([largeDesign(150), joined(sideBySide(random.slice(0, 2))), ...random.slice(2, 6)]);

describe('the analysis of a design in steps', () => {
  const designs: Array<[string, () => TopologyDocument]> = [
    ['a 600-element estate', () => largeDesign(600)],
    ['designs side by side, some joined by Global Reach', withReach],
    ['one part', () => joined(sideBySide(random))],
  ];

  it.each(designs)('%s: after the steps, the results of one run over the whole document', (_, make) => {
    const doc = make();
    expect(count(analysisSteps(doc))).toBeGreaterThan(0);
    expect(json(validate(doc))).toBe(json(validateWhole(doc)));
    expect(json(estimateCost(doc))).toBe(json(estimateCostWhole(doc)));
    expect(json(estimatePaths(doc))).toBe(json(estimatePathsWhole(doc)));
  });

  it('takes one step per part of each group, and none for what is kept', () => {
    const doc = withReach();
    const apart = partsOf(doc, 'without Global Reach').parts;
    const all = partsOf(doc).parts;
    expect(apart.length).toBeGreaterThan(all.length);
    const withReachLinks = all.filter((part) => part.links.some((link) => link.kind === 'globalReach')).length;
    expect(withReachLinks).toBeGreaterThan(0);
    // Validation: the rules that do not read Global Reach over the parts without it, the others over all links.
    expect(count(validationSteps(doc))).toBe(apart.length + all.length);
    expect(count(costSteps(doc))).toBe(apart.length + withReachLinks);
    expect(count(pathSteps(doc))).toBe(apart.length);
    expect(count(analysisSteps(doc))).toBe(0);
    // What the calls keep is what the steps read: a copy worked out at once takes no step either.
    const copy = structuredClone(doc);
    validate(copy);
    estimateCost(copy);
    estimatePaths(copy);
    expect(count(analysisSteps(copy))).toBe(0);
  });

  it('leaves validate nothing to run after the steps', () => {
    let checks = 0;
    const counted: Rule[] = ALL_RULES.map((rule) => ({
      ...rule,
      check(ctx) {
        checks++;
        return rule.check.call(this, ctx);
      },
    }));
    const doc = withReach();
    count(validationSteps(doc, counted));
    expect(checks).toBeGreaterThan(0);
    checks = 0;
    const findings = validate(doc, counted);
    expect(checks).toBe(0);
    expect(findings.length).toBeGreaterThan(0);
    expect(json(findings)).toBe(json(validateWhole(doc, counted)));
  });

  it('keeps the steps taken before an edit, for the parts the edit left alone', () => {
    const before = largeDesign(600);
    const parts = partsOf(before).parts.length;
    expect(count(validationSteps(before), parts - 1)).toBe(parts - 1);
    // hub-0 is the first part, stepped before the edit; the last part was not.
    const after = updateElement(before, 'hub-0-site-0', { props: { traffic: { gbPerMonth: 999, peakMbps: 100 } } });
    expect(count(validationSteps(after))).toBe(2);
    expect(json(validate(after))).toBe(json(validateWhole(after)));
  });
});
