import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_EXTENSION, loadDocument, serializeDocument } from '../format/index';
import { absoluteRects } from '../model/geometry';
import { ELEMENT_KIND_INFO, presetById } from '../model/elementCatalog';
import type { TopologyDocument } from '../model/types';
import { validate } from '../validation/index';
import { largeDesign } from '../testing/largeDesign';
import { autoLayout, LAYOUT_GRID } from './autoLayout';
import { BATCH_ELEMENTS } from './batches';
import { hubAndSpoke, pileUp, stackedDesign } from './testing/designs';
import { TARGET_ASPECT } from './stackBatches';
import { bandsOf, layoutProblems, withoutGeometry } from './testing/layoutChecks';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((name) => name.endsWith(FILE_EXTENSION));

function example(name: string): TopologyDocument {
  const result = loadDocument(readFileSync(new URL(name, examplesDir), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.document;
}

/** Two VNets: gateways straight in the VNet and two levels down in a GatewaySubnet, with tunnels to both. */
function nestedGateways(): TopologyDocument {
  return stackedDesign(
    'Nested gateways',
    [
      { id: 'site', kind: 'onPremSite' },
      { id: 'fw', kind: 'vpnDevice' },
      { id: 'lng', kind: 'localNetworkGateway' },
      { id: 'users', kind: 'p2sUserGroup' },
      { id: 'hub', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub', props: { prefix: '10.0.255.0/27' } },
      { id: 'vpngw', kind: 'vpnGateway', parentId: 'gws' },
      { id: 'ergw', kind: 'erGateway', parentId: 'gws' },
      { id: 'work', kind: 'subnet', name: 'snet-work', parentId: 'hub', props: { prefix: '10.0.1.0/24' } },
      { id: 'other', kind: 'vnet', props: { addressSpaces: ['10.1.0.0/16'] } },
      { id: 'loose-gw', kind: 'vpnGateway', parentId: 'other' },
      { id: 'circuit', kind: 'erCircuit' },
      { id: 'm365', kind: 'microsoftServices' },
      { id: 'where', kind: 'peeringLocation' },
    ],
    [
      { id: 'lm', kind: 'lastMile', source: 'site', target: 'fw' },
      { id: 'tunnel', kind: 's2s', source: 'vpngw', target: 'fw' },
      { id: 'tunnel-lng', kind: 's2s', source: 'lng', target: 'loose-gw' },
      { id: 'clients', kind: 'p2s', source: 'users', target: 'vpngw' },
      { id: 'er', kind: 'erConnection', source: 'ergw', target: 'circuit' },
      { id: 'msp', kind: 'microsoftPeering', source: 'm365', target: 'circuit' },
      { id: 'xc', kind: 'providerCrossConnect', source: 'where', target: 'circuit' },
      { id: 'peer', kind: 'vnetPeering', source: 'other', target: 'hub' },
    ],
  );
}

/** What validation says, without the fix functions (which are new closures on every run). */
const findingsOf = (doc: TopologyDocument) => validate(doc).map(({ fix, ...finding }) => ({ ...finding, fix: fix?.label }));

const messyDesigns: Array<[string, () => TopologyDocument]> = [
  ...examples.map((name): [string, () => TopologyDocument] => [`${name}, as saved`, () => example(name)]),
  ...examples.map((name): [string, () => TopologyDocument] => [`${name}, every element at (0, 0)`, () => pileUp(example(name))]),
  ['a hub with 30 sites and 20 spokes, all at (0, 0)', () => hubAndSpoke(30, 20)],
  ['gateways nested in VNets and GatewaySubnets, all at (0, 0)', nestedGateways],
];

describe('autoLayout', () => {
  it.each(messyDesigns.filter(([name]) => !name.includes('as saved')))('starts from a real mess: %s overlaps before layout', (_name, make) => {
    expect(layoutProblems(make()).length).toBeGreaterThan(0);
  });

  it.each(messyDesigns)('lays out %s with nothing overlapping, children inside and the columns in order', async (_name, make) => {
    const laidOut = await autoLayout(make());
    expect(layoutProblems(laidOut)).toEqual([]);
  });

  it.each(messyDesigns)('changes nothing but geometry in %s: same meaning, same findings, loads back as is', async (_name, make) => {
    const before = make();
    const laidOut = await autoLayout(before);
    expect(withoutGeometry(laidOut)).toEqual(withoutGeometry(before));
    expect(findingsOf(laidOut)).toEqual(findingsOf(before));
    const reloaded = loadDocument(serializeDocument(laidOut));
    expect(reloaded.ok && reloaded.repairs).toEqual([]);
    expect(reloaded.ok && reloaded.document).toEqual(laidOut);
  });

  it('puts on-premises, connectivity and Azure elements in three columns, left to right', async () => {
    const rects = absoluteRects(await autoLayout(nestedGateways()));
    const right = (ids: string[]) => Math.max(...ids.map((id) => rects.get(id)!.x + rects.get(id)!.width));
    const left = (ids: string[]) => Math.min(...ids.map((id) => rects.get(id)!.x));
    expect(right(['site', 'fw', 'lng', 'users'])).toBeLessThan(left(['circuit', 'm365', 'where']));
    expect(right(['circuit', 'm365', 'where'])).toBeLessThan(left(['hub', 'other']));
  });

  it('follows the flow of traffic inside a column, whichever way a link was drawn', async () => {
    const rects = absoluteRects(await autoLayout(nestedGateways()));
    expect(rects.get('site')!.x).toBeLessThan(rects.get('fw')!.x);
    expect(rects.get('where')!.x).toBeLessThan(rects.get('circuit')!.x);
    expect(rects.get('circuit')!.x).toBeLessThan(rects.get('m365')!.x);
  });

  it('puts the hub, whose gateways carry the tunnels, left of the spokes peered with it', async () => {
    const rects = absoluteRects(await autoLayout(hubAndSpoke(3, 4)));
    for (let v = 0; v < 4; v++) expect(rects.get('hub')!.x + rects.get('hub')!.width).toBeLessThan(rects.get(`spoke-${v}`)!.x);
  });

  it('keeps a long chain of peered VNets in two columns instead of one column per VNet', async () => {
    const ids = ['v0', 'v1', 'v2', 'v3', 'v4', 'v5'];
    const chain = stackedDesign(
      'Chain',
      ids.map((id) => ({ id, kind: 'vnet' as const })),
      ids.slice(1).map((id, i) => ({ id: `peer-${i}`, kind: 'vnetPeering' as const, source: ids[i]!, target: id })),
    );
    const laidOut = await autoLayout(chain);
    expect(layoutProblems(laidOut)).toEqual([]);
    expect(new Set(laidOut.elements.map((e) => e.position.x)).size).toBeLessThanOrEqual(2);
  });

  it('snaps every position and container size to the canvas grid', async () => {
    const laidOut = await autoLayout(hubAndSpoke(5, 5));
    for (const e of laidOut.elements) {
      expect([e.position.x % LAYOUT_GRID, e.position.y % LAYOUT_GRID], e.id).toEqual([0, 0]);
      if (e.size) expect([e.size.width % LAYOUT_GRID, e.size.height % LAYOUT_GRID], e.id).toEqual([0, 0]);
    }
  });

  it('grows a container to fit its children and keeps an empty one at the size the palette gives it', async () => {
    const design = stackedDesign('Sizes', [
      { id: 'full', kind: 'vnet' },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `snet-${n}`, kind: 'subnet' as const, parentId: 'full' })),
      { id: 'empty', kind: 'vnet' },
      { id: 'host', kind: 'vnet' },
      { id: 'empty-gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'host' },
    ]);
    const shrunk = { ...design, elements: design.elements.map((e) => (e.kind === 'vnet' ? { ...e, size: { width: 50, height: 50 } } : e)) };
    const laidOut = await autoLayout(shrunk);
    expect(layoutProblems(laidOut)).toEqual([]);
    const byId = new Map(laidOut.elements.map((e) => [e.id, e]));
    const vnetDefault = ELEMENT_KIND_INFO.vnet.container!.defaultSize;
    expect(byId.get('empty')!.size).toEqual(vnetDefault);
    expect(byId.get('empty-gws')!.size).toEqual(presetById('gatewaySubnet')!.size);
    expect(byId.get('full')!.size!.height).toBeGreaterThan(vnetDefault.height);
  });

  it('never draws a container with children below the kind’s minimum size', async () => {
    const laidOut = await autoLayout(stackedDesign('One', [{ id: 'v', kind: 'vnet' }, { id: 's', kind: 'subnet', parentId: 'v' }]));
    const min = ELEMENT_KIND_INFO.vnet.container!.minSize;
    const vnet = laidOut.elements.find((e) => e.id === 'v')!;
    expect(vnet.size!.width).toBeGreaterThanOrEqual(min.width);
    expect(vnet.size!.height).toBeGreaterThanOrEqual(min.height);
  });

  it('leaves room at the top of a container for its title bar', async () => {
    const laidOut = await autoLayout(nestedGateways());
    for (const e of laidOut.elements) if (e.parentId) expect(e.position.y, e.id).toBeGreaterThanOrEqual(30);
  });

  it('gives the same result every time', async () => {
    const first = serializeDocument(await autoLayout(hubAndSpoke(10, 6)));
    expect(serializeDocument(await autoLayout(hubAndSpoke(10, 6)))).toBe(first);
  });

  it('lays a large estate out in batches, in bands side by side, with nothing overlapping and the columns straight down each band', async () => {
    // 400 elements: seven hubs of about 55 elements each, more than one batch (BATCH_ELEMENTS).
    const estate = pileUp(largeDesign(400));
    const laidOut = await autoLayout(estate);
    // layoutProblems holds every column wholly left of the next within each band.
    expect(layoutProblems(laidOut)).toEqual([]);
    expect(withoutGeometry(laidOut)).toEqual(withoutGeometry(estate));
    const rects = absoluteRects(laidOut);
    const hubs = laidOut.elements.filter((e) => /^hub-\d+$/.test(e.id));
    expect(hubs.length).toBeGreaterThan(BATCH_ELEMENTS / 55);
    const bands = bandsOf(laidOut);
    const bandCount = new Set(bands.values()).size;
    expect(bandCount).toBeGreaterThan(1);
    // The hubs come in the document's order: band after band, left to right, top to bottom in each.
    const place = hubs.map((e) => [bands.get(e.id)!, rects.get(e.id)!.y] as const);
    expect(place).toEqual([...place].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(hubs.map((e) => bands.get(e.id))).toEqual([...hubs.map((e) => bands.get(e.id)!)].sort((a, b) => a - b));
    // The hub VNets of a band share one stretch of x: its Azure column runs straight down.
    for (let band = 0; band < bandCount; band++) {
      const inBand = hubs.filter((e) => bands.get(e.id) === band).map((e) => rects.get(e.id)!);
      expect(Math.max(...inBand.map((r) => r.x))).toBeLessThan(Math.min(...inBand.map((r) => r.x + r.width)));
    }
    // Bands bring the picture near a screen's shape: a single pile of this estate was 0.22 wide for 1 high.
    const tops = laidOut.elements.filter((e) => !e.parentId).map((e) => rects.get(e.id)!);
    const width = Math.max(...tops.map((r) => r.x + r.width)) - Math.min(...tops.map((r) => r.x));
    const height = Math.max(...tops.map((r) => r.y + r.height)) - Math.min(...tops.map((r) => r.y));
    expect(width / height).toBeGreaterThan(TARGET_ASPECT / 2);
    expect(width / height).toBeLessThan(TARGET_ASPECT * 2);
  }, 30_000);

  it('returns an empty design unchanged', async () => {
    const empty = stackedDesign('Empty', []);
    expect(await autoLayout(empty)).toBe(empty);
  });
});
