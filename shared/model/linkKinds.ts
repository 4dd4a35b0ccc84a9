// Which link kind joins which two element kinds. The kind of a new link is inferred from its two
// ends, so the user never picks it; a pair no kind allows is refused with a reason they can act on.
import type { ElementKind, LinkKind } from './enums';
import { ELEMENT_KIND_INFO } from './elementCatalog';
import type { TopologyDocument } from './types';

export interface LinkKindInfo {
  kind: LinkKind;
  label: string;
  description: string;
  /** Unordered pairs of element kinds this link may join. */
  ends: ReadonlyArray<readonly [ElementKind, ElementKind]>;
}

export const LINK_KIND_INFO: Record<LinkKind, LinkKindInfo> = {
  s2s: {
    kind: 's2s',
    label: 'Site-to-site IPsec',
    description: 'An IPsec/IKE tunnel over the internet between an on-premises VPN device and a VPN gateway.',
    ends: [
      ['vpnDevice', 'vpnGateway'],
      ['localNetworkGateway', 'vpnGateway'],
    ],
  },
  p2s: {
    kind: 'p2s',
    label: 'Point-to-site',
    description: 'VPN clients of remote users connecting to a VPN gateway.',
    ends: [['p2sUserGroup', 'vpnGateway']],
  },
  erConnection: {
    kind: 'erConnection',
    label: 'ExpressRoute connection',
    description: "Links an ExpressRoute gateway to a circuit's private peering.",
    ends: [['erGateway', 'erCircuit']],
  },
  providerCrossConnect: {
    kind: 'providerCrossConnect',
    label: 'Provider cross-connect',
    description: 'The provider hands the circuit over to Microsoft at the peering location.',
    ends: [
      ['erCircuit', 'connectivityProvider'],
      ['erCircuit', 'peeringLocation'],
      ['connectivityProvider', 'peeringLocation'],
    ],
  },
  lastMile: {
    kind: 'lastMile',
    label: 'Last mile',
    description: "The site's access link to its provider or to its VPN device.",
    ends: [
      ['onPremSite', 'connectivityProvider'],
      ['onPremSite', 'vpnDevice'],
    ],
  },
  vnetPeering: {
    kind: 'vnetPeering',
    label: 'VNet peering',
    description: "Joins two VNets over Microsoft's backbone; not transitive.",
    ends: [['vnet', 'vnet']],
  },
  globalReach: {
    kind: 'globalReach',
    label: 'Global Reach',
    description: "Joins two circuits' private peerings so their sites talk over Microsoft's backbone.",
    ends: [['erCircuit', 'erCircuit']],
  },
  microsoftPeering: {
    kind: 'microsoftPeering',
    label: 'Microsoft peering',
    description: 'Reaches Microsoft 365 and public Azure services over the circuit.',
    ends: [['erCircuit', 'microsoftServices']],
  },
};

const pairKey = (a: ElementKind, b: ElementKind) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const KIND_BY_PAIR: ReadonlyMap<string, LinkKind> = new Map(
  Object.values(LINK_KIND_INFO).flatMap((info) => info.ends.map(([a, b]) => [pairKey(a, b), info.kind] as const)),
);

export function inferLinkKind(a: ElementKind, b: ElementKind): LinkKind | null {
  return KIND_BY_PAIR.get(pairKey(a, b)) ?? null;
}

export type ConnectionCheck = { ok: true; kind: LinkKind } | { ok: false; reason: string };

/** "a VPN device", "an ExpressRoute circuit"; plural labels ("Point-to-site users") take none. */
function withArticle(label: string): string {
  if (label.endsWith('s')) return label;
  return /^[AEIOU]/i.test(label) ? `an ${label}` : `a ${label}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why these two kinds cannot be joined, phrased as what to do instead. */
function refusalFor(a: ElementKind, b: ElementKind): string {
  const la = withArticle(ELEMENT_KIND_INFO[a].label);
  const lb = withArticle(ELEMENT_KIND_INFO[b].label);
  const kinds = new Set([a, b]);
  if (kinds.has('subnet')) return 'Subnets are not linked directly: link the VNet, or a gateway inside it.';
  if (kinds.has('onPremSite') && (kinds.has('vnet') || kinds.has('vpnGateway') || kinds.has('erGateway')))
    return 'A site reaches Azure through a VPN device (site-to-site) or a connectivity partner (ExpressRoute), not directly.';
  if (kinds.has('vnet'))
    return `${capitalised(la)} cannot link to ${lb}: connect through a gateway inside the VNet.`;
  if (kinds.has('vpnGateway') && kinds.has('erCircuit'))
    return 'An ExpressRoute circuit connects to an ExpressRoute gateway, not a VPN gateway.';
  if (kinds.has('erGateway') && (kinds.has('vpnDevice') || kinds.has('localNetworkGateway')))
    return 'IPsec tunnels end on a VPN gateway, not an ExpressRoute gateway.';
  return `No link joins ${la} and ${lb}.`;
}

/**
 * Whether a link may be drawn from `sourceId` to `targetId` in `doc`, and of which kind.
 * Refuses self-links, unknown ids, pairs no kind allows and a second link of the same pair.
 */
export function checkConnection(doc: TopologyDocument, sourceId: string, targetId: string): ConnectionCheck {
  if (sourceId === targetId) return { ok: false, reason: 'An element cannot be linked to itself.' };
  const source = doc.elements.find((e) => e.id === sourceId);
  const target = doc.elements.find((e) => e.id === targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends must be elements of the design.' };
  const kind = inferLinkKind(source.kind, target.kind);
  if (!kind) return { ok: false, reason: refusalFor(source.kind, target.kind) };
  const duplicate = doc.links.some(
    (l) => (l.source === sourceId && l.target === targetId) || (l.source === targetId && l.target === sourceId),
  );
  if (duplicate) return { ok: false, reason: `These two are already joined by ${withArticle(LINK_KIND_INFO[kind].label)} link.` };
  return { ok: true, kind };
}
