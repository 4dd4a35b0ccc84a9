// How each on-premises site reaches Azure: every way from every onPremSite to every VNet, with the
// elements and links along it. The resilience and security rules read these paths, and the latency
// and cost estimators will walk them too.
//
// The model, as drawn in a design:
// - VPN (over the public internet, IPsec-encrypted):
//     site —lastMile→ vpnDevice —s2s→ vpnGateway → its VNet
//   A localNetworkGateway —s2s→ vpnGateway is Azure's record of a device: a device whose
//   props.publicIp equals the LNG's props.gatewayIp reaches that gateway too (there is no link
//   between the device and its LNG, only the matching address):
//     site —lastMile→ vpnDevice ⇢ localNetworkGateway —s2s→ vpnGateway → its VNet
// - ExpressRoute (private, not over the internet; encrypted only with MACsec on ExpressRoute Direct):
//     site —lastMile→ connectivityProvider —providerCrossConnect→ erCircuit —erConnection→ erGateway → its VNet
//   or, with the provider handing over at a peering location (the usual way to draw ExpressRoute
//   Direct, where the customer's own carrier reaches the meet-me facility):
//     site —lastMile→ connectivityProvider —providerCrossConnect→ peeringLocation —providerCrossConnect→ erCircuit → …
//   A circuit reached through a peering location must not be cross-connected to another provider
//   element: that circuit is delivered by the other provider, not by this site's one.
// - A gateway reaches the VNet it sits in (directly or in its GatewaySubnet). vnetPeering extends
//   that one hop to each VNet peered with it (peering is not transitive), recorded in
//   `throughPeering`. Gateway transit settings on the peering are not checked here.
// - Not paths to a VNet: Global Reach (it joins circuits, site to site), Microsoft peering, and
//   point-to-site users (they are not sites).
//
// One path per site, way in and VNet: a device tunnel drawn both directly and through its LNG to
// the same gateway is one tunnel (the direct link is kept); a circuit reached both straight from the
// provider and through a peering location is one circuit (the straight path is kept).
//
// Cost: one walk from each site; the hops out of each device and provider are worked out once and
// shared by every site using them, and the result is memoised per context and per document, and
// kept through an edit of elements the walk does not read (waysOf).
//
// A path on to a peered spoke is its way in plus one peering hop, and a hub with eight spokes makes
// nine paths of each way in. Validation and the cost estimate only need the ways in (`waysIn`) and
// each VNet's peerings (`ValidationContext.peeredVnets`); the full list (`sitePaths`) is built only
// when something asks for every path.
import type { ElementKind } from '../model/enums';
import type { ElementOfKind, TopologyDocument } from '../model/types';
import { contextOf, ValidationContext } from '../validation/context';
import { emptyList, toSize } from '../kept/lists';
import { DesignScopedMap } from '../kept/designScoped';

export type PathVia = 'vpn' | 'expressRoute';

export interface SitePath {
  readonly siteId: string;
  /** The VNet reached: the gateway's own VNet, or a VNet peered with it (see `throughPeering`). */
  readonly vnetId: string;
  readonly via: PathVia;
  /** Elements and links along the path in order, from the site to the VNet reached. */
  readonly elementIds: readonly string[];
  /** The VPN or ExpressRoute gateway the path enters Azure through. */
  readonly gatewayId: string;
  /** VPN paths: the on-premises VPN device. */
  readonly deviceId?: string;
  /** ExpressRoute paths: the circuit. */
  readonly circuitId?: string;
  /** ExpressRoute paths: the circuit's peering location, as written in the design, when known. */
  readonly peeringLocation?: string;
  /** True for site-to-site VPN: the tunnel runs over the public internet. */
  readonly overInternet: boolean;
  /** VPN: always (IPsec). ExpressRoute: only ExpressRoute Direct with MACsec on. */
  readonly encrypted: boolean;
  /** The vnetPeering link id when the VNet is reached through a peered (hub) VNet. */
  readonly throughPeering?: string;
}

const waysByDocument = new DesignScopedMap<TopologyDocument, readonly SitePath[]>();

const documentOf = (input: ValidationContext | TopologyDocument) => (input instanceof ValidationContext ? input.doc : input);
const contextFor = (input: ValidationContext | TopologyDocument) => (input instanceof ValidationContext ? input : contextOf(input));

/**
 * Every way into Azure of every on-premises site: the paths from a site to the VNet of the gateway
 * it enters through (no peering hop), site by site in document order. Memoised per document: treat
 * the result as read-only.
 */
export function waysIn(input: ValidationContext | TopologyDocument): readonly SitePath[] {
  const doc = documentOf(input);
  let ways = waysByDocument.get(doc);
  if (!ways) waysByDocument.set(doc, (ways = waysOf(contextFor(input))));
  return ways;
}

/**
 * The kinds of element whose fields the walk reads besides ids, kinds and parents: the addresses a
 * device and a local network gateway are matched by, a circuit's location and encryption, a peering
 * location's place. Held to what the walk reads by sitePaths.test.ts.
 */
export const WALK_READS: readonly ElementKind[] = ['vpnDevice', 'localNetworkGateway', 'erCircuit', 'peeringLocation'];

/**
 * The ways in over a context. After an edit in place of elements the walk does not read (a site's
 * traffic, a gateway's SKU, a VNet's region), the ways of the context before, the same objects: in a
 * design that is one part, every edit walked every site again for validation and both estimates.
 */
function waysOf(ctx: ValidationContext): readonly SitePath[] {
  const kept = ctx.resultsBefore(WALK_READS)?.get(waysIn) as readonly SitePath[] | undefined;
  const ways = kept ?? computeWaysIn(ctx);
  ctx.results?.set(waysIn, ways);
  return ways;
}

const byDocument = new DesignScopedMap<TopologyDocument, readonly SitePath[]>();

/**
 * Every way every on-premises site reaches every VNet, site by site in document order: each way in,
 * followed by its extensions over the peerings of its VNet. The result is shared (memoised per
 * document): treat it as read-only.
 */
export function sitePaths(input: ValidationContext | TopologyDocument): readonly SitePath[] {
  const doc = documentOf(input);
  let paths = byDocument.get(doc);
  if (!paths) {
    const ctx = contextFor(input);
    const all: SitePath[] = [];
    for (const way of waysIn(ctx)) {
      all.push(way);
      const peers = ctx.peeredVnets(way.vnetId);
      if (peers.length === 0) continue;
      const key = routeKey(way);
      for (const { peeringId, vnetId } of peers) {
        const extended = throughPeering(way, peeringId, vnetId);
        routeKeys.set(extended, key);
        all.push(extended);
      }
    }
    byDocument.set(doc, (paths = all));
  }
  return paths;
}

/**
 * True when a way in and its extensions over the peerings of its VNet reach distinct VNets (two
 * peering links between the same two VNets are the exception): each VNet is then reached by one
 * path of the way, in sitePaths order.
 */
export function reachesEachVnetOnce(ctx: ValidationContext, way: SitePath): boolean {
  const peers = ctx.peeredVnets(way.vnetId);
  for (let i = 0; i < peers.length; i++) {
    for (let j = i + 1; j < peers.length; j++) if (peers[i]!.vnetId === peers[j]!.vnetId) return false;
  }
  return true;
}

const grouped = new DesignScopedMap<readonly SitePath[], ReadonlyMap<string, readonly SitePath[]>>();

function groupBySite(paths: readonly SitePath[]): ReadonlyMap<string, readonly SitePath[]> {
  let bySite = grouped.get(paths);
  if (!bySite) {
    const map = new Map<string, SitePath[]>();
    for (const path of paths) {
      const list = map.get(path.siteId);
      if (list) list.push(path);
      else map.set(path.siteId, [path]);
    }
    // Kept to size: the grouping is kept with its document (../kept/lists.ts).
    map.forEach((list, siteId) => map.set(siteId, toSize(list)));
    grouped.set(paths, (bySite = map));
  }
  return bySite;
}

/** sitePaths grouped by site id (sites with no path are absent). Memoised like sitePaths. */
export function pathsBySite(input: ValidationContext | TopologyDocument): ReadonlyMap<string, readonly SitePath[]> {
  return groupBySite(sitePaths(input));
}

/** waysIn grouped by site id (sites with no way in are absent). Memoised like waysIn. */
export function waysBySite(input: ValidationContext | TopologyDocument): ReadonlyMap<string, readonly SitePath[]> {
  return groupBySite(waysIn(input));
}

/**
 * Which way into Azure a path takes, whichever VNet it ends in: the same key for a path to the hub
 * and its extension to a peered spoke. Two paths of a site with different keys are redundant ways in.
 */
export function routeKey(path: SitePath): string {
  let key = routeKeys.get(path);
  if (key === undefined) {
    const gatewayAt = path.elementIds.indexOf(path.gatewayId);
    routeKeys.set(path, (key = `${path.via}:${path.elementIds.slice(0, gatewayAt + 1).join('>')}`));
  }
  return key;
}

// Paths are immutable, and a path through a peering shares its way in (and so its key) with the
// direct path it extends: the key is worked out once per way in, not once per path and caller.
const routeKeys = new DesignScopedMap<SitePath, string>();


/**
 * A circuit's peering location as the design states it: the circuit's own `peeringLocation`
 * property, else the location (or name) of a peering location element cross-connected to it.
 */
export function circuitPeeringLocation(ctx: ValidationContext, circuitId: string): string | undefined {
  const circuit = ctx.byId.get(circuitId);
  if (circuit?.kind !== 'erCircuit') return undefined;
  const own = circuit.props.peeringLocation.trim();
  if (own) return own;
  for (const location of ctx.neighbours(circuitId, 'providerCrossConnect', ['peeringLocation'])) {
    if (location.kind !== 'peeringLocation') continue;
    const named = location.props.location.trim() || location.name.trim();
    if (named) return named;
  }
  return undefined;
}

/** The ExpressRoute circuits connected to the ExpressRoute gateways inside a VNet, each once. */
export function circuitsOfVnet(ctx: ValidationContext, vnetId: string): ReadonlyArray<ElementOfKind<'erCircuit'>> {
  let byVnet = circuitsByContext.get(ctx);
  if (!byVnet) circuitsByContext.set(ctx, (byVnet = new Map()));
  let circuits = byVnet.get(vnetId);
  if (!circuits) byVnet.set(vnetId, (circuits = findCircuits(ctx, vnetId)));
  return circuits;
}

// Two rules ask for every VNet's circuits on every run: found once per context and VNet (read-only).
const circuitsByContext = new DesignScopedMap<ValidationContext, Map<string, ReadonlyArray<ElementOfKind<'erCircuit'>>>>();

function findCircuits(ctx: ValidationContext, vnetId: string): ReadonlyArray<ElementOfKind<'erCircuit'>> {
  // Most VNets (the spokes) have no ExpressRoute gateway: no map for them.
  const gateways = ctx.gatewaysIn(vnetId);
  if (!gateways.some((g) => g.kind === 'erGateway')) return emptyList();
  const circuits = new Map<string, ElementOfKind<'erCircuit'>>();
  for (const gateway of gateways) {
    if (gateway.kind !== 'erGateway') continue;
    for (const circuit of ctx.neighbours(gateway.id, 'erConnection', ['erCircuit'])) {
      if (circuit.kind === 'erCircuit') circuits.set(circuit.id, circuit);
    }
  }
  return [...circuits.values()];
}

/**
 * One step out of a site's edge element, ending on a gateway: the ids from the edge to the gateway.
 * Alive through the walk, which a collection may land in: made by a constructor (../kept/lists.ts).
 */
class Hop {
  constructor(
    readonly key: string,
    readonly ids: string[],
    readonly gatewayId: string,
    readonly circuitId?: string,
  ) {}
}

function computeWaysIn(ctx: ValidationContext): SitePath[] {
  const lngsByIp = new Map<string, string[]>();
  for (const lng of ctx.elementsOfKind('localNetworkGateway')) {
    const ip = lng.props.gatewayIp.trim();
    if (!ip) continue;
    const list = lngsByIp.get(ip);
    if (list) list.push(lng.id);
    else lngsByIp.set(ip, [lng.id]);
  }
  // The hops from each device or provider, worked out once: many sites share them.
  const hopCache = new Map<string, Hop[]>();
  const locations = new Map<string, string | undefined>();

  const ways: SitePath[] = [];
  for (const site of ctx.elementsOfKind('onPremSite')) {
    // The keys of the hops taken so far: the first alone, a set only from the second on. Most sites
    // have one way in, and a set and a closure per site were a share of what the walk allocated.
    let firstKey: string | undefined;
    let seen: Set<string> | undefined;
    for (const lastMile of ctx.linksOf(site.id, 'lastMile')) {
      const edge = ctx.otherEnd(lastMile, site.id);
      if (edge?.kind !== 'vpnDevice' && edge?.kind !== 'connectivityProvider') continue;
      let hops = hopCache.get(edge.id);
      if (!hops) hopCache.set(edge.id, (hops = edge.kind === 'vpnDevice' ? vpnHops(ctx, edge, lngsByIp) : expressRouteHops(ctx, edge.id)));
      for (const hop of hops) {
        const { key } = hop;
        if (firstKey === undefined) firstKey = key;
        else if (key === firstKey || seen?.has(key)) continue;
        else (seen ??= new Set()).add(key);
        const vnet = ctx.vnetOf(hop.gatewayId);
        if (vnet) ways.push(pathOf(ctx, site.id, lastMile.id, edge.id, hop, vnet.id, locations));
      }
    }
  }
  return ways;
}

function pathOf(ctx: ValidationContext, siteId: string, lastMileId: string, edgeId: string, hop: Hop, vnetId: string, locations: Map<string, string | undefined>): SitePath {
  // concat makes the list to size: paths are kept (../kept/lists.ts).
  const elementIds = [siteId, lastMileId].concat(hop.ids, vnetId);
  if (hop.circuitId === undefined) return new Way(siteId, vnetId, 'vpn', elementIds, hop.gatewayId, edgeId, undefined, undefined, true, true, undefined);
  const circuit = ctx.byId.get(hop.circuitId) as ElementOfKind<'erCircuit'>;
  // Many sites share a circuit: its location is looked up once per walk.
  let peeringLocation = locations.get(circuit.id);
  if (!locations.has(circuit.id)) locations.set(circuit.id, (peeringLocation = circuitPeeringLocation(ctx, circuit.id)));
  const encrypted = circuit.props.expressRouteDirect && circuit.props.macsec;
  return new Way(siteId, vnetId, 'expressRoute', elementIds, hop.gatewayId, undefined, circuit.id, peeringLocation || undefined, false, encrypted, undefined);
}

/**
 * A path as the walk keeps it. Made by a constructor, not a literal, as every record a run keeps is
 * (../kept/lists.ts). The fields a path does not have are left out, in the order of SitePath, so
 * that the shapes stay few and fixed and a path reads (and serialises) as a literal of it would.
 */
class Way implements SitePath {
  declare siteId: string;
  declare vnetId: string;
  declare via: PathVia;
  declare elementIds: readonly string[];
  declare gatewayId: string;
  declare deviceId?: string;
  declare circuitId?: string;
  declare peeringLocation?: string;
  declare overInternet: boolean;
  declare encrypted: boolean;
  declare throughPeering?: string;

  constructor(
    siteId: string,
    vnetId: string,
    via: PathVia,
    elementIds: readonly string[],
    gatewayId: string,
    deviceId: string | undefined,
    circuitId: string | undefined,
    peeringLocation: string | undefined,
    overInternet: boolean,
    encrypted: boolean,
    throughPeering: string | undefined,
  ) {
    this.siteId = siteId;
    this.vnetId = vnetId;
    this.via = via;
    this.elementIds = elementIds;
    this.gatewayId = gatewayId;
    if (deviceId !== undefined) this.deviceId = deviceId;
    if (circuitId !== undefined) this.circuitId = circuitId;
    if (peeringLocation !== undefined) this.peeringLocation = peeringLocation;
    this.overInternet = overInternet;
    this.encrypted = encrypted;
    if (throughPeering !== undefined) this.throughPeering = throughPeering;
  }
}

/** The same way in, carried on over a peering to the peered VNet (`direct` is a way in). */
export function throughPeering(direct: SitePath, peeringId: string, vnetId: string): SitePath {
  // concat, not slice and push: a list grown by push keeps room for sixteen more, and the way is kept.
  const elementIds = direct.elementIds.concat(peeringId, vnetId);
  return new Way(direct.siteId, vnetId, direct.via, elementIds, direct.gatewayId, direct.deviceId, direct.circuitId, direct.peeringLocation, direct.overInternet, direct.encrypted, peeringId);
}

/** Tunnels from a VPN device: its own s2s links, then those of the LNGs recording its public IP. */
function vpnHops(ctx: ValidationContext, device: ElementOfKind<'vpnDevice'>, lngsByIp: ReadonlyMap<string, string[]>): Hop[] {
  const hops: Hop[] = [];
  const tunnelsFrom = (fromId: string, lead: string[]) => {
    for (const s2s of ctx.linksOf(fromId, 's2s')) {
      const gateway = ctx.otherEnd(s2s, fromId);
      if (gateway?.kind !== 'vpnGateway') continue;
      hops.push(new Hop(`vpn:${device.id}>${gateway.id}`, lead.concat(s2s.id, gateway.id), gateway.id));
    }
  };
  tunnelsFrom(device.id, [device.id]);
  const ip = device.props.publicIp.trim();
  for (const lngId of ip ? (lngsByIp.get(ip) ?? []) : []) tunnelsFrom(lngId, [device.id, lngId]);
  return hops;
}

/** Circuits a provider delivers (straight, then through peering locations) and their gateways. */
function expressRouteHops(ctx: ValidationContext, providerId: string): Hop[] {
  const circuits: Array<{ circuitId: string; ids: string[] }> = [];
  const crossConnects = ctx.linksOf(providerId, 'providerCrossConnect');
  for (const link of crossConnects) {
    const circuit = ctx.otherEnd(link, providerId);
    if (circuit?.kind === 'erCircuit') circuits.push({ circuitId: circuit.id, ids: [providerId, link.id, circuit.id] });
  }
  for (const link of crossConnects) {
    const location = ctx.otherEnd(link, providerId);
    if (location?.kind !== 'peeringLocation') continue;
    for (const handOver of ctx.linksOf(location.id, 'providerCrossConnect')) {
      const circuit = ctx.otherEnd(handOver, location.id);
      if (circuit?.kind !== 'erCircuit' || deliveredByAnother(ctx, circuit.id, providerId)) continue;
      circuits.push({ circuitId: circuit.id, ids: [providerId, link.id, location.id, handOver.id, circuit.id] });
    }
  }
  const hops: Hop[] = [];
  for (const { circuitId, ids } of circuits) {
    for (const connection of ctx.linksOf(circuitId, 'erConnection')) {
      const gateway = ctx.otherEnd(connection, circuitId);
      if (gateway?.kind !== 'erGateway') continue;
      hops.push(new Hop(`er:${circuitId}>${gateway.id}`, ids.concat(connection.id, gateway.id), gateway.id, circuitId));
    }
  }
  return hops;
}

function deliveredByAnother(ctx: ValidationContext, circuitId: string, providerId: string): boolean {
  return ctx.neighbours(circuitId, 'providerCrossConnect', ['connectivityProvider']).some((p) => p.id !== providerId);
}
