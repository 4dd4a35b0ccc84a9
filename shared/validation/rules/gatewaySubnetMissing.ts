// A VNet holding a VPN or ExpressRoute gateway needs a subnet named exactly GatewaySubnet: that is
// where Azure deploys the gateway VMs. The fix adds a /27 in free space and moves the gateways in.
// Source: VPN Gateway settings (gateway subnet).
import { GATEWAY_SUBNET_SIZES } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { GATEWAY_SUBNET_NAME } from '../../model/elementCatalog';
import { elementSize } from '../../model/geometry';
import { allIds, createElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import type { ParsedCidr } from '../../net/cidr';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { grown, looksLikeGatewaySubnet, placeInside } from './gatewaySubnetName';

const NEW_SUBNET_SIZE = { width: 440, height: 100 } as const;
const MARGIN = 20;

function ipv4Text(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => Number((value >> shift) & 255n)).join('.');
}

/**
 * The highest aligned IPv4 block of `length` inside `space` that overlaps none of `taken`, as
 * "a.b.c.d/length", or undefined when none fits. Each step skips below the lowest overlapping
 * subnet, so the search takes at most one step per subnet.
 */
export function highestFreeBlock(space: ParsedCidr, taken: readonly ParsedCidr[], length: number): string | undefined {
  if (space.version !== 4 || space.prefixLength > length) return undefined;
  const size = 1n << BigInt(32 - length);
  let end = space.last;
  for (;;) {
    const start = ((end + 1n) / size) * size - size;
    if (start < space.first) return undefined;
    const last = start + size - 1n;
    let lowest: bigint | undefined;
    for (const t of taken) {
      if (t.version === 4 && t.first <= last && t.last >= start && (lowest === undefined || t.first < lowest)) lowest = t.first;
    }
    if (lowest === undefined) return `${ipv4Text(start)}/${length}`;
    end = lowest - 1n;
  }
}

/** Where a GatewaySubnet fits in the VNet: its first valid IPv4 address space, highest free /27. */
function freeGatewayPrefix(ctx: ValidationContext, vnet: ElementOfKind<'vnet'>): string | undefined {
  let space: ParsedCidr | undefined;
  for (const text of vnet.props.addressSpaces) {
    const parsed = ctx.cidr(text);
    if (parsed.ok && parsed.cidr.version === 4) {
      space = parsed.cidr;
      break;
    }
  }
  if (!space) return undefined;
  const taken: ParsedCidr[] = [];
  for (const subnet of ctx.subnetsOf(vnet.id)) {
    const parsed = ctx.cidr(subnet.props.prefix);
    if (parsed.ok) taken.push(parsed.cidr);
  }
  return highestFreeBlock(space, taken, GATEWAY_SUBNET_SIZES.recommended);
}

/** Adds a GatewaySubnet with `prefix` below the VNet's other children and moves `gatewayIds` into it. */
function addGatewaySubnet(doc: TopologyDocument, vnetId: string, prefix: string, gatewayIds: readonly string[]): TopologyDocument {
  const moving = new Set(gatewayIds);
  let bottom = 0;
  for (const e of doc.elements) {
    if (e.parentId === vnetId && !moving.has(e.id)) bottom = Math.max(bottom, e.position.y + elementSize(e).height);
  }
  const position = { x: MARGIN, y: bottom > 0 ? bottom + MARGIN : 2 * MARGIN };
  const subnet = createElement(
    { id: 'gatewaySubnet', kind: 'subnet', label: GATEWAY_SUBNET_NAME, name: GATEWAY_SUBNET_NAME, props: { prefix }, size: { ...NEW_SUBNET_SIZE } },
    position,
    allIds(doc),
    vnetId,
  );
  const need = { width: position.x + NEW_SUBNET_SIZE.width + MARGIN, height: position.y + NEW_SUBNET_SIZE.height + MARGIN };
  const withSubnet: TopologyDocument = {
    ...doc,
    elements: [...doc.elements.map((e) => (e.id === vnetId ? grown(e, need) : e)), subnet],
  };
  return placeInside(withSubnet, subnet.id, gatewayIds);
}

export const gatewaySubnetMissing: Rule = {
  id: 'gateway-subnet-missing',
  title: 'GatewaySubnet missing',
  severity: 'error',
  category: 'GatewaySubnet',
  description:
    'A VNet that holds a VPN or ExpressRoute gateway needs a subnet named exactly GatewaySubnet, because that is where Azure deploys the gateway. The fix adds a /27 GatewaySubnet in free address space and moves the gateways into it.',
  source: DOCS.vpnGatewaySettings,
  reads: ['subnet', 'vnet', 'vpnGateway', 'erGateway'],
  readsNames: ['subnet'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const gateways = ctx.gatewaysIn(vnet.id);
      if (gateways.length === 0 || ctx.gatewaySubnetOf(vnet.id)) continue;
      // A near-miss name is reported by gateway-subnet-name, whose fix is a rename, not a new subnet.
      if (ctx.subnetsOf(vnet.id).some((s) => looksLikeGatewaySubnet(s.name))) continue;
      const prefix = freeGatewayPrefix(ctx, vnet);
      const gatewayIds = gateways.map((g) => g.id);
      const names = gatewayIds.map((id) => ctx.label(id)).join(' and ');
      const where = prefix
        ? ` Add one (${prefix} is free) and move the gateway${gatewayIds.length > 1 ? 's' : ''} into it.`
        : ' Add one of /27 or larger (no free /27 is left in its first IPv4 address space: extend the address space first) and move the gateways into it.';
      findings.push(
        finding(
          this,
          [vnet.id, ...gatewayIds],
          `VNet ${ctx.label(vnet.id)} holds ${names} but has no subnet named GatewaySubnet, which Azure needs to deploy gateways.${where}`,
          prefix
            ? { fix: { label: 'Add a GatewaySubnet', apply: (doc: TopologyDocument) => addGatewaySubnet(doc, vnet.id, prefix, gatewayIds) } }
            : {},
        ),
      );
    }
    return findings;
  },
};
