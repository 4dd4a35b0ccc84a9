// What a way in (./wayIn.ts) reads of its part to explain itself when read.
import type { ElementOfKind, TopologyElement, TopologyLink } from '../model/types';
import type { SitePath } from '../topology/sitePaths';
import type { ValidationContext } from '../validation/context';
import { labelOf } from '../validation/elementsById';
import type { PlaceReads } from './places';

/** What explaining a way in reads of a design (a ValidationContext, or the way's own WayView). */
export interface WayReads extends PlaceReads {
  linkAt(id: string, linkId: string): TopologyLink | undefined;
  vnetOf(id: string): ElementOfKind<'vnet'> | undefined;
}

/**
 * What a way in reads to explain itself, taken from its part's context when the way is made: its
 * site, device, gateway, circuit, last mile and its gateway's VNet, found as the context finds them.
 * Kept instead of the context by a way whose estimates may be kept through edits that change
 * nothing along its ways (./paths.ts): the context holds its document and all worked out over it,
 * and the context of each edit would be kept with them, and through its document's estimates the
 * one before it.
 * wayIn.test.ts holds the explanations made through it to those made through the context.
 */
export class WayView implements WayReads {
  // Looked up by the ids the way names, as the context looks them up: `byId` is the view itself.
  readonly byId = this;
  readonly #path: SitePath;
  readonly #site: TopologyElement | undefined;
  readonly #device: TopologyElement | undefined;
  readonly #gateway: TopologyElement | undefined;
  readonly #circuit: TopologyElement | undefined;
  readonly #hub: ElementOfKind<'vnet'> | undefined;
  readonly #lastMile: TopologyLink | undefined;

  constructor(
    ctx: ValidationContext,
    path: SitePath,
    site: TopologyElement | undefined,
    gateway: TopologyElement | undefined,
    hub: ElementOfKind<'vnet'> | undefined,
    lastMile: TopologyLink | undefined,
  ) {
    this.#path = path;
    this.#site = site;
    this.#gateway = gateway;
    this.#lastMile = lastMile;
    this.#device = path.deviceId === undefined ? undefined : ctx.byId.get(path.deviceId);
    this.#circuit = path.circuitId === undefined ? undefined : ctx.byId.get(path.circuitId);
    this.#hub = hub;
  }

  get(id: string): TopologyElement | undefined {
    const path = this.#path;
    if (id === path.siteId) return this.#site;
    if (id === path.gatewayId) return this.#gateway;
    if (id === path.circuitId) return this.#circuit;
    if (id === path.deviceId) return this.#device;
    return id === this.#hub?.id ? this.#hub : undefined;
  }

  linkAt(id: string, linkId: string): TopologyLink | undefined {
    return id === this.#path.siteId && linkId === this.#lastMile?.id ? this.#lastMile : undefined;
  }

  vnetOf(id: string): ElementOfKind<'vnet'> | undefined {
    return id === this.#path.gatewayId ? this.#hub : undefined;
  }

  label(id: string): string {
    return labelOf(this.get(id) ?? (id === this.#lastMile?.id ? this.#lastMile : undefined), id);
  }
}
