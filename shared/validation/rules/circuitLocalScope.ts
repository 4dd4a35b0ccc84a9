// The Local SKU reaches only the one or two Azure regions near its peering location, is offered at
// some locations only, has no Global Reach and is always Unlimited. Source: ExpressRoute FAQ.
import { regionByName } from '../../data/azureRegions';
import { DOCS } from '../../data/docs';
import { geopoliticalRegionOfAzureRegion } from '../../data/geopoliticalRegions';
import { peeringLocationByName } from '../../data/peeringLocations';
import type { CircuitTier } from '../../model/enums';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { vnetsReachedByCircuit } from '../connectedNetworks';
import { finding } from '../finding';
import type { Finding, Fix, Rule } from '../types';

/** ARM name of a region as typed (`West Europe` → `westeurope`). */
export function armRegion(name: string): string {
  return regionByName(name)?.name ?? name.toLowerCase().replace(/\s+/g, '');
}

/** Portal name of a region for messages, or the text as typed. */
export function regionDisplayName(name: string): string {
  return regionByName(name)?.displayName ?? name;
}

export function setTier(circuitId: string, tier: CircuitTier): Fix {
  return {
    label: tier === 'Premium' ? 'Upgrade to Premium' : `Change to ${tier}`,
    apply: (doc: TopologyDocument) => updateElement(doc, circuitId, { props: { tier } }),
  };
}

export const circuitLocalScope: Rule = {
  id: 'circuit-local-scope',
  title: 'Local circuit out of scope',
  severity: 'error',
  category: 'ExpressRoute circuit',
  description:
    'A Local circuit reaches only the Azure regions local to its peering location, exists only where Microsoft lists such regions, cannot use Global Reach, and always has the Unlimited data plan.',
  source: DOCS.erFaq,
  reads: ['vnet', 'erCircuit'],
  readsNames: [],
  readsGlobalReach: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      if (circuit.props.tier !== 'Local') continue;
      const name = ctx.label(circuit.id);
      if (circuit.props.dataPlan !== 'Unlimited') {
        const fix = { label: 'Set data plan to Unlimited', apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { dataPlan: 'Unlimited' } }) };
        findings.push(finding(this, [circuit.id], `Local circuit ${name} is on the ${circuit.props.dataPlan} plan, but Local circuits are always Unlimited (egress is included): set the data plan to Unlimited.`, { fix }));
      }
      const globalReach = ctx.linksOf(circuit.id, 'globalReach');
      if (globalReach.length > 0) {
        const message = `Local circuit ${name} has Global Reach, which Local circuits do not support: change it to Standard or Premium, or remove the Global Reach link.`;
        findings.push(finding(this, [circuit.id, ...globalReach.map((l) => l.id)], message, { fix: setTier(circuit.id, 'Standard') }));
      }
      const location = peeringLocationByName(circuit.props.peeringLocation);
      // Unknown locations (or the 2024 ones whose Local regions nobody published) are not judged.
      if (!location || location.zone === null) continue;
      if (location.localRegions.length === 0) {
        const message = `Local circuit ${name} is at ${location.name}, where the Local SKU is not offered: change it to Standard, or choose a peering location with Local regions.`;
        findings.push(finding(this, [circuit.id], message, { fix: setTier(circuit.id, 'Standard') }));
        continue;
      }
      const local = new Set(location.localRegions);
      const localNames = location.localRegions.map(regionDisplayName).join(' and ');
      for (const { vnet, linkIds } of vnetsReachedByCircuit(ctx, circuit.id)) {
        if (local.has(armRegion(vnet.props.region))) continue;
        const sameGeo =
          location.geopoliticalRegion !== null && geopoliticalRegionOfAzureRegion(vnet.props.region)?.name === location.geopoliticalRegion;
        const tier = sameGeo ? 'Standard' : 'Premium';
        const message =
          `Local circuit ${name} at ${location.name} reaches only ${localNames}, but VNet ${ctx.label(vnet.id)} is in ${regionDisplayName(vnet.props.region)}: ` +
          `${tier === 'Standard' ? 'change the circuit to Standard' : 'upgrade the circuit to Premium'}, or connect a VNet in ${localNames}.`;
        findings.push(finding(this, [circuit.id, vnet.id, ...linkIds], message, { fix: setTier(circuit.id, tier) }));
      }
    }
    return findings;
  },
};
