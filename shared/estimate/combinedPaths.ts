// A site and a VNet it reaches by several paths: the paths' estimates made when read, as a lone
// path's (./pathViews.ts), and their availability combined (combineParallel) once per set of ways in.
// Two views: several routes of any kind (SeveralPathsEstimate), and the usual case of several ways
// into one hub, to the hub or on over one peering hop (AlikePathsEstimate), which keeps the site's
// ways once for the hub and all its spokes rather than a route per way for each.
import { flat } from '../kept/flat';
import { combineParallel, describeParallel, downtimeMinutesPerMonth, type ParallelResult } from './availability';
import type { EstimateParameters } from './parameters';
import type { PeeringHop } from './peeringHop';
import { pathOver, plainSiteVnet, vnetReached } from './pathViews';
import type { PathEstimate, SiteVnetEstimate } from './types';
import type { WayIn } from './wayIn';

/**
 * One path to a VNet: a way in, and for a spoke the peering hop after it. The VNet reached is read
 * from them (vnetReached): the hop's spoke, or without a hop the way's VNet.
 */
export interface Route {
  readonly way: WayIn;
  readonly hop: PeeringHop | undefined;
}

/**
 * A route's piece of the signature of a combination of routes: its way, and its hop where the hop
 * can fail (a hop that cannot leaves the combined figure as the ways alone give it).
 */
export const routeSignature = (way: WayIn, hop: PeeringHop | undefined): string => (hop && hop.value < 1 ? `${way.serial}+${hop.serial},` : `${way.serial},`);

/**
 * Several paths to one VNet, combined (combineParallel): the figure when made, the text that explains
 * it when read. One per set of ways in, shared by the VNets they reach alike.
 */
export class Combined {
  readonly availability: number;
  readonly #routes: readonly Route[];
  #result: ParallelResult | undefined;
  #formula: string | undefined;

  constructor(routes: readonly Route[]) {
    this.#routes = routes;
    const independent = independentAvailability(routes);
    this.availability = independent ?? (this.#result = combine(routes)).availability;
  }

  get formula(): string {
    return (this.#formula ??= flat(describeParallel((this.#result ??= combine(this.#routes)), this.#routes.length)));
  }
}

const combine = (routes: readonly Route[]): ParallelResult =>
  combineParallel(routes.map(({ way, hop }) => (hop ? way.components.concat(hop.component) : way.components)));

/**
 * combineParallel's figure for ways that share no component that can fail, from each way's own
 * product (its inSeries): 1 − Π(1 − aᵢ), multiplied in the same order, so the same number. Undefined
 * when some share one, or a hop can fail: then only combineParallel knows. Combining from the
 * figures spares explaining every way of a site with several (docs/performance.md, "Node,
 * thirteenth round").
 */
export function independentAvailability(routes: readonly Route[]): number | undefined {
  const seen = new Set<string>();
  let allDown = 1;
  for (let i = 0; i < routes.length; i++) {
    const { way, hop } = routes[i]!;
    if (hop && hop.value < 1) return undefined;
    const keys = way.failingKeys();
    for (let k = 0; k < keys.length; k++) {
      if (seen.has(keys[k]!)) return undefined;
      seen.add(keys[k]!);
    }
    allDown *= 1 - way.inSeries;
  }
  return 1 - allDown;
}

/** What the views of several paths share: the combined figure and its text, and the serialisation. */
abstract class CombinedPathsEstimate implements SiteVnetEstimate {
  readonly #combined: Combined;

  protected constructor(combined: Combined) {
    this.#combined = combined;
  }

  abstract readonly siteId: string;
  abstract readonly vnetId: string;
  abstract readonly paths: PathEstimate[];
  /** The parameters the ways were estimated with. */
  protected abstract readonly params: EstimateParameters;

  get combinedAvailability(): number {
    return this.#combined.availability;
  }

  get combinedDowntimeMinutesPerMonth(): number {
    return downtimeMinutesPerMonth(this.#combined.availability, this.params);
  }

  get combinedFormula(): string {
    return this.#combined.formula;
  }

  toJSON(): SiteVnetEstimate {
    return plainSiteVnet(this);
  }
}

/** A site and a VNet it reaches by several routes of any kind (ways into several hubs that peer with one VNet). */
export class SeveralPathsEstimate extends CombinedPathsEstimate {
  // The site, VNet and parameters are read from the first route, as OnePathEstimate's from its way.
  readonly #routes: readonly Route[];
  #paths: PathEstimate[] | undefined;

  /** `routes`: two or more, of one site to one VNet. */
  constructor(routes: readonly Route[], combined: Combined) {
    super(combined);
    this.#routes = routes;
  }

  get siteId(): string {
    return this.#routes[0]!.way.path.siteId;
  }

  get vnetId(): string {
    const { way, hop } = this.#routes[0]!;
    return vnetReached(way, hop);
  }

  get paths(): PathEstimate[] {
    return (this.#paths ??= this.#routes.map((route) => pathOver(route.way, route.hop)));
  }

  protected get params(): EstimateParameters {
    return this.#routes[0]!.way.params;
  }
}

/**
 * A site with several ways in, all into one hub (ExpressRoute with a VPN as failover), and the hub
 * (no hop) or a spoke of it, reached by each way on over the same hop. The ways are the site's one
 * list, shared by the hub and every spoke: at 10,000 elements the 4,905 such pairs kept a list and a
 * route per way each, 700 kB of the 11 MB a run kept (docs/performance.md, "Node, twenty-first round").
 */
export class AlikePathsEstimate extends CombinedPathsEstimate {
  readonly #ways: readonly WayIn[];
  readonly #hop: PeeringHop | undefined;
  #paths: PathEstimate[] | undefined;

  /** `ways`: two or more, of one site, into one hub; `hop`: on to a spoke of it, if any. */
  constructor(ways: readonly WayIn[], hop: PeeringHop | undefined, combined: Combined) {
    super(combined);
    this.#ways = ways;
    this.#hop = hop;
  }

  get siteId(): string {
    return this.#ways[0]!.path.siteId;
  }

  get vnetId(): string {
    return vnetReached(this.#ways[0]!, this.#hop);
  }

  get paths(): PathEstimate[] {
    const hop = this.#hop;
    return (this.#paths ??= this.#ways.map((way) => pathOver(way, hop)));
  }

  protected get params(): EstimateParameters {
    return this.#ways[0]!.params;
  }
}
