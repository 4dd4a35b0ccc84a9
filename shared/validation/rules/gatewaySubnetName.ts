// GatewaySubnet naming: Azure deploys gateways only into a subnet named exactly "GatewaySubnet".
// A near miss ("gatewaysubnet", "Gateway Subnet", "Gateway-Subnet", " GatewaySubnet") is an error
// with a rename fix; so is a gateway nested in any other subnet. Source: VPN Gateway settings.
import { DOCS } from '../../data/docs';
import { GATEWAY_SUBNET_NAME } from '../../model/elementCatalog';
import { DEFAULT_NODE_SIZE, elementSize } from '../../model/geometry';
import { updateElement } from '../../model/operations';
import type { TopologyDocument, TopologyElement } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { ELEMENT_KINDS } from '../../model/enums';

/** A name that means GatewaySubnet but is not spelled exactly so (case, spaces, hyphens, underscores). */
export function looksLikeGatewaySubnet(name: string): boolean {
  return name !== GATEWAY_SUBNET_NAME && name.toLowerCase().replace(/[\s_-]+/g, '') === GATEWAY_SUBNET_NAME.toLowerCase();
}

const GAP = 12;

/**
 * Nests `ids` in `parentId`, laid out in a row below the parent's other children, and grows the
 * parent when the row does not fit (fixes use it so moved gateways land visibly inside).
 */
export function placeInside(doc: TopologyDocument, parentId: string, ids: readonly string[]): TopologyDocument {
  const moving = new Set(ids);
  let bottom = 0;
  for (const e of doc.elements) {
    if (e.parentId === parentId && !moving.has(e.id)) bottom = Math.max(bottom, e.position.y + elementSize(e).height);
  }
  const top = bottom > 0 ? bottom + GAP : 2 * GAP;
  const slot = DEFAULT_NODE_SIZE.width + GAP;
  const placed = new Map(ids.map((id, i) => [id, { x: GAP + i * slot, y: top }]));
  const need = { width: GAP + ids.length * slot, height: top + DEFAULT_NODE_SIZE.height + GAP };
  return {
    ...doc,
    elements: doc.elements.map((e): TopologyElement => {
      const position = placed.get(e.id);
      if (position) return { ...e, parentId, position };
      if (e.id === parentId) return grown(e, need);
      return e;
    }),
  };
}

/** The element, made at least `need` large (unchanged when it already is). */
export function grown(el: TopologyElement, need: { width: number; height: number }): TopologyElement {
  const size = elementSize(el);
  if (size.width >= need.width && size.height >= need.height) return el;
  return { ...el, size: { width: Math.max(size.width, need.width), height: Math.max(size.height, need.height) } };
}

const GATEWAY_KIND_NAMES = { vpnGateway: 'VPN gateway', erGateway: 'ExpressRoute gateway' } as const;

export const gatewaySubnetName: Rule = {
  id: 'gateway-subnet-name',
  title: 'GatewaySubnet misnamed',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'GatewaySubnet',
  description:
    'Azure deploys VPN and ExpressRoute gateways only into a subnet named exactly GatewaySubnet (case-sensitive, no spaces or hyphens). A subnet whose name is a near miss, and a gateway nested in any other subnet, are reported.',
  source: DOCS.vpnGatewaySettings,
  // Every kind: it labels a subnet's parent and what is nested in it, of any kind before the loader repairs nesting.
  reads: ELEMENT_KINDS,
  readsNames: ['subnet'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const subnet of ctx.elementsOfKind('subnet')) {
      if (!looksLikeGatewaySubnet(subnet.name)) continue;
      const vnet = subnet.parentId ? ctx.byId.get(subnet.parentId) : undefined;
      const where = vnet ? ` in ${ctx.label(vnet.id)}` : '';
      const ids = vnet ? [subnet.id, vnet.id] : [subnet.id];
      const proper = vnet ? ctx.gatewaySubnetOf(vnet.id) : undefined;
      const holdsGateways = ctx.children(subnet.id).some((c) => c.kind === 'vpnGateway' || c.kind === 'erGateway');
      if (proper) {
        // Renaming would clash with the real GatewaySubnet: say what to do instead, without a fix.
        const message = holdsGateways
          ? `Subnet "${subnet.name}"${where} holds gateways, but only the subnet named exactly GatewaySubnet can: move them into ${ctx.label(proper.id)}.`
          : `Subnet "${subnet.name}"${where} looks like a second gateway subnet, but only the subnet named exactly GatewaySubnet can hold gateways: give it another name, or delete it.`;
        findings.push(finding(this, [...ids, proper.id], message, { severity: holdsGateways ? 'error' : 'warning' }));
        continue;
      }
      findings.push(
        finding(
          this,
          ids,
          `Subnet "${subnet.name}"${where} must be named exactly GatewaySubnet (same capitals, no spaces or hyphens), or Azure will not deploy gateways into it. Rename it to GatewaySubnet.`,
          {
            fix: {
              label: 'Rename to GatewaySubnet',
              apply: (doc: TopologyDocument) => updateElement(doc, subnet.id, { name: GATEWAY_SUBNET_NAME }),
            },
          },
        ),
      );
    }

    for (const kind of ['vpnGateway', 'erGateway'] as const) {
      for (const gateway of ctx.elementsOfKind(kind)) {
        const parent = gateway.parentId ? ctx.byId.get(gateway.parentId) : undefined;
        if (parent?.kind !== 'subnet' || parent.name === GATEWAY_SUBNET_NAME || looksLikeGatewaySubnet(parent.name)) continue;
        const vnet = ctx.vnetOf(parent.id);
        const target = vnet ? ctx.gatewaySubnetOf(vnet.id) : undefined;
        const what = `${GATEWAY_KIND_NAMES[kind]} ${ctx.label(gateway.id)}`;
        const todo = target ? `Move it into ${ctx.label(target.id)}.` : 'Add a GatewaySubnet to the VNet and move it there.';
        findings.push(
          finding(
            this,
            [gateway.id, parent.id],
            `${what} sits in subnet ${ctx.label(parent.id)}, but Azure deploys gateways only into the subnet named GatewaySubnet. ${todo}`,
            target
              ? {
                  fix: {
                    label: 'Move into GatewaySubnet',
                    apply: (doc: TopologyDocument) => placeInside(doc, target.id, [gateway.id]),
                  },
                }
              : {},
          ),
        );
      }
    }
    return findings;
  },
};
