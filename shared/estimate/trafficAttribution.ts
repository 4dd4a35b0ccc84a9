// Where each site's monthly traffic goes, so each metered leg can be priced.
//
// A site's `traffic.gbPerMonth` is the data Azure sends to it: Azure bills data out, and data in is
// free (plan-manage-cost), so only this direction costs money. The rules, applied to the site's paths
// (its ways in from waysBySite, each carried on over the peerings of its VNet, as sitePaths lists
// them):
// 1. ExpressRoute is preferred: when a site has ExpressRoute paths its traffic goes over them, else
//    over its VPN paths (Azure prefers ExpressRoute over VPN for equal prefixes, azure-facts §3.9).
// 2. The traffic is shared evenly among the VNets those paths reach (the design does not say which
//    VNet sends what), and each VNet's share evenly among the paths to it (two circuits into one
//    hub carry half each).
// 3. A path that reaches its VNet through a peering carries its share across that peering, from the
//    reached VNet to the gateway's VNet.
// A point-to-site group's traffic goes over the internet to the VPN gateways it is linked to,
// evenly. Global Reach traffic (site to site) is not in the model.
import type { ValidationContext } from '../validation/context';
import type { ElementKind } from '../model/enums';
import { reachesEachVnetOnce, WALK_READS, waysBySite, type SitePath } from '../topology/sitePaths';
import { Shares } from './shares';
import { listOf } from '../kept/lists';

export interface PeeringFlow {
  fromVnetId: string;
  toVnetId: string;
  /** GB a month by the site it is sent to. Read-only: the flows into one hub may share one. */
  shares: Shares;
}

export interface TrafficAttribution {
  /** Data leaving Azure over each ExpressRoute circuit, by circuit id, then by site. */
  circuits: Map<string, Shares>;
  /** Data crossing each VNet peering, by link id, one flow per direction. */
  peerings: Map<string, PeeringFlow[]>;
  /** Data each site or point-to-site group receives over the internet, by its id, then by VPN gateway id. */
  internet: Map<string, Shares>;
}

function inner<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** A path as the attribution needs it: a way in, and the peering it goes on over, if any. */
interface PathTo {
  way: SitePath;
  /** The VNet reached. */
  vnetId: string;
  peeringId: string | undefined;
}

/** The kinds of element the attribution reads: sites' and groups' traffic, and the ways in. Held to it by costKept.test.ts. */
export const TRAFFIC_READS: readonly ElementKind[] = ['onPremSite', 'p2sUserGroup', ...WALK_READS];
/** The kinds whose names it reads: peering locations' (the walk reads them); it labels nothing, so any other rename keeps it. */
export const TRAFFIC_NAME_READS: readonly ElementKind[] = ['peeringLocation'];

export function attributeTraffic(ctx: ValidationContext): TrafficAttribution {
  const result: TrafficAttribution = { circuits: new Map(), peerings: new Map(), internet: new Map() };
  // Memoised per document, so the path estimator working on the same document shares the walk.
  const bySite = waysBySite(ctx.doc);
  // The flows over the peerings of each hub (HubFlows), made at the first site behind the hub: looked
  // up once per site rather than once per spoke (a lookup by a string costs tens of nanoseconds;
  // docs/performance.md, "Node, twentieth round").
  const behindHubs = new Map<string, HubFlows>();
  for (const site of ctx.elementsOfKind('onPremSite')) {
    const total = site.props.traffic.gbPerMonth;
    const ways = bySite.get(site.id);
    if (!(total > 0) || !ways) continue;
    // One way in is the usual case: it is the chosen one whether it is ExpressRoute or not.
    const chosen = ways.length === 1 ? ways : expressRouteOrAll(ways);
    if (chosen.length === 1 && reachesEachVnetOnce(ctx, chosen[0]!)) {
      // The usual case, a site with one way in to a hub and its spokes: every VNet is reached by one
      // path, so the grouping below would keep the paths' own order. Carried without building it.
      const way = chosen[0]!;
      const peers = ctx.peeredVnets(way.vnetId);
      const share = total / (peers.length + 1);
      // Sent over the way once for all the VNets: the same sum, share after share, as one send per VNet.
      let sent = share;
      for (let k = 0; k < peers.length; k++) sent += share;
      send(result, site.id, way, sent);
      let flows = behindHubs.get(way.vnetId);
      if (!flows) behindHubs.set(way.vnetId, (flows = new HubFlows(peers.map((peer) => flowOver(ctx, result, way, peer.vnetId, peer.peeringId)))));
      flows.add(site.id, share);
      continue;
    }
    const byVnet = new Map<string, PathTo[]>();
    for (const way of chosen) {
      inner(byVnet, way.vnetId, () => []).push({ way, vnetId: way.vnetId, peeringId: undefined });
      for (const peer of ctx.peeredVnets(way.vnetId)) inner(byVnet, peer.vnetId, () => []).push({ way, vnetId: peer.vnetId, peeringId: peer.peeringId });
    }
    for (const paths of byVnet.values()) {
      const share = total / byVnet.size / paths.length;
      for (const path of paths) carry(ctx, result, site.id, path.way, path.vnetId, path.peeringId, share);
    }
  }
  for (const group of ctx.elementsOfKind('p2sUserGroup')) {
    const total = group.props.traffic.gbPerMonth;
    if (!(total > 0)) continue;
    const gateways = [...new Set(ctx.neighbours(group.id, 'p2s', ['vpnGateway']).map((g) => g.id))];
    for (const gatewayId of gateways) inner(result.internet, group.id, () => new Shares()).add(gatewayId, total / gateways.length);
  }
  return result;
}

/** A peering's flow as the attribution keeps it: made by a constructor, as kept records are (../kept/lists.ts). */
class Flow implements PeeringFlow {
  /** The flows into a hub whose shares this one shares (HubFlows), while it does. Private: a flow compares as its three fields. */
  #hub: HubFlows | undefined = undefined;

  constructor(
    readonly fromVnetId: string,
    readonly toVnetId: string,
    public shares: Shares,
  ) {}

  get hub(): HubFlows | undefined {
    return this.#hub;
  }

  set hub(hub: HubFlows | undefined) {
    this.#hub = hub;
  }
}

/**
 * The flows over the peerings into one hub from its spokes. A site with one way in to the hub sends
 * each spoke's share over each peering alike, so the flows new to the hub share one list of shares,
 * added to once per site rather than once per spoke; a flow a site adds to alone (a site with
 * several ways, carryOverPeering) is given a copy of its own first. The lists were 9% of what a
 * 10,000-element run kept, eight alike behind every hub (docs/performance.md, "Node, twenty-first
 * round").
 */
class HubFlows {
  readonly #shared = new Shares();
  /** The flows with shares of their own: each is added to as well. */
  readonly #own: Flow[] = [];

  constructor(flows: readonly Flow[]) {
    for (const flow of flows) {
      if (flow.hub === undefined && flow.shares.size === 0) {
        flow.shares = this.#shared;
        flow.hub = this;
      } else this.#own.push(flow);
    }
  }

  add(siteId: string, gb: number): void {
    this.#shared.add(siteId, gb);
    for (let i = 0; i < this.#own.length; i++) this.#own[i]!.shares.add(siteId, gb);
  }

  /** Gives `flow` shares of its own, as they are so far, to be added to apart from the others'. */
  detach(flow: Flow): void {
    flow.shares = this.#shared.copy();
    flow.hub = undefined;
    this.#own.push(flow);
  }
}

/** Carries `gb` sent to the site from `vnetId`, reached by `way` and, when given, the peering after it. */
function carry(ctx: ValidationContext, result: TrafficAttribution, siteId: string, way: SitePath, vnetId: string, peeringId: string | undefined, gb: number): void {
  send(result, siteId, way, gb);
  if (peeringId !== undefined) carryOverPeering(ctx, result, siteId, way, vnetId, peeringId, gb);
}

/** The site's ways in over ExpressRoute when it has any, else all of them: its traffic takes those. */
function expressRouteOrAll(ways: readonly SitePath[]): readonly SitePath[] {
  const expressRoute = ways.filter((p) => p.via === 'expressRoute');
  return expressRoute.length > 0 ? expressRoute : ways;
}

/** Carries `gb` sent to the site over `way`: on its circuit, or out of its VPN gateway to the internet. */
function send(result: TrafficAttribution, siteId: string, way: SitePath, gb: number): void {
  if (way.via === 'expressRoute') {
    let shares = result.circuits.get(way.circuitId!);
    if (!shares) result.circuits.set(way.circuitId!, (shares = new Shares()));
    shares.add(siteId, gb);
  } else {
    let byGateway = result.internet.get(siteId);
    if (!byGateway) result.internet.set(siteId, (byGateway = new Shares()));
    byGateway.add(way.gatewayId, gb);
  }
}

/** Carries `gb` sent to the site from `vnetId`, over the peering to the way's VNet. */
function carryOverPeering(ctx: ValidationContext, result: TrafficAttribution, siteId: string, way: SitePath, vnetId: string, peeringId: string, gb: number): void {
  const flow = flowOver(ctx, result, way, vnetId, peeringId);
  flow.hub?.detach(flow);
  flow.shares.add(siteId, gb);
}

/** The flow from `vnetId` over the peering to the way's VNet: found, or made and noted. */
function flowOver(ctx: ValidationContext, result: TrafficAttribution, way: SitePath, vnetId: string, peeringId: string): Flow {
  // A loop rather than find(): this runs for every hub × spoke and every site with several ways.
  // Every flow is a Flow: the attribution makes them all.
  const flows = result.peerings.get(peeringId) as Flow[] | undefined;
  let flow: Flow | undefined;
  if (flows) {
    for (const f of flows) {
      if (f.fromVnetId === vnetId) {
        flow = f;
        break;
      }
    }
  }
  if (!flow) {
    flow = new Flow(vnetId, ctx.vnetOf(way.gatewayId)?.id ?? '', new Shares());
    // A list of one to begin with: most peerings carry one way (pushed onto an empty list, it keeps room for sixteen).
    if (flows) flows.push(flow);
    else result.peerings.set(peeringId, listOf(flow));
  }
  return flow;
}
