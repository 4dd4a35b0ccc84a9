// Random small hybrid designs for the estimator oracle (oracle.test.ts): every element kind a path
// can cross, with random links between them (duplicates, LNGs matching a device's address, peerings
// both ways, gateways outside a VNet, unknown regions and locations), so the path walk, the
// estimators and the rules meet their corner cases. fast-check with a fixed seed: the same designs
// every run, so their outputs can be snapshotted.
import fc from 'fast-check';
import type { ElementKind, LinkKind } from '../../model/enums';
import { LINK_KIND_INFO } from '../../model/linkKinds';
import { elementSchema, linkSchema } from '../../model/schema';
import type { TopologyDocument, TopologyElement } from '../../model/types';

const REGIONS = ['westeurope', 'northeurope', 'eastus', '', 'atlantis'];
const LOCATIONS = ['Amsterdam', 'London', 'Washington DC', '', 'Atlantis'];
const IPS = ['51.0.0.1', '51.0.0.2', ''];
const LINK_KINDS = Object.keys(LINK_KIND_INFO) as LinkKind[];
// Weighted towards what paths are made of: sites, their edges, circuits and VNets.
const TOP: ElementKind[] = ['onPremSite', 'onPremSite', 'vpnDevice', 'vpnDevice', 'localNetworkGateway', 'p2sUserGroup', 'erCircuit', 'erCircuit', 'connectivityProvider', 'peeringLocation', 'vnet', 'vnet', 'vnet'];

const topArb = fc.record({
  kind: fc.constantFrom(...TOP),
  pick: fc.nat(99),
  flag: fc.boolean(),
  gb: fc.constantFrom(0, 100, 250),
  gateways: fc.array(fc.record({ kind: fc.constantFrom<ElementKind>('vpnGateway', 'erGateway'), inSubnet: fc.boolean(), flag: fc.boolean() }), { minLength: 1, maxLength: 2 }),
});

function propsOf(kind: ElementKind, pick: number, flag: boolean, gb: number): Record<string, unknown> {
  switch (kind) {
    case 'onPremSite':
      return flag ? { latitude: 50 + (pick % 7), longitude: pick % 11, traffic: { gbPerMonth: gb } } : { city: 'Nowhere', traffic: { gbPerMonth: gb } };
    case 'p2sUserGroup':
      return { traffic: { gbPerMonth: gb } };
    case 'vpnDevice':
      return { publicIp: IPS[pick % IPS.length] };
    case 'localNetworkGateway':
      return { gatewayIp: IPS[pick % IPS.length] };
    case 'erCircuit':
      return { peeringLocation: flag ? LOCATIONS[pick % LOCATIONS.length] : '', expressRouteDirect: pick % 2 === 0, macsec: pick % 3 === 0, bandwidthMbps: [50, 1000, 10000][pick % 3] };
    case 'peeringLocation':
      return { location: LOCATIONS[pick % LOCATIONS.length] };
    case 'vnet':
      return { region: REGIONS[pick % REGIONS.length], addressSpaces: [`10.${pick}.0.0/16`] };
    default:
      return {};
  }
}

export const randomDesignArb: fc.Arbitrary<TopologyDocument> = fc
  .record({ tops: fc.array(topArb, { minLength: 10, maxLength: 22 }), links: fc.array(fc.tuple(fc.constantFrom(...LINK_KINDS), fc.nat(), fc.nat(), fc.nat()), { minLength: 20, maxLength: 60 }) })
  .map(({ tops, links }) => {
    const raw: Array<Record<string, unknown> & { id: string; kind: ElementKind }> = [];
    tops.forEach((top, t) => {
      const id = `e${t}`;
      raw.push({ id, kind: top.kind, name: top.flag ? `n${t}` : '', position: { x: t, y: 0 }, props: propsOf(top.kind, top.pick, top.flag, top.gb) });
      if (top.kind !== 'vnet') return;
      const gws = `${id}-gws`;
      raw.push({ id: gws, kind: 'subnet', name: 'GatewaySubnet', parentId: id, position: { x: 0, y: 0 }, props: { prefix: `10.${top.pick}.255.0/27` } });
      top.gateways.forEach((g, i) => {
        const props = g.kind === 'vpnGateway' ? { sku: g.flag ? 'VpnGw2AZ' : 'Basic', activeActive: g.flag } : { sku: g.flag ? 'ErGw2Az' : 'Standard' };
        raw.push({ id: `${id}-g${i}`, kind: g.kind, parentId: g.inSubnet ? gws : id, position: { x: 0, y: 0 }, props });
      });
    });
    const elements: TopologyElement[] = raw.map((e) => elementSchema.parse(e));
    // Links of a random kind between random elements of the kinds it joins (parallel duplicates included).
    const docLinks = links.flatMap(([kind, which, a, b], i) => {
      const ends = LINK_KIND_INFO[kind].ends.filter(([x, y]) => elements.some((e) => e.kind === x) && elements.some((e) => e.kind === y));
      if (ends.length === 0) return [];
      const [kindA, kindB] = ends[which % ends.length]!;
      const ofA = elements.filter((e) => e.kind === kindA);
      const ofB = elements.filter((e) => e.kind === kindB);
      const source = ofA[a % Math.max(1, ofA.length)];
      const target = ofB[b % Math.max(1, ofB.length)];
      if (!source || !target || source.id === target.id) return [];
      return [linkSchema.parse({ id: `l${i}`, kind, source: source.id, target: target.id })];
    });
    return { title: 'random', description: '', elements, links: docLinks };
  });

/** `count` random designs, the same ones every run. */
export function randomDesigns(count: number, seed = 20_250_707): TopologyDocument[] {
  return fc.sample(randomDesignArb, { seed, numRuns: count });
}
