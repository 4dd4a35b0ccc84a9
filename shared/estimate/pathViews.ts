// The path estimates a design keeps, as views over what they are worked out from: a site and VNet
// reached by one path (OnePathEstimate) and a path on to a peered spoke (ThroughPeeringEstimate) hold
// the way in and the peering hop, and work every figure out when read. The estimates of a large
// design are kept between edits, and most views read only the figures (docs/performance.md, "Node,
// eleventh round"). Both serialise (toJSON) as the plain estimates would, key for key.
import { flat } from '../kept/flat';
import { throughPeering, type SitePath } from '../topology/sitePaths';
import { describeParallel, downtimeMinutesPerMonth } from './availability';
import type { EstimateParameters } from './parameters';
import type { LegEstimate, PathEstimate, SiteVnetEstimate } from './types';
import type { PeeringHop, WayIn } from './wayIn';

/** A way in with its estimate as a path of its own (to the gateway's VNet). */
export interface EstimatedWay {
  way: WayIn;
  estimate: PathEstimate;
}

/**
 * A site and a VNet it reaches by one path, the usual case: the path (for a spoke, made when first
 * read) and its availability on its own, as combineParallel and describeParallel give it for one
 * path (1 − (1 − its components that can fail, in series)), without their maps. Worked out when read,
 * like ThroughPeeringEstimate: 1,944 of them at 1,000 elements, kept between edits. Serialises
 * (toJSON) as the plain estimate would, key for key.
 */
export class OnePathEstimate implements SiteVnetEstimate {
  readonly siteId: string;
  readonly vnetId: string;
  readonly #est: EstimatedWay;
  readonly #hop: PeeringHop | undefined;
  readonly #peeringId: string;
  readonly #params: EstimateParameters;
  #paths: PathEstimate[] | undefined;

  constructor(siteId: string, vnetId: string, est: EstimatedWay, hop: PeeringHop | undefined, peeringId: string, params: EstimateParameters) {
    this.siteId = siteId;
    this.vnetId = vnetId;
    this.#est = est;
    this.#hop = hop;
    this.#peeringId = peeringId;
    this.#params = params;
  }

  get paths(): PathEstimate[] {
    const hop = this.#hop;
    return (this.#paths ??= [hop ? estimateThroughPeering(this.#est, hop, this.#peeringId, this.vnetId, this.#params) : this.#est.estimate]);
  }

  get combinedAvailability(): number {
    const way = this.#est.way;
    const hop = this.#hop;
    const inSeries = hop && hop.component.value < 1 ? way.inSeries * hop.component.value : way.inSeries;
    return 1 - (1 - inSeries);
  }

  get combinedDowntimeMinutesPerMonth(): number {
    return downtimeMinutesPerMonth(this.combinedAvailability, this.#params);
  }

  get combinedFormula(): string {
    return loneFormula(this.combinedAvailability);
  }

  toJSON(): SiteVnetEstimate {
    return {
      siteId: this.siteId,
      vnetId: this.vnetId,
      paths: this.paths,
      combinedAvailability: this.combinedAvailability,
      combinedDowntimeMinutesPerMonth: this.combinedDowntimeMinutesPerMonth,
      combinedFormula: this.combinedFormula,
    };
  }
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

export function estimateThroughPeering(est: EstimatedWay, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath): PathEstimate {
  return new ThroughPeeringEstimate(est, hop, peeringId, vnetId, params, path);
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
class ThroughPeeringEstimate implements PathEstimate {
  readonly #est: EstimatedWay;
  readonly #hop: PeeringHop;
  readonly #peeringId: string;
  readonly #vnetId: string;
  readonly #params: EstimateParameters;
  #path: SitePath | undefined;
  #legs: LegEstimate[] | undefined;
  #warnings: string[] | undefined;
  #inputs: PathEstimate['availabilityInputs'] | undefined;

  constructor(est: EstimatedWay, hop: PeeringHop, peeringId: string, vnetId: string, params: EstimateParameters, path?: SitePath) {
    this.#est = est;
    this.#hop = hop;
    this.#peeringId = peeringId;
    this.#vnetId = vnetId;
    this.#params = params;
    this.#path = path;
  }

  get rttMs(): number | null {
    // sumRtt over the way's legs and then the hop's: the same sum, in the same order.
    const direct = this.#est.estimate.rttMs;
    const hop = this.#hop.leg.rttMs;
    return direct === null || hop === null ? null : direct + hop;
  }

  get overInternet(): boolean {
    return this.#est.estimate.overInternet;
  }

  get encrypted(): boolean {
    return this.#est.estimate.encrypted;
  }

  get jitter(): PathEstimate['jitter'] {
    return this.#est.estimate.jitter;
  }

  get bottleneckMbps(): number | null {
    return this.#est.way.spokeNeck.mbps;
  }

  get bottleneckAt(): string {
    return this.#est.way.spokeNeck.at;
  }

  get bandwidthInputs(): PathEstimate['bandwidthInputs'] {
    return this.#est.way.spokeCapacities;
  }

  get availability(): number {
    return this.#est.way.availability * this.#hop.component.value;
  }

  get downtimeMinutesPerMonth(): number {
    return downtimeMinutesPerMonth(this.availability, this.#params);
  }

  get path(): SitePath {
    return (this.#path ??= throughPeering(this.#est.estimate.path, this.#peeringId, this.#vnetId));
  }

  get legs(): LegEstimate[] {
    return (this.#legs ??= this.#est.way.legs.concat(this.#hop.leg));
  }

  get warnings(): string[] {
    return (this.#warnings ??= this.#hop.warnings.length > 0 ? this.#est.way.warnings.concat(this.#hop.warnings) : this.#est.way.warnings);
  }

  get availabilityInputs(): PathEstimate['availabilityInputs'] {
    return (this.#inputs ??= this.#est.way.inputs.concat(this.#hop.input));
  }

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

