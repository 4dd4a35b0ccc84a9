// Small designs for the cost tests, written as a few readable calls and parsed through the real
// schema (validation/testing/designBuilder), so defaults are the ones users get.
import type { TopologyDocument } from '../../model/types';
import { design } from '../../validation/testing/designBuilder';
import type { CostEstimate, CostLine } from '../types';

type Parts = Parameters<typeof design>;
type Elements = Parts[0];
type Links = NonNullable<Parts[1]>;

/** A VNet (id `vnetId`) with a GatewaySubnet holding the given gateways. */
export function hub(vnetId: string, region: string, gateways: Array<{ id: string; kind: 'vpnGateway' | 'erGateway'; props?: Record<string, unknown> }>): Elements {
  return [
    { id: vnetId, kind: 'vnet', props: { region, addressSpaces: [] } },
    { id: `${vnetId}-gws`, kind: 'subnet', name: 'GatewaySubnet', parentId: vnetId, props: { prefix: '10.0.255.0/27' } },
    ...gateways.map((g) => ({ ...g, parentId: `${vnetId}-gws` })),
  ];
}

/** An on-premises site receiving `gbPerMonth`, and its edge: a VPN device with tunnels to the gateways. */
export function siteOverVpn(siteId: string, gbPerMonth: number, gatewayIds: string[], publicIp = ''): { elements: Elements; links: Links } {
  const device = `${siteId}-device`;
  return {
    elements: [
      { id: siteId, kind: 'onPremSite', props: { traffic: { gbPerMonth } } },
      { id: device, kind: 'vpnDevice', props: { publicIp } },
    ],
    links: [
      { id: `${siteId}-lastmile-vpn`, kind: 'lastMile', source: siteId, target: device },
      ...gatewayIds.map((g) => ({ id: `${siteId}-s2s-${g}`, kind: 's2s' as const, source: device, target: g })),
    ],
  };
}

/** A site reaching ExpressRoute circuits through its provider (the site and provider are created; circuits not). */
export function siteOverExpressRoute(siteId: string, gbPerMonth: number, circuitIds: string[], site = true): { elements: Elements; links: Links } {
  const provider = `${siteId}-provider`;
  return {
    elements: [
      ...(site ? [{ id: siteId, kind: 'onPremSite' as const, props: { traffic: { gbPerMonth } } }] : []),
      { id: provider, kind: 'connectivityProvider', props: { provider: 'Equinix' } },
    ],
    links: [
      { id: `${siteId}-lastmile-er`, kind: 'lastMile', source: siteId, target: provider },
      ...circuitIds.map((c) => ({ id: `${siteId}-xc-${c}`, kind: 'providerCrossConnect' as const, source: provider, target: c })),
    ],
  };
}

/** A circuit and its connection to an ExpressRoute gateway. */
export function circuit(id: string, gatewayId: string, props: Record<string, unknown> = {}): { elements: Elements; links: Links } {
  return {
    elements: [{ id, kind: 'erCircuit', props: { peeringLocation: 'Amsterdam', ...props } }],
    links: [{ id: `${id}-conn`, kind: 'erConnection', source: gatewayId, target: id }],
  };
}

/** Merges parts into one document. */
export function build(...parts: Array<{ elements?: Elements; links?: Links } | Elements>): TopologyDocument {
  const elements: Elements = [];
  const links: Links = [];
  for (const part of parts) {
    if (Array.isArray(part)) elements.push(...part);
    else {
      elements.push(...(part.elements ?? []));
      links.push(...(part.links ?? []));
    }
  }
  return design(elements, links);
}

export function lineOf(estimate: CostEstimate, itemId: string): CostLine {
  const line = estimate.lines.find((l) => l.itemId === itemId);
  if (!line) throw new Error(`no cost line for ${itemId}: ${estimate.lines.map((l) => l.itemId).join(', ')}`);
  return line;
}
