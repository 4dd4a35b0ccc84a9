// The hop from a hub on to a peered spoke, estimated once per peering and spoke for every site
// behind the hub. estimatePaths (./paths.ts) puts it after a way in (./wayIn.ts).
import type { TopologyElement, TopologyLink } from '../model/types';
import type { ValidationContext } from '../validation/context';
import { componentOf, inputOf, type AvailabilityInput, type Component } from './availability';
import { peeringLeg, peeringRttMs } from './latency';
import type { EstimateParameters } from './parameters';
import { regionPlace, type RegionPlace } from './places';
import type { LegEstimate } from './types';
import { labelOf } from '../validation/elementsById';
import { emptyList } from '../kept/lists';

/**
 * The hop from the hub to a peered spoke, made once per peering and spoke for every site behind the
 * hub: its round trip and availability when made, its leg and component (texts) when first read,
 * as a way in's (WayIn).
 */
export class PeeringHop {
  /** Numbers the peering hops of one estimatePaths() call. */
  readonly serial: number;
  /** The leg's round trip (peeringLeg's), null when a region is unknown. */
  readonly rttMs: number | null;
  /** The peering's availability (its component's value). */
  readonly value: number;
  readonly warnings: string[];
  /** The peering link, and the spoke it reaches: what a path over the hop reads them from (./pathViews.ts, ./combinedPaths.ts). */
  readonly peeringId: string;
  readonly spokeId: string;
  // The peering's label is made when read: from the link (or, in a broken file, the element) of its
  // id, kept rather than the context (see WayView in ./wayView.ts).
  readonly #peering: TopologyElement | TopologyLink | undefined;
  readonly #from: RegionPlace;
  readonly #to: RegionPlace;
  readonly #params: EstimateParameters;
  #leg: LegEstimate | undefined;
  #component: Component | undefined;
  #input: AvailabilityInput | undefined;

  constructor(ctx: ValidationContext, serial: number, peeringId: string, hub: RegionPlace | undefined, spokeId: string, params: EstimateParameters) {
    const warnings: string[] = [];
    const spoke = regionPlace(ctx, spokeId, warnings);
    this.serial = serial;
    this.#peering = ctx.byId.get(peeringId) ?? ctx.linkAt(spokeId, peeringId);
    this.peeringId = peeringId;
    this.spokeId = spokeId;
    this.#params = params;
    this.#from = hub ?? { label: 'hub region (unknown)', point: undefined, region: '' };
    this.#to = spoke ?? { label: 'spoke region (unknown)', point: undefined, region: '' };
    this.rttMs = peeringRttMs(this.#from, this.#to, params);
    this.value = params.vnetPeeringAvailability.value;
    this.warnings = warnings.length === 0 ? emptyList() : warnings;
  }

  get leg(): LegEstimate {
    return (this.#leg ??= peeringLeg(this.#from, this.#to, this.#params));
  }

  get component(): Component {
    return (this.#component ??= componentOf(`peering:${this.peeringId}`, `VNet peering ${labelOf(this.#peering, this.peeringId)}`, this.#params.vnetPeeringAvailability));
  }

  get input(): AvailabilityInput {
    return (this.#input ??= inputOf(this.component));
  }
}
