// Which networks can reach each other, and which address ranges overlap, without comparing every
// pair: components come from one union-find pass over links and nesting, overlaps from one sort
// and sweep (O(n log n + overlaps)), so designs of thousands of elements validate in milliseconds.
import type { ElementKind } from '../model/enums';
import type { ElementOfKind, TopologyElement, TopologyLink } from '../model/types';
import type { ParsedCidr } from '../net/cidr';
import { DisjointSets } from '../topology/disjointSets';
import { samePlace } from '../topology/samePlace';
import type { ValidationContext } from './context';
import { DesignScopedMap } from '../kept/designScoped';

/** An address range owned by something, in a group whose members are compared with each other. */
export interface Interval<T> {
  group: number;
  cidr: ParsedCidr;
  item: T;
}

/**
 * Calls `visit` once for every two intervals of one group whose ranges overlap (earlier first
 * address first). Sorted by group, version and first address, every interval still open when the
 * next one starts overlaps it, so the work is the sort plus the overlaps reported.
 */
export function forEachOverlap<T>(intervals: readonly Interval<T>[], visit: (earlier: Interval<T>, later: Interval<T>) => void): void {
  const sorted = [...intervals].sort(
    (a, b) => a.group - b.group || a.cidr.version - b.cidr.version || compareBigInt(a.cidr.first, b.cidr.first) || compareBigInt(b.cidr.last, a.cidr.last),
  );
  // Kept in place, with a count of its own: a new list per interval was most of this function's
  // garbage, and so was shortening the list by its length, which gives its room back so that the
  // next push makes a new backing store (a megabyte a run at 10,000 elements).
  const open: Interval<T>[] = [];
  let openCount = 0;
  for (const current of sorted) {
    let kept = 0;
    for (let i = 0; i < openCount; i++) {
      const o = open[i]!;
      if (o.group === current.group && o.cidr.version === current.cidr.version && o.cidr.last >= current.cidr.first) open[kept++] = o;
    }
    for (let i = 0; i < kept; i++) visit(open[i]!, current);
    open[kept] = current;
    openCount = kept + 1;
  }
}

function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kinds whose links do not carry private traffic between the things they join. */
const NOT_ROUTING: ReadonlySet<ElementKind> = new Set(['peeringLocation', 'microsoftServices']);

/** The component of each element id: elements that reach each other share a number. */
export interface Components {
  get(id: string): number | undefined;
}

/**
 * Component number of every element: elements joined by links (except Microsoft peering and links
 * through a peering-location or Microsoft-services element, which do not route private ranges
 * between circuits) or by nesting (a gateway joins its subnet and VNet) share a number.
 */
export function connectedComponents(ctx: ValidationContext): Components {
  const { elements, links } = ctx.doc;
  const kept = components.get(links);
  if (kept && joinedAlike(kept, elements)) return kept.component;
  const component = findComponents(ctx);
  components.set(links, { elements, component });
  return component;
}

/**
 * The components of a document, by its links array: the next document after an edit of an element
 * (a rename, a property, a move) has the same links, and its elements the same ids, parents and
 * kinds, so the same components. It matters where one part is the whole design (hubs peered to each
 * other, or joined by Global Reach): address-overlap-connected then runs over all of it after every
 * edit, and finding the components was most of its time.
 */
const components = new DesignScopedMap<readonly TopologyLink[], KeptComponents>();

interface KeptComponents {
  /**
   * The elements they were found for: elements are never changed in place (an edit makes a new
   * one), so their ids, parents and kinds can be compared later. Copying those out was a third of
   * finding the components at 1,000 elements; an edit leaves most elements shared anyway.
   */
  elements: readonly TopologyElement[];
  component: Components;
}

function joinedAlike(kept: KeptComponents, elements: readonly TopologyElement[]): boolean {
  const was = kept.elements;
  if (was === elements) return true;
  if (was.length !== elements.length) return false;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const w = was[i]!;
    if (e !== w && !samePlace(e, w)) return false;
  }
  return true;
}

// By element index, over the context's index of ids and the ends it looked up: no map of its own.
// Elements that share an id (only in a broken file) are joined, so an id has one component.
function findComponents(ctx: ValidationContext): Components {
  const elements = ctx.doc.elements;
  const links = ctx.doc.links;
  // The index, not the context: kept components must not keep the context's other maps.
  const index = ctx.indexes;
  const { parentAt, sourceAt, targetAt, idsShared } = ctx.ends;
  const sets = new DisjointSets(elements.length);
  for (let i = 0; i < elements.length; i++) {
    if (idsShared) sets.join(i, index.get(elements[i]!.id)!);
    if (parentAt[i]! >= 0) sets.join(i, parentAt[i]!);
  }
  for (let j = 0; j < links.length; j++) {
    if (links[j]!.kind === 'microsoftPeering') continue;
    const source = sourceAt[j]!;
    const target = targetAt[j]!;
    if (source < 0 || target < 0 || NOT_ROUTING.has(elements[source]!.kind) || NOT_ROUTING.has(elements[target]!.kind)) continue;
    sets.join(source, target);
  }
  const root = new Int32Array(elements.length);
  for (let i = 0; i < elements.length; i++) root[i] = sets.find(i);
  return {
    get(id) {
      const i = index.get(id);
      return i === undefined ? undefined : root[i];
    },
  };
}

export type NetworkKind = 'vnet' | 'onPremSite' | 'localNetworkGateway' | 'p2sUserGroup';

/** One address range of a network: a VNet, site or local network gateway address space, or a P2S pool. */
export interface NetworkRange {
  elementId: string;
  kind: NetworkKind;
  text: string;
  cidr: ParsedCidr;
}

/** Every valid range of every network (invalid ones are reported by invalid-cidr, not here). */
export function networkRanges(ctx: ValidationContext): NetworkRange[] {
  const ranges: NetworkRange[] = [];
  const add = (elementId: string, kind: NetworkKind, text: string) => {
    const parsed = ctx.cidr(text);
    if (parsed.ok) ranges.push({ elementId, kind, text: parsed.cidr.normalized, cidr: parsed.cidr });
  };
  for (const kind of ['vnet', 'onPremSite', 'localNetworkGateway'] as const) {
    for (const el of ctx.elementsOfKind(kind)) for (const text of el.props.addressSpaces) add(el.id, kind, text);
  }
  for (const group of ctx.elementsOfKind('p2sUserGroup')) {
    if (group.props.addressPool.trim() !== '') add(group.id, 'p2sUserGroup', group.props.addressPool);
  }
  return ranges;
}

/** The VNets an ExpressRoute circuit reaches through its connections, each with the connections to it. */
export function vnetsReachedByCircuit(
  ctx: ValidationContext,
  circuitId: string,
): Array<{ vnet: ElementOfKind<'vnet'>; linkIds: string[] }> {
  const byVnet = new Map<string, { vnet: ElementOfKind<'vnet'>; linkIds: string[] }>();
  for (const link of ctx.linksOf(circuitId, 'erConnection')) {
    const gateway = ctx.otherEnd(link, circuitId);
    if (gateway?.kind !== 'erGateway') continue;
    const vnet = ctx.vnetOf(gateway.id);
    if (!vnet) continue;
    const entry = byVnet.get(vnet.id);
    if (entry) entry.linkIds.push(link.id);
    else byVnet.set(vnet.id, { vnet, linkIds: [link.id] });
  }
  return [...byVnet.values()];
}
