// Circuits per ExpressRoute gateway (4 / 8 / 16 by SKU, ErGwScale by scale units) and at most 4
// circuits from one peering location per VNet. Source: About ExpressRoute virtual network gateways.
import { DOCS } from '../../data/docs';
import { erGatewayCapabilities, MAX_CIRCUITS_PER_VNET_FROM_ONE_LOCATION } from '../../data/erGatewaySkus';
import type { ErGatewaySku } from '../../model/enums';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Fix, Rule } from '../types';

/** Upgrades Azure allows in place, smallest first (About ExpressRoute virtual network gateways). */
const UPGRADES: Readonly<Record<Exclude<ErGatewaySku, 'ErGwScale'>, readonly ErGatewaySku[]>> = {
  Standard: ['HighPerformance', 'UltraPerformance'],
  HighPerformance: ['UltraPerformance'],
  UltraPerformance: [],
  ErGw1Az: ['ErGw2Az', 'ErGw3Az'],
  ErGw2Az: ['ErGw3Az'],
  ErGw3Az: [],
};

/** ErGwScale unit counts at which the circuit limit steps up. */
const SCALE_STEPS = [2, 10];

/** The smallest in-place change that takes `circuits`, with the advice that names it. */
function upgradeFor(gateway: ElementOfKind<'erGateway'>, circuits: number): { fix: Fix; advice: string } | undefined {
  const { sku, scaleUnits } = gateway.props;
  if (sku === 'ErGwScale') {
    const units = SCALE_STEPS.find((u) => u > scaleUnits && erGatewayCapabilities(sku, u).maxCircuits >= circuits);
    if (units === undefined) return undefined;
    return {
      fix: { label: `Scale to ${units} units`, apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { scaleUnits: units } }) },
      advice: `scale it to ${units} units`,
    };
  }
  const target = UPGRADES[sku].find((s) => erGatewayCapabilities(s, 1).maxCircuits >= circuits);
  if (target === undefined) return undefined;
  return {
    fix: { label: `Upgrade to ${target}`, apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { sku: target } }) },
    advice: `upgrade it to ${target}`,
  };
}

function circuitsOf(ctx: ValidationContext, gatewayId: string): ElementOfKind<'erCircuit'>[] {
  const circuits = new Map<string, ElementOfKind<'erCircuit'>>();
  for (const other of ctx.neighbours(gatewayId, 'erConnection', ['erCircuit'])) circuits.set(other.id, other as ElementOfKind<'erCircuit'>);
  return [...circuits.values()];
}

const locationKey = (name: string) => name.toLowerCase().replace(/\s+/g, '');

export const erGatewayCircuitLimit: Rule = {
  id: 'er-gateway-circuit-limit',
  title: 'Too many circuits on an ExpressRoute gateway',
  severity: 'error',
  category: 'ExpressRoute gateway',
  description:
    'An ExpressRoute gateway connects at most 4 (Standard, ErGw1Az), 8 (HighPerformance, ErGw2Az) or 16 (UltraPerformance, ErGw3Az) circuits; ErGwScale 4, 8 or 16 by scale units. Whatever the SKU, a VNet links to at most 4 circuits from one peering location.',
  source: DOCS.erGateways,
  reads: ['vnet', 'erGateway', 'erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    const circuitsByVnet = new Map<string, Map<string, ElementOfKind<'erCircuit'>>>();
    for (const gateway of ctx.elementsOfKind('erGateway')) {
      const circuits = circuitsOf(ctx, gateway.id);
      const vnet = ctx.vnetOf(gateway.id);
      if (vnet) {
        const seen = circuitsByVnet.get(vnet.id) ?? new Map<string, ElementOfKind<'erCircuit'>>();
        for (const c of circuits) seen.set(c.id, c);
        circuitsByVnet.set(vnet.id, seen);
      }
      const { sku, scaleUnits } = gateway.props;
      const max = erGatewayCapabilities(sku, scaleUnits).maxCircuits;
      if (circuits.length <= max) continue;
      const upgrade = upgradeFor(gateway, circuits.length);
      const skuText = sku === 'ErGwScale' ? `ErGwScale with ${scaleUnits} scale unit${scaleUnits === 1 ? '' : 's'}` : sku;
      const message =
        `ExpressRoute gateway ${ctx.label(gateway.id)} connects ${circuits.length} circuits, but ${skuText} takes at most ${max}: ` +
        `${upgrade ? `${upgrade.advice}, or ` : ''}connect some circuits to a gateway in another VNet.`;
      findings.push(finding(this, [gateway.id, ...circuits.map((c) => c.id)], message, upgrade ? { fix: upgrade.fix } : {}));
    }
    for (const [vnetId, circuits] of circuitsByVnet) {
      const byLocation = new Map<string, ElementOfKind<'erCircuit'>[]>();
      for (const c of circuits.values()) {
        if (c.props.peeringLocation.trim() === '') continue;
        const key = locationKey(c.props.peeringLocation);
        const group = byLocation.get(key);
        if (group) group.push(c);
        else byLocation.set(key, [c]);
      }
      for (const group of byLocation.values()) {
        if (group.length <= MAX_CIRCUITS_PER_VNET_FROM_ONE_LOCATION) continue;
        const message =
          `VNet ${ctx.label(vnetId)} is linked to ${group.length} circuits from ${group[0]!.props.peeringLocation}, but a VNet takes at most ` +
          `${MAX_CIRCUITS_PER_VNET_FROM_ONE_LOCATION} circuits from one peering location: use circuits from another peering location, or link some to another VNet.`;
        findings.push(finding(this, [vnetId, ...group.map((c) => c.id)], message));
      }
    }
    return findings;
  },
};
