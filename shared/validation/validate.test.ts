import { describe, expect, it } from 'vitest';
import type { ElementKind } from '../model/enums';
import { deleteItems, updateElement } from '../model/operations';
import type { ElementOfKind, TopologyDocument } from '../model/types';
import { withBranchesDualHomed } from '../estimate/testing/manyParts';
import { largeDesign } from '../testing/largeDesign';
import { finding } from './finding';
import { compareRuleIds, validate, validateWhole } from './validate';
import { ALL_RULES } from './rules';
import type { Rule } from './types';

describe('compareRuleIds', () => {
  it("orders every two rule ids as the collator does (findings are sorted by it)", () => {
    const collator = new Intl.Collator();
    const ids = [...ALL_RULES.map((rule) => rule.id), 'a-test-rule', 'zz-test-rule'];
    for (const a of ids) for (const b of ids) expect(Math.sign(compareRuleIds(a, b))).toBe(Math.sign(collator.compare(a, b)));
  });
});

describe('findings kept through an edit of kinds a rule does not read', () => {
  // Rules of the tests' own that name every element of one kind, counting their runs.
  const runs = new Map<string, number>();
  const naming = (kind: ElementKind): Rule => ({
    id: `names-${kind}`,
    title: 'test',
    severity: 'info',
    category: 'Resilience',
    description: '',
    source: ALL_RULES[0]!.source,
    reads: [kind],
    check(ctx) {
      runs.set(this.id, (runs.get(this.id) ?? 0) + 1);
      return ctx.elementsOfKind(kind).map((element) => finding(this, [element.id], `${ctx.label(element.id)} is here`));
    },
  });
  const circuits = naming('erCircuit');
  const sites = naming('onPremSite');
  const rules = [circuits, sites];
  const json = (doc: TopologyDocument) => JSON.stringify(validate(doc, rules));
  const counts = () => [runs.get(circuits.id) ?? 0, runs.get(sites.id) ?? 0];

  /**
   * Branches tunnelled to two hubs: the hubs and their branches are one part of over 200 elements,
   * validated, then edited once (the first edit's part is validated afresh: the run before went over
   * the whole design at once).
   */
  function dualHomedAfterAnEdit(): TopologyDocument {
    const doc = withBranchesDualHomed(largeDesign(400));
    validate(doc, rules);
    const edited = updateElement(doc, 'hub-0-site-1', { name: 'first edit' });
    validate(edited, rules);
    return edited;
  }

  it('runs again only the rules that read the kind of the edited element, in a part of hundreds of elements', () => {
    let doc = dualHomedAfterAnEdit();
    // validateWhole runs every rule: the runs are counted from just before each validate.
    let [circuitRuns, siteRuns] = counts();
    doc = updateElement(doc, 'hub-1-site-0', { name: 'Renamed branch' });
    const afterSite = validate(doc, rules);
    expect(counts()).toEqual([circuitRuns, siteRuns + 1]);
    expect(afterSite.find((f) => f.elementIds[0] === 'hub-1-site-0')!.message).toBe('"Renamed branch" is here');
    expect(json(doc)).toBe(JSON.stringify(validateWhole(doc, rules)));

    [circuitRuns, siteRuns] = counts();
    doc = updateElement(doc, 'hub-2-er', { name: 'Renamed circuit' });
    const afterCircuit = validate(doc, rules);
    expect(counts()).toEqual([circuitRuns + 1, siteRuns]);
    expect(afterCircuit.find((f) => f.elementIds[0] === 'hub-2-er')!.message).toBe('"Renamed circuit" is here');
    expect(json(doc)).toBe(JSON.stringify(validateWhole(doc, rules)));
  });

  it("keeps every rule's findings through an edit of a site's traffic, which no rule reads", () => {
    let doc = dualHomedAfterAnEdit();
    const [circuitRuns, siteRuns] = counts();
    const before = validate(doc, rules);
    const site = doc.elements.find((e) => e.id === 'hub-1-site-0') as ElementOfKind<'onPremSite'>;
    doc = updateElement(doc, site.id, { props: { traffic: { ...site.props.traffic, gbPerMonth: 12_345 } } });
    const after = validate(doc, rules);
    expect(counts()).toEqual([circuitRuns, siteRuns]);
    after.forEach((f, i) => expect(f).toBe(before[i]));
    expect(json(doc)).toBe(JSON.stringify(validateWhole(doc, rules)));
  });

  it('keeps through a rename the findings of a rule that reads names only in labels and did not label the element', () => {
    // Both read every site; one labels them all, the other only the first site of the first hub.
    const labelsAll: Rule = { ...sites, id: 'labels-every-site', readsNames: [] };
    const labelsOne: Rule = {
      ...sites,
      id: 'labels-one-site',
      readsNames: [],
      check(ctx) {
        runs.set(this.id, (runs.get(this.id) ?? 0) + 1);
        const count = ctx.elementsOfKind('onPremSite').filter((site) => site.props.addressSpaces.length > 0).length;
        return [finding(this, ['hub-0-site-0'], `${ctx.label('hub-0-site-0')} is one of ${count} sites`)];
      },
    };
    // A rule that reads subnets' names (it looks for one by name) runs again after any subnet's rename.
    const subnetNames: Rule = {
      ...naming('subnet'),
      readsNames: ['subnet'],
      check(ctx) {
        runs.set(this.id, (runs.get(this.id) ?? 0) + 1);
        return ctx.elementsOfKind('subnet').some((s) => s.name === 'GatewaySubnet') ? [] : [finding(this, ['hub-0'], 'no gateway subnet')];
      },
    };
    const named = [labelsAll, labelsOne, subnetNames];
    const runsOf = () => named.map((rule) => runs.get(rule.id) ?? 0);
    let doc = withBranchesDualHomed(largeDesign(400));
    validate(doc, named);
    doc = updateElement(doc, 'hub-0-site-2', { name: 'first edit' });
    validate(doc, named);

    let before = runsOf();
    const kept = validate(doc, named).find((f) => f.ruleId === labelsOne.id)!;
    doc = updateElement(doc, 'hub-1-site-0', { name: 'Renamed branch' });
    let after = validate(doc, named);
    expect(runsOf()).toEqual([before[0]! + 1, before[1]!, before[2]!]);
    expect(after.find((f) => f.ruleId === labelsAll.id && f.elementIds[0] === 'hub-1-site-0')!.message).toBe('"Renamed branch" is here');
    expect(after.find((f) => f.ruleId === labelsOne.id)).toBe(kept);
    expect(JSON.stringify(after)).toBe(JSON.stringify(validateWhole(doc, named)));

    // The site it labelled, renamed: it runs again and says the new name.
    before = runsOf();
    doc = updateElement(doc, 'hub-0-site-0', { name: 'First branch' });
    after = validate(doc, named);
    expect(runsOf()).toEqual([before[0]! + 1, before[1]! + 1, before[2]!]);
    expect(after.find((f) => f.ruleId === labelsOne.id)!.message).toMatch(/^"First branch" is one of \d+ sites$/);

    // A rename and another change of what it reads: it runs again.
    before = runsOf();
    const site = doc.elements.find((e) => e.id === 'hub-2-site-0') as ElementOfKind<'onPremSite'>;
    doc = updateElement(doc, site.id, { name: 'Moved branch', props: { addressSpaces: [] } });
    after = validate(doc, named);
    expect(runsOf()).toEqual([before[0]! + 1, before[1]! + 1, before[2]!]);
    expect(JSON.stringify(after)).toBe(JSON.stringify(validateWhole(doc, named)));

    before = runsOf();
    const subnet = doc.elements.find((e) => e.kind === 'subnet' && e.name === 'GatewaySubnet')!;
    doc = updateElement(doc, subnet.id, { name: 'Gateway subnet' });
    validate(doc, named);
    expect(runsOf()).toEqual([before[0]!, before[1]!, before[2]! + 1]);
  });

  it('runs every rule again after an edit that joins or parts elements', () => {
    let doc = dualHomedAfterAnEdit();
    const [circuitRuns, siteRuns] = counts();
    // A link deleted: the part's indexes are built afresh, and nothing is taken from before.
    const link = doc.links.find((l) => l.source === 'hub-1-site-0' || l.target === 'hub-1-site-0')!;
    doc = deleteItems(doc, [link.id]);
    validate(doc, rules);
    expect(counts()).toEqual([circuitRuns + 1, siteRuns + 1]);
    expect(json(doc)).toBe(JSON.stringify(validateWhole(doc, rules)));
  });
});
