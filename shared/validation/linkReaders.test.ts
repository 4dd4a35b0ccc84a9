// Global Reach links and peerings join parts only for the rules that say they read them
// (Rule.readsGlobalReach, Rule.readsPeering; shared/topology/parts.ts): every other rule runs over
// parts whose documents lack those links. So each of the others must find exactly the same with and
// without a design's links of that kind. The designs: random ones (given Global Reach links of every
// sort; their random links include peerings), and a few where those links are what a rule that reads
// them reports on. That every such rule finds something else without the links shows the designs
// can tell a rule that reads them.
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

const vnet = (id: string, addressSpaces: string[]) => ({ id, kind: 'vnet' as const, props: { addressSpaces, region: 'westeurope' } });

/** Where peerings are what the rules that read them report on. */
const ABOUT_PEERING: TopologyDocument[] = [
  // A hub whose spokes overlap each other and the hub; a spoke peered to nothing else overlaps too.
  design(
    [vnet('hub', ['10.0.0.0/16']), vnet('spoke-1', ['10.1.0.0/16']), vnet('spoke-2', ['10.1.128.0/17']), vnet('spoke-3', ['10.0.128.0/17']), vnet('alone', ['10.1.0.0/24'])],
    [
      { kind: 'vnetPeering', source: 'hub', target: 'spoke-1' },
      { kind: 'vnetPeering', source: 'hub', target: 'spoke-2' },
      { kind: 'vnetPeering', source: 'spoke-3', target: 'hub' },
    ],
  ),
];

const random = randomDesigns(40, 20_261_122);
const KINDS = [
  { kind: 'globalReach', title: 'Global Reach links', reads: (r: Rule) => r.readsGlobalReach === true, designs: [...random.map(withGlobalReach), ...ABOUT_GLOBAL_REACH] },
  { kind: 'vnetPeering', title: 'peerings', reads: (r: Rule) => r.readsPeering === true, designs: [...random, ...ABOUT_PEERING] },
] as const;

const found = (rule: Rule, doc: TopologyDocument) => JSON.stringify(rule.check(new ValidationContext(doc)));

describe.each(KINDS)('rules and $title', ({ kind, title, reads, designs }) => {
  const without = (doc: TopologyDocument): TopologyDocument => ({ ...doc, links: doc.links.filter((l) => l.kind !== kind) });
  const readers = ALL_RULES.filter(reads);
  const others = ALL_RULES.filter((r) => !reads(r));

  it('has designs with such links, and rules that read them', () => {
    expect(designs.filter((doc) => doc.links.some((l) => l.kind === kind)).length).toBeGreaterThan(designs.length / 2);
    expect(readers.length).toBeGreaterThan(0);
  });

  it.each(others.map((r) => [r.id, r] as const))(`%s finds the same without ${title}`, (_, rule) => {
    for (const doc of designs) expect(found(rule, without(doc)), doc.elements.map((e) => e.id).join(' ')).toBe(found(rule, doc));
  });

  it.each(readers.map((r) => [r.id, r] as const))('%s, which says it reads them, finds something else without them', (_, rule) => {
    expect(designs.some((doc) => found(rule, without(doc)) !== found(rule, doc))).toBe(true);
  });
});
