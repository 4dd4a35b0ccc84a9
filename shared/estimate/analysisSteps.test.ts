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
import { joinsOf, validate, validateWhole, validationSteps } from '../validation/validate';
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

/** The sets of parts validation runs its rules over: one run per set, of the rules that read the links joining it. */
const validationParts = (doc: TopologyDocument) => new Set(ALL_RULES.map((rule) => partsOf(doc, joinsOf(rule))));
const partCount = (sets: Iterable<{ parts: readonly unknown[] }>) => [...sets].reduce((n, { parts }) => n + parts.length, 0);

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
    expect(count(analysisSteps(doc, { paths: true }))).toBeGreaterThan(0);
    expect(json(validate(doc))).toBe(json(validateWhole(doc)));
    expect(json(estimateCost(doc))).toBe(json(estimateCostWhole(doc)));
    expect(json(estimatePaths(doc))).toBe(json(estimatePathsWhole(doc)));
  });

  it('takes one step per part of each run, and none for what is kept', () => {
    const doc = withReach();
    // The estimates' parts: peerings join nothing either (each part is estimated with the peerings around it).
    const apart = partsOf(doc, 'without Global Reach or peering between hubs').parts;
    const all = partsOf(doc).parts;
    expect(apart.length).toBeGreaterThan(partsOf(doc, 'without Global Reach').parts.length);
    const withReachLinks = all.filter((part) => part.links.some((link) => link.kind === 'globalReach')).length;
    expect(withReachLinks).toBeGreaterThan(0);
    // Validation: each rule over the parts joined by the links it reads; the design has Global Reach and peerings.
    const runs = validationParts(doc);
    expect(runs.size).toBe(3);
    expect(count(validationSteps(doc))).toBe(partCount(runs));
    expect(count(costSteps(doc))).toBe(apart.length + withReachLinks);
    expect(count(pathSteps(doc))).toBe(apart.length);
    expect(count(analysisSteps(doc, { paths: true }))).toBe(0);
    // What the calls keep is what the steps read: a copy worked out at once takes no step either.
    const copy = structuredClone(doc);
    validate(copy);
    estimateCost(copy);
    estimatePaths(copy);
    expect(count(analysisSteps(copy, { paths: true }))).toBe(0);
  });

  it('estimates the paths only when asked: they are a step per part of their own', () => {
    const doc = largeDesign(600);
    const priced = partsOf(doc, 'without Global Reach or peering between hubs').parts.length;
    expect(count(analysisSteps(doc, { paths: false }))).toBe(partCount(validationParts(doc)) + priced);
    expect(count(analysisSteps(doc, { paths: true }))).toBe(priced);
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
    const runs = validationParts(before);
    const steps = partCount(runs);
    expect(count(validationSteps(before), steps - 1)).toBe(steps - 1);
    // hub-0's site is in the first part of each run, stepped before the edit; the last part was not.
    const after = updateElement(before, 'hub-0-site-0', { props: { traffic: { gbPerMonth: 999, peakMbps: 100 } } });
    expect(count(validationSteps(after))).toBe(runs.size + 1);
    expect(json(validate(after))).toBe(json(validateWhole(after)));
  });
});
