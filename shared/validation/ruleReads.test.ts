// validate keeps a rule's findings through an edit of elements of kinds the rule does not read
// (Rule.reads, validatePart). Every rule run in the tests is held to its reads by a setup file
// (testing/holdRulesToReads.ts); here, every rule declares them, is held to them over many designs,
// and the holding itself is tested.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './rules';
import { validate } from './validate';
import { design } from './testing/designBuilder';
import { kindsRead, namesRead, propsRead, readsUndeclared } from './testing/ruleReads';
import { readsCorpus } from './testing/readsCorpus';
import type { Rule } from './types';

describe('Rule.reads', () => {
  it('is declared by every rule, with the kinds whose names it reads other than in labels', () => {
    expect(ALL_RULES.filter((rule) => !rule.reads).map((rule) => rule.id)).toEqual([]);
    expect(ALL_RULES.filter((rule) => !rule.readsNames).map((rule) => rule.id)).toEqual([]);
  });

  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s reads no other kind of element, no property no rule reads and no names it does not declare, over random designs, the templates and large estates', (_, rule) => {
    const undeclared = new Set(readsCorpus().flatMap((doc) => readsUndeclared(rule.check, rule, doc)));
    expect([...undeclared]).toEqual([]);
  });

  // A rule of the tests' own: it labels every VNet, and reads a site's address spaces.
  const reader: Rule = {
    id: 'a-test-rule',
    title: 'test',
    severity: 'info',
    category: 'Addressing',
    description: '',
    source: ALL_RULES[0]!.source,
    reads: ['vnet'],
    check(ctx) {
      for (const vnet of ctx.elementsOfKind('vnet')) ctx.label(vnet.id);
      for (const site of ctx.elementsOfKind('onPremSite')) void site.props.addressSpaces;
      // Ids, kinds and parents are where an element is, not what it says.
      for (const subnet of ctx.elementsOfKind('subnet')) void [subnet.id, subnet.kind, subnet.parentId];
      return [];
    },
  };
  const doc = design([
    { id: 'v', kind: 'vnet', name: 'hub', props: { addressSpaces: ['10.0.0.0/16'] } },
    { id: 's', kind: 'subnet', name: 'GatewaySubnet', parentId: 'v', props: { prefix: '10.0.0.0/27' } },
    { id: 'dc', kind: 'onPremSite', name: 'DC', props: { addressSpaces: ['192.168.0.0/16'] } },
  ]);

  it('records the kinds whose fields a rule reads, labels included, and not ids, kinds or parents', () => {
    expect([...kindsRead((ctx) => reader.check(ctx), doc)].sort()).toEqual(['onPremSite', 'vnet']);
    expect([...propsRead((ctx) => reader.check(ctx), doc)]).toEqual(['addressSpaces']);
    expect(readsUndeclared(reader.check, reader, doc)).toEqual(['onPremSite']);
  });

  it('records the kinds whose names a rule reads other than through labels', () => {
    expect([...namesRead((ctx) => reader.check(ctx), doc)]).toEqual([]);
    const lookingForName: Rule = { ...reader, readsNames: [], check: (ctx) => (ctx.elementsOfKind('subnet').some((s) => s.name === 'GatewaySubnet') ? [] : []) };
    expect([...namesRead((ctx) => lookingForName.check(ctx), doc)]).toEqual(['subnet']);
    expect(readsUndeclared(lookingForName.check, { ...lookingForName, reads: ['subnet'] }, doc)).toEqual(['names of subnet']);
    // A copy of an element reads every field, its name too.
    const copying: Rule = { ...reader, readsNames: [], check: (ctx) => (ctx.elementsOfKind('vnet').map((v) => ({ ...v })), []) };
    expect([...namesRead((ctx) => copying.check(ctx), doc)]).toEqual(['vnet']);
  });

  it("names a property no rule reads when a rule reads it (a site's traffic)", () => {
    const traffic: Rule = { ...reader, reads: ['onPremSite', 'vnet'], check: (ctx) => ctx.elementsOfKind('onPremSite').flatMap((site) => (site.props.traffic.gbPerMonth > 0 ? [] : [])) };
    expect(readsUndeclared(traffic.check, traffic, doc)).toEqual(['props.traffic']);
  });

  it('fails the test of a rule that reads a kind it does not declare', () => {
    // The setup file wraps the rules of ALL_RULES: one of them, made to leave out the VNets it labels.
    const rule = ALL_RULES.find((r) => r.id === 'gateway-subnet-too-small')!;
    const tooSmall = design([
      { id: 'v', kind: 'vnet', name: 'hub', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 's', kind: 'subnet', name: 'GatewaySubnet', parentId: 'v', props: { prefix: '10.0.0.0/29' } },
      { id: 'g', kind: 'vpnGateway', name: 'gw', parentId: 's' },
    ]);
    expect(validate(tooSmall, [rule]).map((f) => f.ruleId)).toEqual(['gateway-subnet-too-small']);
    const declared = rule.reads;
    rule.reads = ['subnet'];
    try {
      expect(() => validate(tooSmall, [rule])).toThrow(/rule gateway-subnet-too-small read vnet, which it says it does not/);
    } finally {
      rule.reads = declared;
    }
  });

  it('fails the test of a rule that reads names it does not declare', () => {
    // The same rule finds the gateway subnet by its name.
    const rule = ALL_RULES.find((r) => r.id === 'gateway-subnet-too-small')!;
    const tooSmall = design([
      { id: 'v', kind: 'vnet', name: 'hub', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 's', kind: 'subnet', name: 'GatewaySubnet', parentId: 'v', props: { prefix: '10.0.0.0/29' } },
      { id: 'g', kind: 'vpnGateway', name: 'gw', parentId: 's' },
    ]);
    const declared = rule.readsNames;
    rule.readsNames = [];
    try {
      expect(() => validate(tooSmall, [rule])).toThrow(/rule gateway-subnet-too-small read names of subnet, which it says it does not/);
    } finally {
      rule.readsNames = declared;
    }
  });
});
