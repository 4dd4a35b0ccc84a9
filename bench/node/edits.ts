// The edits the "after an edit" benchmark makes, one after another, on a generated hub-and-spoke
// design (shared/testing/largeDesign.ts), through the same operations the designer's commands use:
// a rename, a gateway SKU, a site's monthly traffic, a move, a subnet prefix, a tunnel from one hub's
// branch to the next hub's gateway (joining two hubs), and deleting that tunnel again. Each edit
// picks the next hub in turn, so the edits spread over the design.
import { addLink, deleteItems, moveElements, updateElement } from '../../shared/model/operations';
import type { ElementOfKind, TopologyDocument, TopologyElement } from '../../shared/model/types';

export const EDIT_KINDS = ['rename', 'gateway SKU', 'site traffic', 'move', 'subnet prefix', 'add tunnel', 'delete tunnel'] as const;

function element<K extends TopologyElement['kind']>(doc: TopologyDocument, id: string, kind: K): ElementOfKind<K> {
  const found = doc.elements.find((e) => e.id === id);
  if (!found || found.kind !== kind) throw new Error(`edits: no ${kind} "${id}" in the design`);
  return found as ElementOfKind<K>;
}

// Hubs are filled in order and the last may be cut short: count those with the elements the edits use.
const hubCount = (doc: TopologyDocument) => doc.elements.filter((e) => /^hub-\d+-site-4-fw$/.test(e.id)).length;

/** The design after the `k`-th edit of the sequence (k = 0, 1, 2, …), made on `doc`. */
export function applyEdit(doc: TopologyDocument, k: number): TopologyDocument {
  const hubs = hubCount(doc);
  // The tunnel is added and deleted on the same hub: k and k − 1 pick the same one.
  const kind = EDIT_KINDS[k % EDIT_KINDS.length]!;
  const h = (Math.floor(k / EDIT_KINDS.length) * 5) % hubs;
  const hub = `hub-${h}`;
  switch (kind) {
    case 'rename':
      return updateElement(doc, `${hub}-site-1`, { name: `Branch ${h}-1 (edit ${k})` });
    case 'gateway SKU': {
      const gateway = element(doc, `${hub}-vpngw`, 'vpnGateway');
      return updateElement(doc, gateway.id, { props: { sku: gateway.props.sku === 'VpnGw2AZ' ? 'VpnGw3AZ' : 'VpnGw2AZ' } });
    }
    case 'site traffic': {
      const site = element(doc, `${hub}-site-2`, 'onPremSite');
      return updateElement(doc, site.id, { props: { traffic: { ...site.props.traffic, gbPerMonth: site.props.traffic.gbPerMonth + 10 } } });
    }
    case 'move': {
      const site = element(doc, `${hub}-site-3`, 'onPremSite');
      return moveElements(doc, new Map([[site.id, { x: site.position.x + 10, y: site.position.y }]]));
    }
    case 'subnet prefix': {
      const subnet = element(doc, `${hub}-spoke-0-data`, 'subnet');
      const prefix = subnet.props.prefix.endsWith('/24') ? subnet.props.prefix.replace(/\/24$/, '/25') : subnet.props.prefix.replace(/\/25$/, '/24');
      return updateElement(doc, subnet.id, { props: { prefix } });
    }
    case 'add tunnel':
      return addLink(doc, `${hub}-site-4-fw`, `hub-${(h + 1) % hubs}-vpngw`);
    case 'delete tunnel': {
      const tunnel = doc.links.find((l) => l.kind === 's2s' && l.source === `${hub}-site-4-fw` && l.target === `hub-${(h + 1) % hubs}-vpngw`);
      return tunnel ? deleteItems(doc, [tunnel.id]) : doc;
    }
  }
}

// The design with its hubs joined by Global Reach between their circuits, or peered to each other:
// shared with the tests of the parts it falls into.
export { withBranchesDualHomed, withHubsJoined, withHubsPeered } from '../../shared/estimate/testing/manyParts';
