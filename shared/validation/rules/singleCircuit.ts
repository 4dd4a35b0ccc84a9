// A VNet whose ExpressRoute gateway connects one circuit only. A circuit has two links (primary and
// secondary) but both end at one peering location, so that location is a single point of failure.
// Source: ExpressRoute FAQ (redundancy; azure-facts.md §3.1).
import { DOCS } from '../../data/docs';
import { circuitPeeringLocation, circuitsOfVnet } from '../../topology/sitePaths';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const singleCircuit: Rule = {
  id: 'single-circuit',
  title: 'VNet on a single ExpressRoute circuit',
  severity: 'warning',
  category: 'Resilience',
  description:
    'A VNet that reaches on-premises over ExpressRoute through one circuit depends on one peering location: each circuit has two links, but both end there. A second circuit at another peering location (or a site-to-site VPN as failover) removes the single point of failure.',
  source: DOCS.erFaq,
  reads: ['vnet', 'erCircuit', 'peeringLocation'],
  readsNames: ['peeringLocation'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const circuits = circuitsOfVnet(ctx, vnet.id);
      if (circuits.length !== 1) continue;
      const circuit = circuits[0]!;
      const gateway = ctx.neighbours(circuit.id, 'erConnection', ['erGateway']).find((g) => ctx.vnetOf(g.id)?.id === vnet.id);
      const location = circuitPeeringLocation(ctx, circuit.id);
      const at = location ? ` at ${location}` : '';
      const hasVpn = ctx.gatewaysIn(vnet.id).some((g) => g.kind === 'vpnGateway');
      const advice = hasVpn
        ? 'Add a second circuit at another peering location; until then, keep the site-to-site VPN ready as failover.'
        : 'Add a second circuit at another peering location, or a site-to-site VPN as failover.';
      findings.push(
        finding(
          this,
          [vnet.id, circuit.id, ...(gateway ? [gateway.id] : [])],
          `${ctx.label(vnet.id)} reaches on-premises over one ExpressRoute circuit only, ${ctx.label(circuit.id)}${at}: its two links both end at that peering location, so an outage there cuts the VNet off. ${advice}`,
        ),
      );
    }
    return findings;
  },
};
