// Property test of auto-layout with fast-check: random small designs (random kinds, nesting,
// positions, sizes and links) always come out with nothing overlapping, every child inside its
// parent and the columns in order. The seed is fixed, so a failure repeats with its shrunk case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ElementKind } from '../model/enums';
import { inferLinkKind } from '../model/linkKinds';
import { elementSchema, linkSchema } from '../model/schema';
import type { TopologyDocument, TopologyElement } from '../model/types';
import { autoLayout } from './autoLayout';
import { layoutProblems, withoutGeometry } from './testing/layoutChecks';

const SEED = 20_240_611;
const TOP_LEVEL: ElementKind[] = ['onPremSite', 'vpnDevice', 'localNetworkGateway', 'p2sUserGroup', 'erCircuit', 'connectivityProvider', 'peeringLocation', 'microsoftServices', 'vnet'];

const point = fc.record({ x: fc.integer({ min: -400, max: 400 }), y: fc.integer({ min: -400, max: 400 }) });
const size = fc.option(fc.record({ width: fc.integer({ min: 20, max: 900 }), height: fc.integer({ min: 20, max: 600 }) }), { nil: undefined });

/** A gateway straight in its VNet or in one of its subnets; a subnet may be the GatewaySubnet. */
const vnetContents = fc.record({
  subnets: fc.array(fc.record({ gatewaySubnet: fc.boolean(), size, at: point }), { maxLength: 3 }),
  gateways: fc.array(fc.record({ kind: fc.constantFrom<ElementKind>('vpnGateway', 'erGateway'), home: fc.nat(), at: point }), { maxLength: 3 }),
});

const designArb = fc
  .record({
    tops: fc.array(fc.record({ kind: fc.constantFrom(...TOP_LEVEL), at: point, size, contents: vnetContents }), { minLength: 1, maxLength: 10 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
  })
  .map(({ tops, links }): TopologyDocument => {
    const raw: Array<Record<string, unknown> & { id: string; kind: ElementKind }> = [];
    tops.forEach((top, t) => {
      const id = `e${t}`;
      raw.push({ id, kind: top.kind, position: top.at, ...(top.kind === 'vnet' && top.size ? { size: top.size } : {}) });
      if (top.kind !== 'vnet') return;
      const subnetIds = top.contents.subnets.map((s, i) => {
        raw.push({ id: `${id}s${i}`, kind: 'subnet', parentId: id, position: s.at, name: s.gatewaySubnet ? 'GatewaySubnet' : 'snet', ...(s.size ? { size: s.size } : {}) });
        return `${id}s${i}`;
      });
      const homes = [id, ...subnetIds];
      top.contents.gateways.forEach((g, i) => raw.push({ id: `${id}g${i}`, kind: g.kind, parentId: homes[g.home % homes.length]!, position: g.at }));
    });
    const elements: TopologyElement[] = raw.map((e) => elementSchema.parse(e));
    const seen = new Set<string>();
    const docLinks = links.flatMap(([a, b], i) => {
      const source = elements[a % elements.length]!;
      const target = elements[b % elements.length]!;
      const kind = inferLinkKind(source.kind, target.kind);
      const pair = [source.id, target.id].sort().join('|');
      if (!kind || source.id === target.id || seen.has(pair)) return [];
      seen.add(pair);
      return [linkSchema.parse({ id: `l${i}`, kind, source: source.id, target: target.id })];
    });
    return { title: 'random', description: '', elements, links: docLinks };
  });

describe('autoLayout on random designs', () => {
  it('leaves nothing overlapping, every child inside its parent and the columns in order', async () => {
    await fc.assert(
      fc.asyncProperty(designArb, async (doc) => {
        const laidOut = await autoLayout(doc);
        expect(layoutProblems(laidOut)).toEqual([]);
        expect(withoutGeometry(laidOut)).toEqual(withoutGeometry(doc));
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);
});
