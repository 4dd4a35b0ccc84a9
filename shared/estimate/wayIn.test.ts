// A way in and a peering hop work out their figures when made and what explains them (legs,
// components, capacities) when first read: the two are separate code, and must give the same numbers.
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { TEMPLATES } from '../templates';
import { largeDesign } from '../testing/largeDesign';
import { sitePaths, type SitePath } from '../topology/sitePaths';
import { contextOf } from '../validation/context';
import { combineParallel, series } from './availability';
import { bottleneck } from './bandwidth';
import { sumRtt } from './latency';
import { PARAMETERS, type EstimateParameters } from './parameters';
import { independentAvailability } from './combinedPaths';
import { randomDesigns } from './testing/randomDesigns';
import { PeeringHop } from './peeringHop';
import { explainOverContext, WayIn } from './wayIn';

/** largeDesign(30) with FastPath on every ExpressRoute gateway: the gateway leaves the way in, not the way on to a spoke. */
function withFastPath(): TopologyDocument {
  const doc = largeDesign(30);
  doc.elements = doc.elements.map((e) => (e.kind === 'erGateway' ? { ...e, props: { ...e.props, sku: 'ErGw3Az', fastPath: true } } : e));
  return doc;
}

// The designs in which some site reaches a VNet (some random ones have no path).
const candidates: Array<[string, TopologyDocument]> = [
  ...TEMPLATES.map((t): [string, TopologyDocument] => [`template ${t.id}`, t.build()]),
  ...randomDesigns(32).map((doc, i): [string, TopologyDocument] => [`random ${i}`, doc]),
  ['largeDesign(30)', largeDesign(30)],
  ['largeDesign(30) with FastPath', withFastPath()],
];
const designs = candidates.filter(([, doc]) => sitePaths(doc).length > 0);

describe('WayIn and PeeringHop: their figures are those of what explains them', () => {
  it('has designs of every kind to hold it to', () => {
    expect(designs.length).toBeGreaterThanOrEqual(TEMPLATES.length + 16);
  });

  it.each(designs)('%s', (_name, doc) => {
    const ctx = contextOf(doc);
    // Every path, so the ways in of paths through a peering (estimatePath) are held too.
    for (const path of sitePaths(ctx)) {
      const way = new WayIn(ctx, 0, path, PARAMETERS);
      const at = path.elementIds.join('>');
      expect(way.rttMs, at).toBe(sumRtt(way.legs));
      expect(way.availability, at).toBe(series(way.components.map((c) => c.value)));
      expect(way.inSeries, at).toBe(combineParallel([way.components]).privateParts[0]);
      expect(way.neckMbps, at).toBe(bottleneck(way.capacities).mbps);
      expect(way.neckMbps, at).toBe(way.neck.mbps);
      expect(way.spokeNeckMbps, at).toBe(way.spokeNeck.mbps);
      expect(way.spokeNeckMbps, at).toBe(bottleneck(way.spokeCapacities).mbps);
      if (path.throughPeering === undefined) continue;
      const hop = new PeeringHop(ctx, 0, path.throughPeering, way.hub, path.vnetId, PARAMETERS);
      expect(hop.rttMs, at).toBe(hop.leg.rttMs);
      expect(hop.value, at).toBe(hop.component.value);
      expect(hop.input, at).toEqual({ name: hop.component.name, value: hop.component.value, provenance: hop.component.provenance, source: hop.component.source });
    }
  });

  it.each(designs)('explains itself from what it keeps of its part as from the whole context: %s', (_name, doc) => {
    const ctx = contextOf(doc);
    for (const path of sitePaths(ctx)) {
      // As made to be kept through edits: with what it reads of its part, not the context.
      const way = new WayIn(ctx, 0, path, PARAMETERS, undefined, true);
      const { legs, warnings, capacities, neck, components, inputs, spokeCapacities, spokeNeck } = way;
      expect({ legs, warnings, capacities, neck, components, inputs, spokeCapacities, spokeNeck }, path.elementIds.join('>')).toEqual(explainOverContext(ctx, path, PARAMETERS));
      if (path.throughPeering === undefined) continue;
      const hop = new PeeringHop(ctx, 0, path.throughPeering, way.hub, path.vnetId, PARAMETERS);
      expect(hop.component.name).toBe(`VNet peering ${ctx.label(path.throughPeering)}`);
    }
  });

  // Every component can fail here, the provider's last mile and the peerings too (1 by default).
  const allCanFail: EstimateParameters = {
    ...PARAMETERS,
    providerLastMileAvailability: { ...PARAMETERS.providerLastMileAvailability, value: 0.9995 },
    vnetPeeringAvailability: { ...PARAMETERS.vnetPeeringAvailability, value: 0.99995 },
  };

  it.each([
    ['default parameters', PARAMETERS],
    ['every component can fail', allCanFail],
  ] as const)('lists the keys of the components that can fail, and combines ways from their figures as combineParallel does (%s)', (_name, params) => {
    let independent = 0;
    let sharing = 0;
    for (const [, doc] of designs) {
      const ctx = contextOf(doc);
      const bySite = new Map<string, SitePath[]>();
      for (const path of sitePaths(ctx)) {
        const way = new WayIn(ctx, 0, path, params);
        const at = path.elementIds.join('>');
        expect(way.failingKeys(), at).toEqual(way.components.filter((c) => c.value < 1).map((c) => c.key));
        if (path.throughPeering === undefined) bySite.set(path.siteId, [...(bySite.get(path.siteId) ?? []), path]);
      }
      for (const [siteId, paths] of bySite) {
        if (paths.length < 2) continue;
        const routes = paths.map((path, i) => ({ way: new WayIn(ctx, i, path, params), hop: undefined, peeringId: '', vnetId: path.vnetId }));
        const figure = independentAvailability(routes);
        const exact = combineParallel(routes.map((r) => r.way.components));
        if (figure === undefined) {
          sharing++;
          expect(exact.shared.length, siteId).toBeGreaterThan(0);
        } else {
          independent++;
          expect(figure, siteId).toBe(exact.availability);
          expect(exact.shared, siteId).toEqual([]);
        }
      }
    }
    // Both ways of combining are held: sites whose ways share nothing, and sites whose ways share a component.
    expect(independent).toBeGreaterThan(0);
    expect(sharing).toBeGreaterThan(0);
  });

  it('tells the way on to a spoke from the way in when FastPath takes the gateway out of the latter', () => {
    const doc = withFastPath();
    const ctx = contextOf(doc);
    const erWays = sitePaths(ctx).filter((p) => p.via === 'expressRoute' && p.throughPeering === undefined);
    expect(erWays.length).toBeGreaterThan(0);
    for (const path of erWays) {
      const way = new WayIn(ctx, 0, path, PARAMETERS);
      // ErGw3Az: 10,000 Mbps through the gateway, above the circuit's own bandwidth; the way in has no gateway capacity.
      expect(way.capacities.some((c) => c.name.includes('gateway'))).toBe(false);
      expect(way.spokeCapacities.some((c) => c.name.includes('gateway'))).toBe(true);
    }
  });
});
