// Designs of several parts, and of one, for the tests of what is worked out part by part
// (incremental.test.ts, analysisSteps.test.ts).
import { linkSchema } from '../../model/schema';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../../model/types';
import { partsOf } from '../../topology/parts';

/** Designs side by side in one document, their ids prefixed so they do not clash. */
export function sideBySide(docs: readonly TopologyDocument[]): TopologyDocument {
  const elements: TopologyElement[] = [];
  const links: TopologyLink[] = [];
  docs.forEach((doc, d) => {
    const id = (x: string) => `d${d}:${x}`;
    for (const e of doc.elements) elements.push({ ...e, id: id(e.id), ...(e.parentId ? { parentId: id(e.parentId) } : {}) });
    for (const l of doc.links) links.push({ ...l, id: id(l.id), source: id(l.source), target: id(l.target) });
  });
  return { title: 'side by side', description: '', elements, links };
}

/** The document with the first element of each of its parts linked to the next part's by Global Reach: one part. */
export function joined(doc: TopologyDocument): TopologyDocument {
  const firsts = partsOf(doc).parts.map((part) => part.elements[0]!.id);
  const links = firsts.slice(1).map((id, i) => linkSchema.parse({ id: `join-${i}`, kind: 'globalReach', source: firsts[i], target: id }));
  return { ...doc, links: [...doc.links, ...links] };
}

/** The document with the first VNet of each of its parts that has one peered to the next such part's. */
export function peered(doc: TopologyDocument): TopologyDocument {
  const vnets = partsOf(doc)
    .parts.map((part) => part.elements.find((element) => element.kind === 'vnet')?.id)
    .filter((id): id is string => id !== undefined);
  const links = vnets.slice(1).map((id, i) => linkSchema.parse({ id: `peer-${i}`, kind: 'vnetPeering', source: vnets[i], target: id }));
  return { ...doc, links: [...doc.links, ...links] };
}

/**
 * A hub-and-spoke estate (shared/testing/largeDesign.ts) with each hub VNet peered to the next, as a
 * meshed estate is drawn. The rule that reads peerings (address-overlap-connected) sees one part;
 * the estimates see a part per hub with its spokes, each read with the peerings to the hubs next to it
 * (shared/topology/peeringsAround.ts); the other rules see a part per hub and per spoke.
 */
export function withHubsPeered(doc: TopologyDocument): TopologyDocument {
  const hubs = doc.elements.filter((e) => /^hub-\d+$/.test(e.id)).map((e) => e.id);
  const links = hubs.slice(1).map((id, i) => linkSchema.parse({ id: `hub-peering-${i}`, kind: 'vnetPeering', source: hubs[i], target: id }));
  return { ...doc, links: [...doc.links, ...links] };
}

/**
 * A hub-and-spoke estate with each hub's circuit joined to the next hub's by Global Reach, as an
 * estate whose regions reach each other over ExpressRoute is drawn. Only the rules that read Global
 * Reach links and the cost of those links see one part (shared/topology/parts.ts, Joins); the rest
 * see a part per hub.
 */
export function withHubsJoined(doc: TopologyDocument): TopologyDocument {
  const circuits = doc.elements.filter((e) => e.kind === 'erCircuit').map((e) => e.id);
  const links = circuits.slice(1).map((id, i) => linkSchema.parse({ id: `global-reach-${i}`, kind: 'globalReach', source: circuits[i], target: id }));
  return { ...doc, links: [...doc.links, ...links] };
}

/**
 * A hub-and-spoke estate in which one branch of each hub also has a backup tunnel to the next hub's
 * VPN gateway, as dual-homed branches are drawn (and as no-vpn-backup advises). The tunnels join every
 * hub into one part for every rule and estimate: an edit anywhere works out the whole estate again.
 */
export function withBranchesDualHomed(doc: TopologyDocument): TopologyDocument {
  const hubs = doc.elements.filter((e) => /^hub-\d+$/.test(e.id)).map((e) => e.id);
  const ids = new Set(doc.elements.map((e) => e.id));
  const links = hubs.flatMap((hub, h) => {
    const device = `${hub}-site-5-fw`;
    const next = `${hubs[(h + 1) % hubs.length]}-vpngw`;
    if (hubs.length < 2 || !ids.has(device) || !ids.has(next)) return [];
    return [linkSchema.parse({ id: `${device}-backup`, kind: 's2s', source: device, target: next, props: { sharedKey: `Backup${h}Psk`, bgp: true } })];
  });
  return { ...doc, links: [...doc.links, ...links] };
}
