// The estimator's entry point: for every on-premises site and each VNet it reaches, the round trip,
// jitter class, bandwidth bottleneck and availability of every path (shared/topology/sitePaths.ts),
// and the availability of the paths together. The model and every parameter are described in
// docs/estimates.md; the parameters and their sources are in ./parameters.ts.
//
// A path is worked out in two parts: its way into Azure (site → gateway → the gateway's VNet), shared
// by the direct path and its extensions to peered spokes, and, for a spoke, the peering hop. Within
// one estimatePaths() call each way in and each peering hop is computed once. The result is memoised
// per document (with the default parameters), and each part's estimates are kept while the part is
// unchanged (shared/topology/parts.ts): treat them as read-only. Most estimates are views over a way
// in and a hop, worked out when read (./pathViews.ts).
import type { ElementKind } from '../model/enums';
import type { TopologyDocument } from '../model/types';
import { keepListShares, PartMemo, sameList } from '../topology/partMemo';
import { asOnePart, partsOf, type Parts } from '../topology/parts';
import { aroundInputs, documentAround, ESTIMATED_BY, peeringsAcross, stepsAround } from '../topology/peeringsAround';
import { reachesEachVnetOnce, waysBySite, type SitePath } from '../topology/sitePaths';
import { contextOf, type ValidationContext } from '../validation/context';
import { PARAMETERS, type EstimateParameters } from './parameters';
import type { PathEstimate, SiteVnetEstimate } from './types';
import { AlikePathsEstimate, Combined, routeSignature, SeveralPathsEstimate, type Route } from './combinedPaths';
import { DirectEstimate, estimateThroughPeering, OnePathEstimate, vnetReached } from './pathViews';
import { PeeringHop } from './peeringHop';
import { newShared, WayIn } from './wayIn';
import { toSize } from '../kept/lists';
import { DesignScopedMap, noteDesign } from '../kept/designScoped';


const results = new DesignScopedMap<TopologyDocument, SiteVnetEstimate[]>();

/** The estimate of one path of the document (as listed by sitePaths). */
export function estimatePath(doc: TopologyDocument, path: SitePath, params: EstimateParameters = PARAMETERS): PathEstimate {
  const ctx = contextOf(doc);
  const way = new WayIn(ctx, 0, path, params);
  if (path.throughPeering === undefined) return new DirectEstimate(way, params);
  // The way in of a path through a peering is the same path up to the gateway's VNet.
  const hop = new PeeringHop(ctx, 0, path.throughPeering, way.hub, path.vnetId, params);
  return estimateThroughPeering(way, hop, path.throughPeering, path.vnetId, params, path);
}

/**
 * For every site (document order) and each VNet it reaches (in the order its paths reach them): the
 * estimate of each path and the availability of the paths together. Sites with no path are absent.
 * Memoised per document with the default parameters; the result and the arrays in it may be shared
 * between paths (a hub path and its spokes share their legs up to the hub) and between documents
 * (a part of the design that an edit left alone keeps its estimates): treat them as read-only.
 */
export function estimatePaths(doc: TopologyDocument, params: EstimateParameters = PARAMETERS): SiteVnetEstimate[] {
  noteDesign(doc);
  const memoise = params === PARAMETERS;
  const cached = memoise ? results.get(doc) : undefined;
  if (cached) return cached;
  // No path goes over Global Reach (it joins sites to sites, not to VNets): its links join no parts
  // here. Nor do peerings: each part is estimated with the peerings around it (./peeringsAround.ts).
  // A design just opened is estimated at once: its parts are found at its first edit.
  const out = byPart.newDesign(doc) ? estimateAtOnce(doc, params, () => partsOf(doc, ESTIMATED_BY)) : estimateParts(doc, partsOf(doc, ESTIMATED_BY), params);
  if (memoise) results.set(doc, out);
  return out;
}

/** The whole document estimated at once, each part's share kept when the next edit comes (PartMemo.keepLater). */
function estimateAtOnce(doc: TopologyDocument, params: EstimateParameters, parts: () => Parts): SiteVnetEstimate[] {
  const out = estimatePart(doc, params);
  byPart.keepLater(() => {
    const allParts = parts();
    const { around } = peeringsAcross(doc, allParts);
    keepListShares(byPart, doc, allParts, (p) => aroundInputs(params, around[p]!), out, (e) => e.siteId);
  });
  return out;
}

/** The document estimated as one part, with nothing kept: the reference the parts are held to. */
export function estimatePathsWhole(doc: TopologyDocument, params: EstimateParameters = PARAMETERS): SiteVnetEstimate[] {
  return estimateParts(doc, asOnePart(doc), params, false);
}

/**
 * The kinds of element whose fields the path estimates do not read besides ids, kinds and parents:
 * a part's estimates are kept through an edit of them (see COST_UNREAD_KINDS). Held to what the
 * estimates read by unreadKinds.test.ts.
 */
export const PATHS_UNREAD_KINDS: ReadonlySet<ElementKind> = new Set(['subnet', 'connectivityProvider', 'microsoftServices', 'p2sUserGroup']);

/** Properties the path estimates do not read, of any element: a site's traffic is priced, not timed. */
export const PATHS_UNREAD_PROPS: ReadonlySet<string> = new Set(['traffic']);

const byPart = new PartMemo<readonly SiteVnetEstimate[]>(undefined, { kinds: PATHS_UNREAD_KINDS, props: PATHS_UNREAD_PROPS });

/**
 * The work of estimatePaths(doc) in steps of one part each (see validationSteps in
 * shared/validation/validate.ts): each step estimates a part with nothing kept.
 */
export function* pathSteps(doc: TopologyDocument, params: EstimateParameters = PARAMETERS): Generator<void, void, void> {
  noteDesign(doc);
  if (params === PARAMETERS && results.has(doc)) return;
  yield* stepsAround(doc, byPart, params, (partDoc) => estimatePart(partDoc, params));
}

function estimateParts(doc: TopologyDocument, allParts: Parts, params: EstimateParameters, keep = true): SiteVnetEstimate[] {
  const { parts, partOfElement } = allParts;
  const { around } = peeringsAcross(doc, allParts);
  const inputs = (p: number) => aroundInputs(params, around[p]!);
  // Most of the design is new (pasted whole, other parameters): estimated at once.
  if (keep && parts.length > 1 && byPart.mostlyNew(parts, inputs)) return estimateAtOnce(doc, params, () => allParts);
  const estimate = (p: number) => estimatePart(documentAround(doc, parts[p]!, around[p]!), params, keep);
  const lists = parts.map((part, p) => (keep ? byPart.get(part, inputs(p), () => estimate(p)) : estimate(p)));
  // Each part lists its sites in document order: take them in the order of the whole document.
  const next = new Int32Array(lists.length);
  const out: SiteVnetEstimate[] = [];
  const { elements } = doc;
  for (let i = 0; i < elements.length; i++) {
    const site = elements[i]!;
    if (site.kind !== 'onPremSite') continue;
    const p = partOfElement[i]!;
    const list = lists[p]!;
    let k = next[p]!;
    while (k < list.length && list[k]!.siteId === site.id) out.push(list[k++]!);
    next[p] = k;
  }
  return out;
}

/**
 * Each way in is estimated once per site and each peering hop once per call; a path on to a spoke
 * is the two put together (see ThroughPeeringEstimate). After an edit in place of a part of hundreds
 * of elements (a design that is one part), a site whose ways in are as they were and read none of
 * the elements the edit changed (sitePathsRead) keeps its estimates from the part as estimated
 * before: they explain themselves from the elements they read, not from a context (./wayIn.ts).
 */
function estimatePart(doc: TopologyDocument, params: EstimateParameters, keep = true): SiteVnetEstimate[] {
  const ctx = contextOf(doc);
  const kept = keep ? (ctx.resultsBefore(NO_KINDS)?.get(estimatePart) as KeptEstimates | undefined) : undefined;
  const before = kept?.params === params ? kept : undefined;
  const changed = before && ctx.changedIds(PATHS_UNREAD_KINDS, PATHS_UNREAD_PROPS);
  // Noted for the next edit in a design being edited only: a run from scratch is what opening costs.
  const sites = keep && ctx.notesForNextEdit ? new Map<string, KeptSite>() : undefined;
  const out: SiteVnetEstimate[] = [];
  const estimateSite = siteEstimator(ctx, params, out);
  // forEach: for…of over the map made an iterator result per site.
  waysBySite(doc).forEach((ways, siteId) => {
    const from = out.length;
    const was = changed && before!.sites.get(siteId);
    if (was && sameWays(was.ways, ways) && !readsAny(ctx, ways, changed)) {
      for (let i = was.from; i < was.to; i++) out.push(before!.out[i]!);
    } else estimateSite(ways);
    sites?.set(siteId, { ways, from, to: out.length });
  });
  if (sites) ctx.results!.set(estimatePart, { params, out, sites });
  return out;
}

/** A part as estimated over a context, for the context after an edit in place: its estimates, and each site's ways and place among them. */
interface KeptEstimates {
  params: EstimateParameters;
  out: readonly SiteVnetEstimate[];
  sites: ReadonlyMap<string, KeptSite>;
}

interface KeptSite {
  ways: readonly SitePath[];
  from: number;
  to: number;
}

const NO_KINDS: readonly ElementKind[] = [];

/** A route kept by the estimate of several paths to one VNet: made by a constructor, as kept records are (../kept/lists.ts). */
class KeptRoute implements Route {
  constructor(
    readonly way: WayIn,
    readonly hop: PeeringHop | undefined,
  ) {}
}

/**
 * The ids of the elements a site's estimates read (held to it by pathsKept.test.ts): the elements
 * along its ways in, and for each way's VNet the VNets peered with it and the peerings (a hop on to a
 * spoke reads the spoke's region).
 */
export function sitePathsRead(ctx: ValidationContext, ways: readonly SitePath[]): Set<string> {
  const ids = new Set<string>();
  everyPathRead(ctx, ways, (id) => {
    ids.add(id);
    return true;
  });
  return ids;
}

/** Whether a site's estimates read one of the elements `ids` (sitePathsRead, without making the set). */
function readsAny(ctx: ValidationContext, ways: readonly SitePath[], ids: readonly string[]): boolean {
  return !everyPathRead(ctx, ways, (id) => !ids.includes(id));
}

/**
 * Gives `visit` the id of each element a site's estimates read (some more than once), while it
 * returns true; whether it did to the end.
 */
function everyPathRead(ctx: ValidationContext, ways: readonly SitePath[], visit: (id: string) => boolean): boolean {
  for (const way of ways) {
    for (const id of way.elementIds) if (!visit(id)) return false;
    const peers = ctx.peeredVnets(way.vnetId);
    for (let i = 0; i < peers.length; i++) if (!visit(peers[i]!.peeringId) || !visit(peers[i]!.vnetId)) return false;
  }
  return true;
}

/** Whether two lists of ways in are the same, way by way (the walk is done again after some edits: other objects, maybe alike). */
function sameWays(a: readonly SitePath[], b: readonly SitePath[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameWay(a[i]!, b[i]!)) return false;
  return true;
}

function sameWay(a: SitePath, b: SitePath): boolean {
  return (
    a.siteId === b.siteId &&
    a.vnetId === b.vnetId &&
    a.via === b.via &&
    a.gatewayId === b.gatewayId &&
    a.deviceId === b.deviceId &&
    a.circuitId === b.circuitId &&
    a.peeringLocation === b.peeringLocation &&
    a.overInternet === b.overInternet &&
    a.encrypted === b.encrypted &&
    a.throughPeering === b.throughPeering &&
    sameList(a.elementIds, b.elementIds)
  );
}

/**
 * Estimates the paths of one site after another into `out`, given each site's ways in (one or more,
 * of one site, as waysBySite lists them). The ways in of the sites estimated share what they go
 * through (./wayIn.ts, Shared), and the peering hops and combinations of ways.
 */
export function siteEstimator(ctx: ValidationContext, params: EstimateParameters, out: SiteVnetEstimate[]): (ways: readonly SitePath[]) => void {
  const shared = newShared();
  // Only estimates made over a context built across an edit are kept site by site (estimatePart).
  const keptThroughEdits = ctx.notesForNextEdit;
  // Ways in and peering hops are numbered in the order made. Peering hops are shared by every site
  // behind a hub: by peering link id, then by the VNet reached over it.
  let wayCount = 0;
  let hopCount = 0;
  const hops = new Map<string, Map<string, PeeringHop>>();
  // Several paths to one VNet are combined once per set of ways, found by a signature of their
  // serial numbers (a hop that never fails is left out); a lone path needs no combining (OnePathEstimate).
  const several = new Map<string, Combined>();
  const hopTo = (way: WayIn, peeringId: string, vnetId: string): PeeringHop => {
    let overPeering = hops.get(peeringId);
    if (!overPeering) hops.set(peeringId, (overPeering = new Map()));
    let hop = overPeering.get(vnetId);
    if (!hop) overPeering.set(vnetId, (hop = new PeeringHop(ctx, hopCount++, peeringId, way.hub, vnetId, params)));
    return hop;
  };
  // The hops on to the VNets peered with each hub, in the order peeredVnets lists them: looked
  // up once per site rather than twice per spoke (a lookup by a string costs tens of nanoseconds,
  // and a large design's sites reach thousands of spokes a run; docs/performance.md, "Node,
  // twentieth round"). Made at the first way into the hub, each hop by hopTo, so made in the same order.
  const behindHubs = new Map<string, PeeringHop[]>();
  const behind = (way: WayIn, hub: string): PeeringHop[] => {
    let hubHops = behindHubs.get(hub);
    if (!hubHops) {
      const peers = ctx.peeredVnets(hub);
      hubHops = new Array<PeeringHop>(peers.length);
      for (let i = 0; i < peers.length; i++) hubHops[i] = hopTo(way, peers[i]!.peeringId, peers[i]!.vnetId);
      behindHubs.set(hub, hubHops);
    }
    return hubHops;
  };
  const emitMany = (routes: Route[]) => {
    if (routes.length === 1) {
      out.push(new OnePathEstimate(routes[0]!.way, routes[0]!.hop));
      return;
    }
    let signature = '';
    for (const { way, hop } of routes) signature += routeSignature(way, hop);
    const kept = toSize(routes);
    let combined = several.get(signature);
    if (!combined) several.set(signature, (combined = new Combined(kept)));
    out.push(new SeveralPathsEstimate(kept, combined));
  };
  // Several ways into one hub, to the hub or over one hop on to a spoke: the signature emitMany would
  // make of their routes, the routes made only for a new combination.
  const emitAlike = (ways: readonly WayIn[], hop: PeeringHop | undefined) => {
    let signature = '';
    for (let i = 0; i < ways.length; i++) signature += routeSignature(ways[i]!, hop);
    let combined = several.get(signature);
    if (!combined) several.set(signature, (combined = new Combined(ways.map((way) => new KeptRoute(way, hop)))));
    out.push(new AlikePathsEstimate(ways, hop, combined));
  };

  // Index loops: for…of over the lists made an iterator result per item, thousands a run.
  return (ways) => {
    if (ways.length === 1 && reachesEachVnetOnce(ctx, ways[0]!)) {
      // The usual case, one way in to a hub and its spokes: each VNet has one path, in path order.
      const way = new WayIn(ctx, wayCount++, ways[0]!, params, shared, keptThroughEdits);
      const hub = ways[0]!.vnetId;
      out.push(new OnePathEstimate(way, undefined));
      const hubHops = behind(way, hub);
      for (let i = 0; i < hubHops.length; i++) out.push(new OnePathEstimate(way, hubHops[i]));
      return;
    }
    const estimated: WayIn[] = [];
    for (let i = 0; i < ways.length; i++) estimated.push(new WayIn(ctx, wayCount++, ways[i]!, params, shared, keptThroughEdits));
    const hub = ways[0]!.vnetId;
    if (ways.every((way) => way.vnetId === hub) && reachesEachVnetOnce(ctx, ways[0]!)) {
      // The usual case of several ways in, all to one hub (ExpressRoute with a VPN as failover): the
      // hub, then each spoke, each reached once by every way, in way order, as the grouping below
      // would list them, without a map per site (2% of what a 10,000-element run allocated).
      const hubHops = behind(estimated[0]!, hub);
      const alike = toSize(estimated);
      emitAlike(alike, undefined);
      for (let k = 0; k < hubHops.length; k++) emitAlike(alike, hubHops[k]);
      return;
    }
    // The paths grouped by the VNet they reach, VNets in the order the paths first reach them
    // (each way in, then its extensions over the peerings of its VNet, as sitePaths lists them).
    const byVnet = new Map<string, Route[]>();
    const add = (route: Route) => {
      const vnetId = vnetReached(route.way, route.hop);
      const list = byVnet.get(vnetId);
      if (list) list.push(route);
      else byVnet.set(vnetId, [route]);
    };
    estimated.forEach((way, i) => {
      const vnetId = ways[i]!.vnetId;
      add(new KeptRoute(way, undefined));
      const hubHops = behind(way, vnetId);
      for (let k = 0; k < hubHops.length; k++) add(new KeptRoute(way, hubHops[k]));
    });
    byVnet.forEach((routes) => emitMany(routes));
  };
}

