// Messy designs for the layout tests, parsed through the real schema so every default is the one
// users get. Every element starts at (0, 0): the worst case, everything on top of everything.
import { elementSchema, linkSchema } from '../../model/schema';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../../model/types';

type ElementInput = { id: string; kind: TopologyElement['kind']; name?: string; parentId?: string; props?: Record<string, unknown> };
type LinkInput = { id: string; kind: TopologyLink['kind']; source: string; target: string };

export function stackedDesign(title: string, elements: ElementInput[], links: LinkInput[] = []): TopologyDocument {
  return {
    title,
    description: '',
    elements: elements.map((e) => elementSchema.parse({ ...e, position: { x: 0, y: 0 } })),
    links: links.map((l) => linkSchema.parse(l)),
  };
}

/** Every element moved to (0, 0), keeping its nesting and size. */
export function pileUp(doc: TopologyDocument): TopologyDocument {
  return { ...doc, elements: doc.elements.map((e) => ({ ...e, position: { x: 0, y: 0 } })) };
}

/**
 * A hub VNet with VPN and ExpressRoute gateways in its GatewaySubnet; `sites` offices, each with a
 * VPN device and a tunnel to the hub's VPN gateway (links drawn from Azure towards the office, the
 * "wrong" way, for every other site); one circuit through a provider; `spokes` spoke VNets peered
 * with the hub, each holding one subnet.
 */
export function hubAndSpoke(sites: number, spokes: number): TopologyDocument {
  const elements: ElementInput[] = [
    { id: 'hub', kind: 'vnet', name: 'vnet-hub', props: { addressSpaces: ['10.0.0.0/16'] } },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub', props: { prefix: '10.0.255.0/27' } },
    { id: 'vpngw', kind: 'vpnGateway', name: 'vpngw-hub', parentId: 'gws' },
    { id: 'ergw', kind: 'erGateway', name: 'ergw-hub', parentId: 'gws' },
    { id: 'circuit', kind: 'erCircuit', name: 'er-circuit' },
    { id: 'provider', kind: 'connectivityProvider', name: 'Provider' },
    { id: 'dc', kind: 'onPremSite', name: 'Data centre' },
  ];
  const links: LinkInput[] = [
    { id: 'l-dc', kind: 'lastMile', source: 'dc', target: 'provider' },
    { id: 'l-xc', kind: 'providerCrossConnect', source: 'circuit', target: 'provider' },
    { id: 'l-er', kind: 'erConnection', source: 'ergw', target: 'circuit' },
  ];
  for (let s = 0; s < sites; s++) {
    elements.push({ id: `site-${s}`, kind: 'onPremSite', name: `Office ${s}` }, { id: `fw-${s}`, kind: 'vpnDevice', name: `Firewall ${s}` });
    links.push(
      { id: `lm-${s}`, kind: 'lastMile', source: `site-${s}`, target: `fw-${s}` },
      s % 2 === 0
        ? { id: `s2s-${s}`, kind: 's2s', source: `fw-${s}`, target: 'vpngw' }
        : { id: `s2s-${s}`, kind: 's2s', source: 'vpngw', target: `fw-${s}` },
    );
  }
  for (let v = 0; v < spokes; v++) {
    elements.push(
      { id: `spoke-${v}`, kind: 'vnet', name: `vnet-spoke-${v}`, props: { addressSpaces: [`10.${v + 1}.0.0/16`] } },
      { id: `snet-${v}`, kind: 'subnet', name: 'snet-app', parentId: `spoke-${v}`, props: { prefix: `10.${v + 1}.1.0/24` } },
    );
    links.push({ id: `peer-${v}`, kind: 'vnetPeering', source: `spoke-${v}`, target: 'hub' });
  }
  return stackedDesign('Hub and spoke', elements, links);
}
