// Which VNets are spokes, to be drawn right of the hub they are peered with. A hub is what spokes
// lean on: it holds the gateways, or failing that it has more peerings. Deciding this up front (as
// a column of its own) rather than from the peering links keeps chains of peered VNets from
// stretching the Azure column into one layer per VNet, which is unreadable and, for ELK, slow.
import { isGatewayKind } from '../model/elementCatalog';
import type { TopologyDocument } from '../model/types';
import type { NestingTree } from './nestingTree';

export function spokeVnets(doc: TopologyDocument, tree: NestingTree): Set<string> {
  const kindOf = new Map(doc.elements.map((e) => [e.id, e.kind]));
  const withGateways = new Set<string>();
  for (const el of doc.elements) {
    if (!isGatewayKind(el.kind)) continue;
    for (let at = tree.parent.get(el.id); at !== undefined; at = tree.parent.get(at)) if (kindOf.get(at) === 'vnet') withGateways.add(at);
  }
  const peers = new Map<string, Set<string>>();
  for (const link of doc.links) {
    if (kindOf.get(link.source) !== 'vnet' || kindOf.get(link.target) !== 'vnet' || link.source === link.target) continue;
    for (const [a, b] of [[link.source, link.target], [link.target, link.source]] as const) peers.set(a, (peers.get(a) ?? new Set()).add(b));
  }
  const rank = (id: string) => (withGateways.has(id) ? 1_000_000 : 0) + (peers.get(id)?.size ?? 0);
  const spokes = new Set<string>();
  for (const [vnet, its] of peers) if ([...its].some((peer) => rank(peer) > rank(vnet))) spokes.add(vnet);
  return spokes;
}
