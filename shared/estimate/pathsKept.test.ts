// After an edit in place of a design that is one part, the path estimates keep each site's estimates
// whose ways in are as they were and read none of the elements the edit changed (estimatePart,
// sitePathsRead). Held here to what a site's estimates read, and to one run over the whole document
// after such edits.
import { describe, expect, it } from 'vitest';
import { updateElement } from '../model/operations';
import type { ElementOfKind, TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { waysBySite } from '../topology/sitePaths';
import { ValidationContext } from '../validation/context';
import { idsRead } from '../validation/testing/ruleReads';
import { readsCorpus } from '../validation/testing/readsCorpus';
import { PARAMETERS } from './parameters';
import { estimatePaths, estimatePathsWhole, siteEstimator, sitePathsRead } from './paths';
import { withBranchesDualHomed } from './testing/manyParts';
import type { SiteVnetEstimate } from './types';

const json = (value: unknown) => JSON.stringify(value);

describe("what a site's path estimates read", () => {
  it('is the elements along its ways in, and the VNets peered with their VNets and the peerings', () => {
    let sites = 0;
    for (const doc of readsCorpus()) {
      // The ways are found beforehand: the walk reads the whole part, for every site at once.
      const bySite = waysBySite(doc);
      bySite.forEach((ways, siteId) => {
        sites++;
        const read = idsRead((ctx) => {
          const out: SiteVnetEstimate[] = [];
          siteEstimator(ctx, PARAMETERS, out)(ways);
          // Serialised: what the estimates read when explained is read too.
          return json(out);
        }, doc);
        const declared = sitePathsRead(new ValidationContext(doc), ways);
        expect([...read].filter((id) => !declared.has(id)), siteId).toEqual([]);
      });
    }
    expect(sites).toBeGreaterThan(500);
  });
});

describe('the path estimates of a design that is one part, after an edit in place', () => {
  /** Branches tunnelled to two hubs (one part of 400 elements), estimated, then edited once. */
  function afterAnEdit(): TopologyDocument {
    const doc = withBranchesDualHomed(largeDesign(400));
    estimatePaths(doc);
    const edited = updateElement(doc, 'hub-0-site-3', { name: 'first edit' });
    estimatePaths(edited);
    return edited;
  }
  const sameObjects = (after: readonly SiteVnetEstimate[], before: readonly SiteVnetEstimate[], keptSite: (siteId: string) => boolean) => {
    const was = new Map(before.map((e) => [`${e.siteId}>${e.vnetId}`, e]));
    let kept = 0;
    for (const e of after) {
      if (!keptSite(e.siteId)) continue;
      expect(e, `${e.siteId}>${e.vnetId}`).toBe(was.get(`${e.siteId}>${e.vnetId}`));
      kept++;
    }
    return kept;
  };

  it("keeps every other site's estimates through a site's rename, and names it anew in its own", () => {
    const doc = afterAnEdit();
    const before = estimatePaths(doc);
    const renamed = updateElement(doc, 'hub-1-site-0', { name: 'Renamed branch' });
    const after = estimatePaths(renamed);
    expect(json(after)).toBe(json(estimatePathsWhole(renamed)));
    expect(sameObjects(after, before, (siteId) => siteId !== 'hub-1-site-0')).toBeGreaterThan(300);
    const own = after.filter((e) => e.siteId === 'hub-1-site-0');
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(json(e)).toContain('Renamed branch');
  });

  it("works out again the sites a gateway's SKU edit reaches, and keeps the others", () => {
    const doc = afterAnEdit();
    const before = estimatePaths(doc);
    const gateway = doc.elements.find((e) => e.id === 'hub-2-vpngw') as ElementOfKind<'vpnGateway'>;
    const resized = updateElement(doc, gateway.id, { props: { sku: gateway.props.sku === 'VpnGw5AZ' ? 'VpnGw2AZ' : 'VpnGw5AZ' } });
    const after = estimatePaths(resized);
    expect(json(after)).toBe(json(estimatePathsWhole(resized)));
    const ctx = new ValidationContext(resized);
    const through = new Set<string>();
    waysBySite(resized).forEach((ways, siteId) => {
      if (sitePathsRead(ctx, ways).has(gateway.id)) through.add(siteId);
    });
    expect(through.size).toBeGreaterThan(5);
    expect(sameObjects(after, before, (siteId) => !through.has(siteId))).toBeGreaterThan(200);
    for (const e of after) if (through.has(e.siteId)) expect(before).not.toContain(e);

    // A site moved on the map: its round trips change, no other site's.
    const site = resized.elements.find((e) => e.id === 'hub-3-site-1') as ElementOfKind<'onPremSite'>;
    const moved = updateElement(resized, site.id, { props: { latitude: site.props.latitude === null ? 10 : site.props.latitude - Math.sign(site.props.latitude) } });
    const afterMove = estimatePaths(moved);
    expect(json(afterMove)).toBe(json(estimatePathsWhole(moved)));
    expect(sameObjects(afterMove, after, (siteId) => siteId !== site.id)).toBeGreaterThan(300);
  });
});
