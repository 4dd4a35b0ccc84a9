// What is down when the user marks things as failed. A failed element takes its links and what is
// nested in it with it (a failed VNet takes its gateways), and a failed peering location takes the
// circuits delivered there: those cross-connected to it and those whose `peeringLocation` names it.
// Everything that depends on a failed gateway, circuit or link then has no path, which is exactly
// what removing them from the design gives the path finder: nothing here re-implements paths.
import { withDescendants } from '../model/operations';
import type { TopologyDocument, TopologyElement } from '../model/types';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The circuits at a peering location element: cross-connected to it, or naming it in their props. */
function circuitsAt(doc: TopologyDocument, location: TopologyElement): string[] {
  if (location.kind !== 'peeringLocation') return [];
  const names = [location.props.location, location.name].filter((n) => n.trim() !== '');
  const circuits = new Set<string>();
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  for (const link of doc.links) {
    if (link.kind !== 'providerCrossConnect') continue;
    const other = link.source === location.id ? link.target : link.target === location.id ? link.source : undefined;
    if (other !== undefined && byId.get(other)?.kind === 'erCircuit') circuits.add(other);
  }
  for (const e of doc.elements) {
    if (e.kind === 'erCircuit' && e.props.peeringLocation.trim() !== '' && names.some((n) => sameName(n, e.props.peeringLocation))) circuits.add(e.id);
  }
  return [...circuits];
}

/**
 * Every element and link that is down when `failedIds` fail: the failed ones that exist, the
 * circuits at failed peering locations, what is nested in failed elements, and the links touching
 * any of them. Ids the design does not hold are ignored (a scene may name deleted things).
 */
export function downIds(doc: TopologyDocument, failedIds: Iterable<string>): Set<string> {
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const linkIds = new Set(doc.links.map((l) => l.id));
  const failedElements: string[] = [];
  const down = new Set<string>();
  for (const id of failedIds) {
    const element = byId.get(id);
    if (element) {
      failedElements.push(id);
      failedElements.push(...circuitsAt(doc, element));
    } else if (linkIds.has(id)) {
      down.add(id);
    }
  }
  for (const id of withDescendants(doc, failedElements)) down.add(id);
  for (const link of doc.links) {
    if (down.has(link.source) || down.has(link.target)) down.add(link.id);
  }
  return down;
}

/** The design as it is with `failedIds` down: the same document without what is down. */
export function applyFailures(doc: TopologyDocument, failedIds: Iterable<string>): TopologyDocument {
  return withoutDown(doc, downIds(doc, failedIds));
}

/** The document without the elements and links of `down` (as worked out by downIds). */
export function withoutDown(doc: TopologyDocument, down: ReadonlySet<string>): TopologyDocument {
  if (down.size === 0) return doc;
  return {
    ...doc,
    elements: doc.elements.filter((e) => !down.has(e.id)),
    links: doc.links.filter((l) => !down.has(l.id)),
  };
}
