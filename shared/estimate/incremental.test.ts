// Validation and both estimates work a design out part by part and keep each part's results between
// edits (shared/topology/parts.ts). Here random edits, one after another, on designs of several
// parts: after each edit the results must be those of one run over the whole document, nothing kept
// (validateWhole, estimateCostWhole, estimatePathsWhole), to the byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import { addLink, deleteItems, moveElements, updateElement, updateLink } from '../model/operations';
import { linkSchema } from '../model/schema';
import type { TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { partsOf } from '../topology/parts';
import { validate, validateWhole } from '../validation/validate';
import { estimateCost, estimateCostWhole } from './cost';
import { estimatePaths, estimatePathsWhole } from './paths';
import { joined, peered, sideBySide, withBranchesDualHomed, withHubsJoined, withHubsPeered } from './testing/manyParts';
import { randomDesigns } from './testing/randomDesigns';

const IPS = ['51.0.0.1', '51.0.0.9', ''];
const REGIONS = ['westeurope', 'eastus', 'japaneast', ''];
const PRICE_IDS = Object.keys(DEFAULT_PRICE_BOOK.entries);
const OPS = ['rename', 'address', 'traffic', 'region', 'sku', 'move', 'resize', 'notes', 'delete', 'link', 'reach', 'unlink', 'prices'] as const;
// Global Reach subnets: none, valid, with host bits set, too small.
const REACH_SUBNETS = ['', '10.99.0.0/29', '10.99.0.1/29', '10.99.0.0/30'];
type Edit = { op: (typeof OPS)[number]; pick: number; other: number };

const editArb: fc.Arbitrary<Edit> = fc.record({ op: fc.constantFrom(...OPS), pick: fc.nat(), other: fc.nat() });

function applyEdit(doc: TopologyDocument, { op, pick, other }: Edit): TopologyDocument {
  const els = doc.elements;
  if (els.length === 0) return doc;
  const el = els[pick % els.length]!;
  const ofKind = (...kinds: string[]) => els.filter((e) => kinds.includes(e.kind));
  const nth = <T>(list: readonly T[]) => list[pick % Math.max(1, list.length)];
  switch (op) {
    case 'rename':
      return updateElement(doc, el.id, { name: `renamed ${other}` });
    case 'address': {
      const target = nth(ofKind('vpnDevice', 'localNetworkGateway'));
      if (!target) return doc;
      const ip = IPS[other % IPS.length]!;
      return updateElement(doc, target.id, { props: target.kind === 'vpnDevice' ? { publicIp: ip } : { gatewayIp: ip } });
    }
    case 'traffic': {
      const target = nth(ofKind('onPremSite', 'p2sUserGroup'));
      return target ? updateElement(doc, target.id, { props: { traffic: { gbPerMonth: (other % 4) * 150, peakMbps: 100 } } }) : doc;
    }
    case 'region': {
      const target = nth(ofKind('vnet'));
      return target ? updateElement(doc, target.id, { props: { region: REGIONS[other % REGIONS.length] } }) : doc;
    }
    case 'sku': {
      const target = nth(ofKind('vpnGateway'));
      return target ? updateElement(doc, target.id, { props: { sku: ['VpnGw1', 'VpnGw2AZ', 'Basic'][other % 3] } }) : doc;
    }
    case 'move': {
      // The element and, every other time, the first of the document (which keys its part's results).
      const moves = new Map([[el.id, { x: el.position.x + 5, y: el.position.y }]]);
      if (other % 2 === 0) moves.set(els[0]!.id, { x: els[0]!.position.x, y: els[0]!.position.y + 7 });
      return moveElements(doc, moves);
    }
    case 'resize':
      return updateElement(doc, el.id, { size: { width: 200 + (other % 5) * 10, height: 120 } });
    case 'notes': {
      const link = doc.links[other % Math.max(1, doc.links.length)];
      return link && other % 2 === 0 ? updateLink(doc, link.id, { notes: `note ${pick}` }) : updateElement(doc, el.id, { notes: `note ${pick}` });
    }
    case 'delete':
      return deleteItems(doc, [el.id]);
    case 'link':
      return addLink(doc, el.id, els[other % els.length]!.id);
    case 'reach': {
      // Global Reach between two circuits, or now and then between any two elements.
      const circuits = ofKind('erCircuit');
      const ends = circuits.length >= 2 && other % 4 !== 0 ? [circuits[pick % circuits.length]!, circuits[other % circuits.length]!] : [el, els[other % els.length]!];
      const subnet = REACH_SUBNETS[other % REACH_SUBNETS.length];
      const link = linkSchema.parse({ id: `reach-${doc.links.length}-${pick}`, kind: 'globalReach', source: ends[0]!.id, target: ends[1]!.id, props: { subnet } });
      return { ...doc, links: [...doc.links, link] };
    }
    case 'unlink':
      return doc.links.length ? deleteItems(doc, [doc.links[other % doc.links.length]!.id]) : doc;
    case 'prices':
      return { ...doc, priceOverrides: { [PRICE_IDS[other % PRICE_IDS.length]!]: pick % 500 } };
  }
}

const json = (value: unknown) => JSON.stringify(value);

function expectSameAsWhole(doc: TopologyDocument, step: string): void {
  expect(json(validate(doc)), `${step}: findings`).toBe(json(validateWhole(doc)));
  expect(json(estimateCost(doc)), `${step}: cost`).toBe(json(estimateCostWhole(doc)));
  expect(json(estimatePaths(doc)), `${step}: paths`).toBe(json(estimatePathsWhole(doc)));
}

describe('results worked out part by part, kept between edits', () => {
  const random = randomDesigns(15, 7);
  const starts: Array<[string, TopologyDocument]> = [
    ['three random designs', sideBySide(random.slice(0, 3))],
    ['four random designs', sideBySide(random.slice(3, 7))],
    ['a hub-and-spoke estate and two random designs', sideBySide([largeDesign(120), ...random.slice(7, 9)])],
    ['three random designs joined into one part', joined(sideBySide(random.slice(9, 12)))],
    ['a hub-and-spoke estate and three random designs, their VNets peered to each other', peered(sideBySide([largeDesign(120), ...random.slice(12, 15)]))],
    // The estimates read it hub by hub, each with the peerings to the hubs next to it (topology/peeringsAround.ts).
    ['a hub-and-spoke estate with its hubs peered to each other, and two random designs', peered(sideBySide([withHubsPeered(largeDesign(200)), ...random.slice(0, 2)]))],
    // One part of over 200 elements for most rules: an edit in place keeps the findings of the rules
    // that read none of the kinds it changed (Rule.reads, validatePart).
    ['a hub-and-spoke estate with a branch per hub tunnelled to the next hub', withBranchesDualHomed(largeDesign(400))],
  ];

  it('starts from designs of several parts, and from one of a single part', () => {
    expect(starts.map(([, doc]) => partsOf(doc).parts.length > 1)).toEqual([true, true, true, false, true, true, false]);
    // The peerings join the designs, and the hubs to their spokes, except for the rules that do not read them.
    const peeredStart = starts[4]![1];
    expect(partsOf(peeredStart, 'without Global Reach or peering').parts.length).toBeGreaterThan(partsOf(peeredStart).parts.length + 8);
  });

  it.each(starts)('%s: the same as one run over the whole document after every edit', (_, start) => {
    expect(json(validate(start))).toBe(json(validateWhole(start)));
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => {
        let doc = structuredClone(start);
        expectSameAsWhole(doc, 'start');
        edits.forEach((edit, i) => {
          doc = applyEdit(doc, edit);
          expectSameAsWhole(doc, `edit ${i + 1} (${edit.op})`);
        });
      }),
      { seed: 20_261_122, numRuns: 40 },
    );
  });

  it('keeps the results of the parts an edit left alone, and works out the edited part again', () => {
    const before = largeDesign(120);
    const findings = validate(before);
    const paths = estimatePaths(before);
    // More traffic for the cost, and a place for the paths, which read no traffic.
    const after = updateElement(before, 'hub-1-site-0', { props: { traffic: { gbPerMonth: 999, peakMbps: 100 }, latitude: 48.1, longitude: 11.6 } });
    const hub0 = (list: readonly { siteId: string }[]) => list.filter((e) => e.siteId.startsWith('hub-0-'));
    const hub1 = (list: readonly { siteId: string }[]) => list.filter((e) => e.siteId.startsWith('hub-1-'));
    const pathsAfter = estimatePaths(after);
    // The same objects: kept, not worked out again.
    hub0(pathsAfter).forEach((e, i) => expect(e).toBe(hub0(paths)[i]));
    hub1(pathsAfter).forEach((e, i) => expect(e).not.toBe(hub1(paths)[i]));
    const findingsAfter = validate(after);
    expect(findingsAfter.filter((f) => f.elementIds[0]!.startsWith('hub-0-')).every((f) => findings.includes(f))).toBe(true);
    expect(findingsAfter.filter((f) => f.elementIds[0]!.startsWith('hub-1-')).some((f) => findings.includes(f))).toBe(false);
  });

  it('keeps the estimates of the hubs an edit left alone when the hubs are peered to each other', () => {
    const before = withHubsPeered(largeDesign(240));
    const paths = estimatePaths(before);
    const cost = estimateCost(before);
    // More traffic for the cost, and a place for the paths, which read no traffic.
    const after = updateElement(before, 'hub-1-site-0', { props: { traffic: { gbPerMonth: 999, peakMbps: 100 }, latitude: 48.1, longitude: 11.6 } });
    const pathsAfter = estimatePaths(after);
    const costAfter = estimateCost(after);
    const ofHub = <T extends { siteId: string }>(h: number, list: readonly T[]) => list.filter((e) => e.siteId.startsWith(`hub-${h}-`));
    // The paths of hub-0's sites, which reach hub-1 over their peering, are kept; hub-1's are not.
    expect(ofHub(0, paths).some((e) => e.vnetId === 'hub-1')).toBe(true);
    ofHub(0, pathsAfter).forEach((e, i) => expect(e).toBe(ofHub(0, paths)[i]));
    ofHub(1, pathsAfter).forEach((e, i) => expect(e).not.toBe(ofHub(1, paths)[i]));
    // The peering from hub-1 to hub-2 carries the site's new traffic; the one between hub-3 and hub-4 is kept.
    const line = (estimate: typeof cost, id: string) => estimate.lines.find((l) => l.itemId === id)!;
    expect(line(costAfter, 'hub-peering-1').monthlyUsd!).toBeGreaterThan(line(cost, 'hub-peering-1').monthlyUsd!);
    expect(line(costAfter, 'hub-peering-3')).toBe(line(cost, 'hub-peering-3'));
    expect(json(pathsAfter)).toBe(json(estimatePathsWhole(after)));
    expect(json(costAfter)).toBe(json(estimateCostWhole(after)));
  });

  it("works out again the paths that reach a peered hub when that hub's region changes", () => {
    const before = withHubsPeered(largeDesign(240));
    const toHub1 = (list: ReturnType<typeof estimatePaths>) => list.find((e) => e.siteId === 'hub-0-site-0' && e.vnetId === 'hub-1')!;
    const rtt = toHub1(estimatePaths(before)).paths[0]!.rttMs!;
    const after = updateElement(before, 'hub-1', { props: { region: 'australiaeast' } });
    expect(toHub1(estimatePaths(after)).paths[0]!.rttMs!).toBeGreaterThan(rtt + 100);
    expect(json(estimatePaths(after))).toBe(json(estimatePathsWhole(after)));
  });

  it('keeps the Global Reach lines of an estate joined by Global Reach through an edit elsewhere in it', () => {
    const before = withHubsJoined(largeDesign(240));
    const cost = estimateCost(before);
    const line = (estimate: typeof cost, id: string) => estimate.lines.find((l) => l.itemId === id)!;
    const renamedSite = updateElement(before, 'hub-1-site-0', { name: 'renamed site' });
    const afterSite = estimateCost(renamedSite);
    expect(line(afterSite, 'global-reach-0')).toBe(line(cost, 'global-reach-0'));
    // Renaming a circuit the lines name works them out again.
    const renamedCircuit = updateElement(renamedSite, 'hub-1-er', { name: 'renamed circuit' });
    const afterCircuit = estimateCost(renamedCircuit);
    expect(line(afterCircuit, 'global-reach-0')).not.toBe(line(cost, 'global-reach-0'));
    expect(json(line(afterCircuit, 'global-reach-0'))).toContain('renamed circuit');
    expect(json(afterCircuit)).toBe(json(estimateCostWhole(renamedCircuit)));
  });
});
