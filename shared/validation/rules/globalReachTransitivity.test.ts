import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { globalReachTransitivity } from './globalReachTransitivity';

const run = (doc: ReturnType<typeof design>) => validate(doc, [globalReachTransitivity]);

function circuits(ids: string[], pairs: Array<[string, string]>) {
  return design(
    ids.map((id) => ({ id, kind: 'erCircuit' as const, name: `er-${id}` })),
    pairs.map(([source, target]) => ({ id: `${source}-${target}`, kind: 'globalReach' as const, source, target })),
  );
}

describe('global-reach-transitivity', () => {
  it('warns when A–B and B–C are joined but A–C is not, naming the pair that needs a link', () => {
    const findings = run(circuits(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'global-reach-transitivity', severity: 'warning', elementIds: ['a', 'c', 'b', 'a-b', 'b-c'] });
    expect(findings[0]!.message).toMatch(
      /Circuits "er-a" and "er-c" are each joined to "er-b" by Global Reach, but not to each other: Global Reach is not transitive, so sites on "er-a" cannot reach sites on "er-c"\. If they need to, add a Global Reach connection between "er-a" and "er-c"\./,
    );
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-global-reach');
  });

  it('reports a missing pair once, naming every circuit in between', () => {
    const findings = run(circuits(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['a', 'd'], ['d', 'c']]));
    expect(findings.map((f) => f.elementIds.slice(0, 2))).toEqual([['a', 'c'], ['b', 'd']]);
    expect(findings[0]!.message).toMatch(/each joined to "er-b" or "er-d"/);
  });

  it('warns about each missing pair along a chain', () => {
    const findings = run(circuits(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]));
    expect(findings.map((f) => f.elementIds.slice(0, 2))).toEqual([['a', 'c'], ['b', 'd']]);
  });

  it.each([
    ['a single connection', circuits(['a', 'b'], [['a', 'b']])],
    ['a full mesh of three circuits', circuits(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']])],
    ['two separate pairs', circuits(['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('adds the missing connection in one step, and the warning goes away', () => {
    const doc = circuits(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]);
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Join "er-a" and "er-c" with Global Reach');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.links.filter((l) => l.kind === 'globalReach')).toHaveLength(3);
    expect(run(fixed)).toEqual([]);
  });
});
