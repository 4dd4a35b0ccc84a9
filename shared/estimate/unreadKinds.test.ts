// The estimates keep a part's results through an edit of elements of kinds they do not read
// (COST_UNREAD_KINDS, PATHS_UNREAD_KINDS), as through a move: held here to what they read, and to
// one run over the whole document after such an edit.
import { describe, expect, it } from 'vitest';
import { updateElement } from '../model/operations';
import type { ElementKind } from '../model/enums';
import type { ElementOfKind } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { kindsRead, propsRead } from '../validation/testing/ruleReads';
import { readsCorpus } from '../validation/testing/readsCorpus';
import { COST_UNREAD_KINDS, estimateCost, estimateCostWhole } from './cost';
import { estimatePaths, estimatePathsWhole, PATHS_UNREAD_KINDS, PATHS_UNREAD_PROPS } from './paths';
import { withBranchesDualHomed } from './testing/manyParts';

/** The kinds an estimate read over the corpus, everything in it serialised (explanations are made when read). */
function readOverCorpus(estimate: (doc: Parameters<typeof estimateCostWhole>[0]) => unknown): Set<ElementKind> {
  const read = new Set<ElementKind>();
  for (const doc of readsCorpus()) for (const kind of kindsRead((ctx) => JSON.stringify(estimate(ctx.doc)), doc)) read.add(kind);
  return read;
}

const json = (value: unknown) => JSON.stringify(value);

describe('kinds of element the estimates do not read', () => {
  it('the cost estimate reads no field of COST_UNREAD_KINDS but ids, kinds and parents', () => {
    expect([...readOverCorpus((doc) => estimateCostWhole(doc))].filter((kind) => COST_UNREAD_KINDS.has(kind))).toEqual([]);
  });

  it('the path estimates read no field of PATHS_UNREAD_KINDS but ids, kinds and parents, and no property of PATHS_UNREAD_PROPS', () => {
    expect([...readOverCorpus((doc) => estimatePathsWhole(doc))].filter((kind) => PATHS_UNREAD_KINDS.has(kind))).toEqual([]);
    const props = new Set<string>();
    for (const doc of readsCorpus()) for (const prop of propsRead((ctx) => JSON.stringify(estimatePathsWhole(ctx.doc)), doc)) props.add(prop);
    expect([...props].filter((prop) => PATHS_UNREAD_PROPS.has(prop))).toEqual([]);
  });

  it('keeps both estimates of a design that is one part through a subnet edit, and works them out again after a gateway edit', () => {
    // Branches tunnelled to two hubs: one part for both estimates.
    const before = withBranchesDualHomed(largeDesign(400));
    const cost = estimateCost(before);
    const paths = estimatePaths(before);
    const renumbered = updateElement(before, 'hub-1-spoke-0-data', { name: 'snet-db', props: { prefix: '10.200.0.0/25' } });
    const costAfter = estimateCost(renumbered);
    const pathsAfter = estimatePaths(renumbered);
    costAfter.lines.forEach((line, i) => expect(line).toBe(cost.lines[i]));
    pathsAfter.forEach((estimate, i) => expect(estimate).toBe(paths[i]));
    expect(json(costAfter)).toBe(json(estimateCostWhole(renumbered)));
    expect(json(pathsAfter)).toBe(json(estimatePathsWhole(renumbered)));

    // A site's traffic: priced, not timed.
    const site = renumbered.elements.find((e) => e.id === 'hub-1-site-0') as ElementOfKind<'onPremSite'>;
    const busier = updateElement(renumbered, site.id, { props: { traffic: { ...site.props.traffic, gbPerMonth: site.props.traffic.gbPerMonth + 100 } } });
    estimatePaths(busier).forEach((estimate, i) => expect(estimate).toBe(paths[i]));
    expect(estimateCost(busier).totalUsd).toBeGreaterThan(costAfter.totalUsd);

    const resized = updateElement(busier, 'hub-1-vpngw', { props: { sku: 'VpnGw5AZ' } });
    const costResized = estimateCost(resized);
    expect(costResized.lines.find((line) => line.itemId === 'hub-1-vpngw')).not.toBe(cost.lines.find((line) => line.itemId === 'hub-1-vpngw'));
    expect(json(costResized)).toBe(json(estimateCostWhole(resized)));
    expect(json(estimatePaths(resized))).toBe(json(estimatePathsWhole(resized)));
  });
});
