import { describe, expect, it } from 'vitest';
import { addLink, updateElement } from '../model/operations';
import { parseCidr, cidrsOverlap, type ParsedCidr } from '../net/cidr';
import { ValidationContext } from './context';
import { connectedComponents, forEachOverlap, networkRanges, vnetsReachedByCircuit, type Interval } from './connectedNetworks';
import { design } from './testing/designBuilder';

const cidr = (text: string): ParsedCidr => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.cidr;
};

function pairsOf(intervals: Interval<string>[]): string[] {
  const pairs: string[] = [];
  forEachOverlap(intervals, (a, b) => pairs.push([a.item, b.item].sort().join('+')));
  return pairs.sort();
}

describe('forEachOverlap', () => {
  it('reports every overlapping pair of a group once, and nothing across groups or IP versions', () => {
    const intervals: Interval<string>[] = [
      { group: 1, cidr: cidr('10.0.0.0/8'), item: 'big' },
      { group: 1, cidr: cidr('10.1.0.0/16'), item: 'mid' },
      { group: 1, cidr: cidr('10.1.2.0/24'), item: 'small' },
      { group: 1, cidr: cidr('10.2.0.0/16'), item: 'other' },
      { group: 1, cidr: cidr('11.0.0.0/8'), item: 'outside' },
      { group: 2, cidr: cidr('10.0.0.0/8'), item: 'elsewhere' },
      { group: 1, cidr: cidr('::a00:0/104'), item: 'ipv6' },
    ];
    expect(pairsOf(intervals)).toEqual(['big+mid', 'big+other', 'big+small', 'mid+small']);
  });

  it('agrees with comparing every pair on random ranges', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const intervals: Interval<string>[] = Array.from({ length: 400 }, (_, i) => {
      const length = 8 + Math.floor(random() * 17);
      const block = 2 ** (32 - length);
      const address = Math.floor((random() * 2 ** 24) / block) * block + 10 * 2 ** 24;
      const octets = [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256);
      return { group: i % 3, cidr: cidr(`${octets.join('.')}/${length}`), item: `n${i}` };
    });
    const expected: string[] = [];
    for (let i = 0; i < intervals.length; i++)
      for (let j = i + 1; j < intervals.length; j++) {
        const a = intervals[i]!;
        const b = intervals[j]!;
        if (a.group === b.group && cidrsOverlap(a.cidr, b.cidr)) expected.push([a.item, b.item].sort().join('+'));
      }
    expect(pairsOf(intervals)).toEqual(expected.sort());
  });
});

describe('connectedComponents', () => {
  const doc = design(
    [
      { id: 'hub', kind: 'vnet' },
      { id: 'gws', kind: 'subnet', parentId: 'hub' },
      { id: 'ergw', kind: 'erGateway', parentId: 'gws' },
      { id: 'c1', kind: 'erCircuit' },
      { id: 'c2', kind: 'erCircuit' },
      { id: 'loc', kind: 'peeringLocation' },
      { id: 'm365', kind: 'microsoftServices' },
      { id: 'lonely', kind: 'vnet' },
    ],
    [
      { kind: 'erConnection', source: 'ergw', target: 'c1' },
      { kind: 'providerCrossConnect', source: 'c1', target: 'loc' },
      { kind: 'providerCrossConnect', source: 'c2', target: 'loc' },
      { kind: 'microsoftPeering', source: 'c2', target: 'm365' },
      { kind: 'microsoftPeering', source: 'c1', target: 'm365' },
    ],
  );
  const component = connectedComponents(new ValidationContext(doc));

  it('joins a VNet to the circuits of the gateway nested in its GatewaySubnet', () => {
    expect(component.get('c1')).toBe(component.get('hub'));
  });

  it('does not join circuits through a shared peering location or Microsoft peering', () => {
    expect(component.get('c2')).not.toBe(component.get('c1'));
    expect(component.get('lonely')).not.toBe(component.get('hub'));
  });

  it('keeps the components through an edit that joins nothing, and finds them again when one does', () => {
    const renamed = updateElement(doc, 'lonely', { name: 'renamed' });
    expect(connectedComponents(new ValidationContext(renamed))).toBe(component);
    // A subnet moved under the lonely VNet, the same links: its parent joins it there now.
    const moved = updateElement(doc, 'gws', { parentId: 'lonely' });
    const after = connectedComponents(new ValidationContext(moved));
    expect(after).not.toBe(component);
    expect(after.get('ergw')).toBe(after.get('lonely'));
    expect(after.get('hub')).not.toBe(after.get('lonely'));
    const linked = addLink(doc, 'lonely', 'hub');
    expect(connectedComponents(new ValidationContext(linked)).get('lonely')).toBe(connectedComponents(new ValidationContext(linked)).get('hub'));
  });
});

describe('networkRanges', () => {
  it('lists valid address spaces and pools, and leaves out invalid and empty ones', () => {
    const doc = design([
      { id: 'v', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16', 'nonsense'] } },
      { id: 's', kind: 'onPremSite', props: { addressSpaces: ['192.168.0.0/16'] } },
      { id: 'p', kind: 'p2sUserGroup', props: { addressPool: '' } },
    ]);
    expect(networkRanges(new ValidationContext(doc)).map((r) => [r.elementId, r.text])).toEqual([
      ['v', '10.0.0.0/16'],
      ['s', '192.168.0.0/16'],
    ]);
  });
});

describe('vnetsReachedByCircuit', () => {
  it('gives each VNet once, with every connection to it', () => {
    const doc = design(
      [
        { id: 'v', kind: 'vnet' },
        { id: 'g1', kind: 'erGateway', parentId: 'v' },
        { id: 'g2', kind: 'erGateway', parentId: 'v' },
        { id: 'c', kind: 'erCircuit' },
      ],
      [
        { id: 'x1', kind: 'erConnection', source: 'g1', target: 'c' },
        { id: 'x2', kind: 'erConnection', source: 'c', target: 'g2' },
      ],
    );
    const reached = vnetsReachedByCircuit(new ValidationContext(doc), 'c');
    expect(reached.map((r) => [r.vnet.id, r.linkIds])).toEqual([['v', ['x1', 'x2']]]);
  });
});
