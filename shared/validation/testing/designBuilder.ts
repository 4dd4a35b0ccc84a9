// A small builder for rule tests: designs are written as a few readable lines, parsed through the
// real schema (so defaults are the ones users get), and returned as a document.
import { elementSchema, linkSchema } from '../../model/schema';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../../model/types';

type ElementInput = { id: string; kind: TopologyElement['kind']; name?: string; parentId?: string; props?: Record<string, unknown> };
type LinkInput = { id?: string; kind: TopologyLink['kind']; source: string; target: string; name?: string; props?: Record<string, unknown> };

export function design(elements: ElementInput[], links: LinkInput[] = []): TopologyDocument {
  return {
    title: 'test',
    description: '',
    elements: elements.map((e, i) => elementSchema.parse({ position: { x: i * 10, y: 0 }, ...e })),
    links: links.map((l, i) => linkSchema.parse({ id: l.id ?? `link-${i + 1}`, ...l })),
  };
}

/** A VNet with a GatewaySubnet of the given prefix and the given gateways inside it. */
export function hubWithGateways(
  prefix: string,
  gateways: Array<{ id: string; kind: 'vpnGateway' | 'erGateway'; props?: Record<string, unknown> }>,
  vnetProps: Record<string, unknown> = { addressSpaces: ['10.0.0.0/16'], region: 'westeurope' },
): ElementInput[] {
  return [
    { id: 'vnet', kind: 'vnet', name: 'vnet-hub', props: vnetProps },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'vnet', props: { prefix } },
    ...gateways.map((g) => ({ ...g, parentId: 'gws' })),
  ];
}
