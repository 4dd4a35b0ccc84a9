import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, LINK_KINDS, type ElementKind, type LinkKind } from './enums';
import { LINK_KIND_INFO, checkConnection, inferLinkKind } from './linkKinds';
import { emptyDocument, addElements } from './operations';
import { elementSchema, linkSchema } from './schema';
import type { TopologyDocument } from './types';

const allowedPairs: [LinkKind, ElementKind, ElementKind][] = LINK_KINDS.flatMap((kind) =>
  LINK_KIND_INFO[kind].ends.map(([a, b]) => [kind, a, b] as [LinkKind, ElementKind, ElementKind]),
);

/** A document with one element of each given kind, its id being the kind. */
function docWith(...kinds: ElementKind[]): TopologyDocument {
  return addElements(
    emptyDocument(),
    kinds.map((kind, i) => elementSchema.parse({ id: `${kind}-${i + 1}`, kind, position: { x: 0, y: 0 } })),
  );
}

describe('inferLinkKind', () => {
  it.each(allowedPairs)('infers %s from %s and %s, in either order', (kind, a, b) => {
    expect(inferLinkKind(a, b)).toBe(kind);
    expect(inferLinkKind(b, a)).toBe(kind);
  });

  it('gives every pair of element kinds at most one link kind', () => {
    const seen = new Map<string, LinkKind>();
    for (const [kind, a, b] of allowedPairs) {
      const key = [a, b].sort().join('|');
      expect(seen.get(key), key).toBeUndefined();
      seen.set(key, kind);
    }
  });

  it('refuses every pair no link kind lists', () => {
    const listed = new Set(allowedPairs.flatMap(([, a, b]) => [`${a}|${b}`, `${b}|${a}`]));
    for (const a of ELEMENT_KINDS)
      for (const b of ELEMENT_KINDS) if (!listed.has(`${a}|${b}`)) expect(inferLinkKind(a, b), `${a}|${b}`).toBeNull();
  });

  it('has a schema for every link kind it can infer', () => {
    for (const [kind] of allowedPairs) expect(linkSchema.safeParse({ id: 'l', kind, source: 'a', target: 'b' }).success).toBe(true);
  });
});

describe('checkConnection', () => {
  it.each(allowedPairs)('accepts a %s link between %s and %s', (kind, a, b) => {
    const doc = docWith(a, b);
    expect(checkConnection(doc, doc.elements[0]!.id, doc.elements[1]!.id)).toEqual({ ok: true, kind });
    expect(checkConnection(doc, doc.elements[1]!.id, doc.elements[0]!.id)).toEqual({ ok: true, kind });
  });

  it.each<[string, ElementKind, ElementKind, string]>([
    ['a site to a VNet', 'onPremSite', 'vnet', 'A site reaches Azure through a VPN device (site-to-site) or a connectivity partner (ExpressRoute), not directly.'],
    ['a site to a VPN gateway', 'onPremSite', 'vpnGateway', 'A site reaches Azure through a VPN device (site-to-site) or a connectivity partner (ExpressRoute), not directly.'],
    ['a subnet to a VNet', 'subnet', 'vnet', 'Subnets are not linked directly: link the VNet, or a gateway inside it.'],
    ['a subnet to a VPN device', 'vpnDevice', 'subnet', 'Subnets are not linked directly: link the VNet, or a gateway inside it.'],
    ['a VNet to a VPN device', 'vnet', 'vpnDevice', 'A Virtual network cannot link to a VPN device: connect through a gateway inside the VNet.'],
    ['a VNet to a circuit', 'vnet', 'erCircuit', 'A Virtual network cannot link to an ExpressRoute circuit: connect through a gateway inside the VNet.'],
    ['a circuit to a VNet', 'erCircuit', 'vnet', 'An ExpressRoute circuit cannot link to a Virtual network: connect through a gateway inside the VNet.'],
    ['a VPN gateway to a circuit', 'vpnGateway', 'erCircuit', 'An ExpressRoute circuit connects to an ExpressRoute gateway, not a VPN gateway.'],
    ['an ER gateway to a VPN device', 'erGateway', 'vpnDevice', 'IPsec tunnels end on a VPN gateway, not an ExpressRoute gateway.'],
    ['an ER gateway to a local network gateway', 'localNetworkGateway', 'erGateway', 'IPsec tunnels end on a VPN gateway, not an ExpressRoute gateway.'],
    ['two sites', 'onPremSite', 'onPremSite', 'No link joins an On-premises site and an On-premises site.'],
    ['users to a VPN device', 'p2sUserGroup', 'vpnDevice', 'No link joins Point-to-site users and a VPN device.'],
  ])('refuses %s with a reason', (_, a, b, reason) => {
    const doc = docWith(a, b);
    expect(checkConnection(doc, doc.elements[0]!.id, doc.elements[1]!.id)).toEqual({ ok: false, reason });
  });

  it('refuses linking an element to itself', () => {
    const doc = docWith('vnet');
    expect(checkConnection(doc, 'vnet-1', 'vnet-1')).toEqual({ ok: false, reason: 'An element cannot be linked to itself.' });
  });

  it('refuses an end that is not in the design', () => {
    const doc = docWith('vnet');
    expect(checkConnection(doc, 'vnet-1', 'gone')).toEqual({ ok: false, reason: 'Both ends must be elements of the design.' });
  });

  it.each([
    ['the same direction', 'vpnDevice-1', 'vpnGateway-2'],
    ['the other direction', 'vpnGateway-2', 'vpnDevice-1'],
  ])('refuses a second link between the same two elements, drawn in %s', (_, source, target) => {
    const doc = docWith('vpnDevice', 'vpnGateway');
    doc.links.push(linkSchema.parse({ id: 's2s-1', kind: 's2s', source: 'vpnDevice-1', target: 'vpnGateway-2' }));
    expect(checkConnection(doc, source, target)).toEqual({
      ok: false,
      reason: 'These two are already joined by a Site-to-site IPsec link.',
    });
  });

  it('uses "an" before a link label that starts with a vowel', () => {
    const doc = docWith('erGateway', 'erCircuit');
    doc.links.push(linkSchema.parse({ id: 'c', kind: 'erConnection', source: 'erGateway-1', target: 'erCircuit-2' }));
    expect(checkConnection(doc, 'erCircuit-2', 'erGateway-1')).toEqual({
      ok: false,
      reason: 'These two are already joined by an ExpressRoute connection link.',
    });
  });
});
