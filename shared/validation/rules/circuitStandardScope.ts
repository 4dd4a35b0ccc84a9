// A Standard circuit reaches the Azure regions of its peering location's geopolitical region only;
// crossing it needs Premium. Source: ExpressRoute FAQ; geopolitical table in geopoliticalRegions.ts.
import { DOCS } from '../../data/docs';
import { geopoliticalRegionOfAzureRegion, geopoliticalRegionOfPeeringLocation } from '../../data/geopoliticalRegions';
import { vnetsReachedByCircuit } from '../connectedNetworks';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { regionDisplayName, setTier } from './circuitLocalScope';

export const circuitStandardScope: Rule = {
  id: 'circuit-standard-scope',
  title: 'Standard circuit outside its geopolitical region',
  severity: 'error',
  category: 'ExpressRoute circuit',
  description:
    "A Standard circuit reaches only the Azure regions in its peering location's geopolitical region (Europe, North America, …). Connecting a VNet in another geopolitical region needs the Premium add-on.",
  source: DOCS.erFaq,
  reads: ['vnet', 'erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      if (circuit.props.tier !== 'Standard') continue;
      const home = geopoliticalRegionOfPeeringLocation(circuit.props.peeringLocation);
      if (!home) continue;
      for (const { vnet, linkIds } of vnetsReachedByCircuit(ctx, circuit.id)) {
        const there = geopoliticalRegionOfAzureRegion(vnet.props.region);
        if (!there || there.name === home.name) continue;
        const message =
          `Standard circuit ${ctx.label(circuit.id)} at ${circuit.props.peeringLocation} reaches only Azure regions in ${home.name}, ` +
          `but VNet ${ctx.label(vnet.id)} is in ${regionDisplayName(vnet.props.region)} (${there.name}): upgrade the circuit to Premium, or connect a VNet in ${home.name}.`;
        findings.push(finding(this, [circuit.id, vnet.id, ...linkIds], message, { fix: setTier(circuit.id, 'Premium') }));
      }
    }
    return findings;
  },
};
