// Global Reach links join parts only for the rules that say they read them (Rule.readsGlobalReach,
// shared/topology/parts.ts): every other rule runs over parts whose documents lack those links. So
// each of the others must find exactly the same with and without a design's Global Reach links.
// The designs: random ones given Global Reach links of every sort, and a few where Global Reach is
// what a rule that reads it reports on. That every such rule finds something else without the links
// shows the designs can tell a rule that reads them.
import { describe, expect, it } from 'vitest';
import { linkSchema } from '../model/schema';
import type { TopologyDocument } from '../model/types';
import { randomDesigns } from '../estimate/testing/randomDesigns';
import { ValidationContext } from './context';
import { ALL_RULES } from './rules';
import { design } from './testing/designBuilder';
import type { Rule } from './types';

const SUBNETS = ['', '10.99.0.0/29', '10.99.0.1/29', '10.99.0.0/30', 'not an address'];

/** A random design with Global Reach between its circuits, and between any two of its elements. */
function withGlobalReach(doc: TopologyDocument, n: number): TopologyDocument {
  const circuits = doc.elements.filter((e) => e.kind === 'erCircuit');
  const { elements } = doc;
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < circuits.length; i++) pairs.push([circuits[i]!.id, circuits[i + 1]!.id]);
  if (elements.length >= 2) pairs.push([elements[n % elements.length]!.id, elements[(n * 7 + 3) % elements.length]!.id]);
  const links = pairs.map(([source, target], i) => linkSchema.parse({ id: `reach-${i}`, kind: 'globalReach', source, target, props: { subnet: SUBNETS[(n + i) % SUBNETS.length] } }));
  return { ...doc, links: [...doc.links, ...links] };
}

const vnetBehind = (circuit: string, i: number) => [
  { id: `${circuit}-v${i}`, kind: 'vnet' as const, props: { addressSpaces: [`10.${i}.0.0/16`], region: 'westeurope' } },
  { id: `${circuit}-gw${i}`, kind: 'erGateway' as const, parentId: `${circuit}-v${i}` },
];

/** Where Global Reach is what the rules that read it report on. */
const ABOUT_GLOBAL_REACH: TopologyDocument[] = [
  // A Local circuit with ten VNet connections: Global Reach is not allowed on it and is its eleventh link.
  design(
    [
      { id: 'local', kind: 'erCircuit', props: { tier: 'Local', peeringLocation: 'Amsterdam' } },
      { id: 'other', kind: 'erCircuit', props: { peeringLocation: 'London', peerings: { private: false } } },
      { id: 'third', kind: 'erCircuit', props: { peeringLocation: 'Tokyo' } },
      ...Array.from({ length: 10 }, (_, i) => vnetBehind('local', i)).flat(),
    ],
    [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, kind: 'erConnection' as const, source: `local-gw${i}`, target: 'local' })),
      { id: 'reach', kind: 'globalReach', source: 'local', target: 'other', props: { subnet: '10.99.0.1/29' } },
      { id: 'reach-2', kind: 'globalReach', source: 'other', target: 'third' },
    ],
  ),
  // Two offices with the same range, each on its own circuit: Global Reach joins them.
  design(
    [
      { id: 'paris', kind: 'onPremSite', props: { addressSpaces: ['192.168.0.0/16'] } },
      { id: 'rome', kind: 'onPremSite', props: { addressSpaces: ['192.168.0.0/16'] } },
      { id: 'c1', kind: 'erCircuit' },
      { id: 'c2', kind: 'erCircuit' },
      // A site whose only link is Global Reach, drawn by mistake.
      { id: 'lisbon', kind: 'onPremSite' },
    ],
    [
      { kind: 'lastMile', source: 'paris', target: 'c1' },
      { kind: 'lastMile', source: 'rome', target: 'c2' },
      { kind: 'globalReach', source: 'c1', target: 'c2' },
      { kind: 'globalReach', source: 'lisbon', target: 'c1' },
    ],
  ),
];

const DESIGNS = [...randomDesigns(40, 20_261_122).map(withGlobalReach), ...ABOUT_GLOBAL_REACH];

const withoutGlobalReach = (doc: TopologyDocument): TopologyDocument => ({ ...doc, links: doc.links.filter((l) => l.kind !== 'globalReach') });
const found = (rule: Rule, doc: TopologyDocument) => JSON.stringify(rule.check(new ValidationContext(doc)));

describe('rules and Global Reach links', () => {
  const readers = ALL_RULES.filter((r) => r.readsGlobalReach);
  const others = ALL_RULES.filter((r) => !r.readsGlobalReach);

  it.each(others.map((r) => [r.id, r] as const))('%s finds the same without Global Reach links', (_, rule) => {
    for (const doc of DESIGNS) expect(found(rule, withoutGlobalReach(doc)), doc.elements.map((e) => e.id).join(' ')).toBe(found(rule, doc));
  });

  it.each(readers.map((r) => [r.id, r] as const))('%s, which says it reads them, finds something else without them', (_, rule) => {
    expect(DESIGNS.some((doc) => found(rule, withoutGlobalReach(doc)) !== found(rule, doc))).toBe(true);
  });
});
