// The path estimates a design keeps, as views over what they are worked out from: a way in's own
// path (DirectEstimate), a site and VNet reached by one path (OnePathEstimate; by several:
// ./combinedPaths.ts) and a path on to a peered spoke (ThroughPeeringEstimate) hold the ways in
// and peering hops, and work every figure out when read. The estimates of a large design are kept between edits, and most views read only
// the figures (docs/performance.md, "Node, eleventh round" and "twelfth round"). Each serialises
// (toJSON) as the plain estimate would, key for key.
import { flat } from '../kept/flat';
import { throughPeering, type SitePath } from '../topology/sitePaths';
import { describeParallel, downtimeMinutesPerMonth } from './availability';
import type { EstimateParameters } from './parameters';
import type { LegEstimate, PathEstimate, SiteVnetEstimate } from './types';
import type { PeeringHop } from './peeringHop';
import type { WayIn } from './wayIn';

/**
 * A path estimate over a way in (and, for a spoke, a peering hop): what every such view reads from
 * the way alone, and its serialisation. The way and parameters are kept, read-only; a view has no
 * own enumerable field, so compare views by their JSON.
 */
abstract class PathView implements PathEstimate {
  // Private, read through the getters: a view has no own fields but the serialised ones' (toJSON).
  readonly #way: WayIn;
  readonly #params: EstimateParameters;

  protected constructor(way: WayIn, params: EstimateParameters) {
    this.#way = way;
    this.#params = params;
  }

  protected get way(): WayIn {
    return this.#way;
  }

  protected get params(): EstimateParameters {
    return this.#params;
  }

  abstract readonly path: SitePath;
  abstract readonly legs: LegEstimate[];
  abstract readonly rttMs: number | null;
  abstract readonly warnings: string[];
  abstract readonly bottleneckMbps: number | null;
  abstract readonly bottleneckAt: string;
  abstract readonly bandwidthInputs: PathEstimate['bandwidthInputs'];
  abstract readonly availability: number;
  abstract readonly availabilityInputs: PathEstimate['availabilityInputs'];

  get overInternet(): boolean {
    return this.way.path.overInternet;
  }

  get encrypted(): boolean {
    return this.way.path.encrypted;
  }

  get jitter(): PathEstimate['jitter'] {
    return this.way.path.overInternet ? this.params.internetJitter.value : this.params.privateJitter.value;
  }

  get downtimeMinutesPerMonth(): number {
    return downtimeMinutesPerMonth(this.availability, this.params);
  }

  /** The plain estimate, key for key in PathEstimate's order. */
  toJSON(): PathEstimate {
    return {
      path: this.path,
      legs: this.legs,
      rttMs: this.rttMs,
      warnings: this.warnings,
      overInternet: this.overInternet,
      encrypted: this.encrypted,
      jitter: this.jitter,
      bottleneckMbps: this.bottleneckMbps,
      bottleneckAt: this.bottleneckAt,
      bandwidthInputs: this.bandwidthInputs,
      availability: this.availability,
      downtimeMinutesPerMonth: this.downtimeMinutesPerMonth,
      availabilityInputs: this.availabilityInputs,
    };
  }
}

/** A way in as a path of its own, to the gateway's VNet: its figures, and what explains them when read. */
export class DirectEstimate extends PathView {
  constructor(way: WayIn, params: EstimateParameters) {
    super(way, params);
  }

  get path(): SitePath {
    return this.way.path;
  }

  get legs(): LegEstimate[] {
    return this.way.legs;
  }

  get rttMs(): number | null {
    return this.way.rttMs;
  }

  get warnings(): string[] {
    return this.way.warnings;
  }

  get bottleneckMbps(): number | null {
    return this.way.neckMbps;
  }

  get bottleneckAt(): string {
    return this.way.neck.at;
  }

  get bandwidthInputs(): PathEstimate['bandwidthInputs'] {
    return this.way.capacities;
  }

  get availability(): number {
    return this.way.availability;
  }

  get availabilityInputs(): PathEstimate['availabilityInputs'] {
    return this.way.inputs;
  }
}

/**
 * A site and a VNet it reaches by one path, the usual case: the path (for a spoke, made when first
 * read) and its availability on its own, as combineParallel and describeParallel give it for one
 * path (1 − (1 − its components that can fail, in series)), without their maps. Worked out when read,
 * like ThroughPeeringEstimate: 1,944 of them at 1,000 elements, kept between edits. Serialises
 * (toJSON) as the plain estimate would, key for key.
 */
export class OnePathEstimate implements SiteVnetEstimate {
  // Only what the site, VNet and parameters are read from: a large design keeps one of these for
  // every site and VNet it reaches (14,706 at 10,000 elements), and each field kept is a word more
  // for every one the young-generation collector copies, in every run (docs/performance.md, "Node,
  // twenty-first round").
  readonly #way: WayIn;
  readonly #hop: PeeringHop | undefined;
  #paths: PathEstimate[] | undefined;

  /** The site's way in and, for a spoke, the peering hop on to it. */
  constructor(way: WayIn, hop: PeeringHop | undefined) {
    this.#way = way;
    this.#hop = hop;
  }

  get siteId(): string {
    return this.#way.path.siteId;
  }

  get vnetId(): string {
    return vnetReached(this.#way, this.#hop);
  }

  get paths(): PathEstimate[] {
    return (this.#paths ??= [pathOver(this.#way, this.#hop)]);
  }

  get combinedAvailability(): number {
    const way = this.#way;
    const hop = this.#hop;
    const inSeries = hop && hop.value < 1 ? way.inSeries * hop.value : way.inSeries;
    return 1 - (1 - inSeries);
  }

  get combinedDowntimeMinutesPerMonth(): number {
    return downtimeMinutesPerMonth(this.combinedAvailability, this.#way.params);
  }

  get combinedFormula(): string {
    return loneFormula(this.combinedAvailability);
  }

  toJSON(): SiteVnetEstimate {
    return plainSiteVnet(this);
  }
}

/** The VNet a way in reaches: its hub, or over a peering hop the spoke after it. */
export const vnetReached = (way: WayIn, hop: PeeringHop | undefined): string => (hop ? hop.spokeId : way.path.vnetId);

/** The path over a way in and, for a spoke, the peering hop after it, made when read. */
export const pathOver = (way: WayIn, hop: PeeringHop | undefined): PathEstimate =>
  hop ? estimateThroughPeering(way, hop, hop.peeringId, hop.spokeId, way.params) : new DirectEstimate(way, way.params);

/** The plain estimate of a site and VNet, key for key, as each view serialises (toJSON). */
export function plainSiteVnet(e: SiteVnetEstimate): SiteVnetEstimate {
  return {
    siteId: e.siteId,
    vnetId: e.vnetId,
    paths: e.paths,
    combinedAvailability: e.combinedAvailability,
    combinedDowntimeMinutesPerMonth: e.combinedDowntimeMinutesPerMonth,
    combinedFormula: e.combinedFormula,
  };
}

// Many pairs have the same figure: the text is kept by value, in a map cleared when it grows large.
const LONE_FORMULAS = new Map<number, string>();
const LONE_FORMULAS_LIMIT = 10_000;

function loneFormula(availability: number): string {
  let formula = LONE_FORMULAS.get(availability);
  if (formula === undefined) {
    if (LONE_FORMULAS.size >= LONE_FORMULAS_LIMIT) LONE_FORMULAS.clear();
    formula = flat(describeParallel({ availability, exact: true, shared: [], common: [], privateParts: [] }, 1));
    LONE_FORMULAS.set(availability, formula);
  }
  return formula;
}

export function estimateThroughPeering(way: WayIn, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath): PathEstimate {
  return new ThroughPeeringEstimate(way, hop, peeringId, vnetId, params, path);
}

/**
 * A path on to a peered spoke: its way in and the peering hop. Everything is worked out from the two
 * when read: the figures (the round trip and availability extend the way in's by the hop's) and the
 * lists a view reads to explain them (legs, warnings, availability inputs, the path itself, put
 * together when first read). A hub with eight spokes gives each site nine paths, most views read only
 * the figures, and the estimates of a large design are kept between edits: an object of five fields
 * keeps far less than one that held every figure (each number field a boxed number of its own).
 * Serialises (toJSON) as the plain estimate would, key for key.
 */
class ThroughPeeringEstimate extends PathView {
  readonly #hop: PeeringHop;
  readonly #peeringId: string;
  readonly #vnetId: string;
  #path: SitePath | undefined;
  #legs: LegEstimate[] | undefined;
  #warnings: string[] | undefined;
  #inputs: PathEstimate['availabilityInputs'] | undefined;

  constructor(way: WayIn, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath) {
    super(way, params);
    this.#hop = hop;
    this.#peeringId = peeringId;
    this.#vnetId = vnetId;
    this.#path = path;
  }

  get rttMs(): number | null {
    // sumRtt over the way's legs and then the hop's: the same sum, in the same order.
    const direct = this.way.rttMs;
    const hop = this.#hop.rttMs;
    return direct === null || hop === null ? null : direct + hop;
  }

  get bottleneckMbps(): number | null {
    return this.way.spokeNeckMbps;
  }

  get bottleneckAt(): string {
    return this.way.spokeNeck.at;
  }

  get bandwidthInputs(): PathEstimate['bandwidthInputs'] {
    return this.way.spokeCapacities;
  }

  get availability(): number {
    return this.way.availability * this.#hop.value;
  }

  get path(): SitePath {
    return (this.#path ??= throughPeering(this.way.path, this.#peeringId, this.#vnetId));
  }

  get legs(): LegEstimate[] {
    return (this.#legs ??= this.way.legs.concat(this.#hop.leg));
  }

  get warnings(): string[] {
    return (this.#warnings ??= this.#hop.warnings.length > 0 ? this.way.warnings.concat(this.#hop.warnings) : this.way.warnings);
  }

  get availabilityInputs(): PathEstimate['availabilityInputs'] {
    return (this.#inputs ??= this.way.inputs.concat(this.#hop.input));
  }
}
