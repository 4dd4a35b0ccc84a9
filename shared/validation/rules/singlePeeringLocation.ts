// A VNet whose ExpressRoute circuits all land at the same peering location: an outage of that
// location takes every circuit down at once. Source: ExpressRoute FAQ (azure-facts.md §3.1).
import { DOCS } from '../../data/docs';
import { circuitPeeringLocation, circuitsOfVnet } from '../../topology/sitePaths';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const singlePeeringLocation: Rule = {
  id: 'single-peering-location',
  title: 'All circuits at one peering location',
  severity: 'warning',
  category: 'Resilience',
  description:
    'A VNet connected to two or more ExpressRoute circuits that all land at the same peering location is not protected against an outage of that location. Put at least one circuit at a second peering location. Circuits whose peering location is not set are not compared.',
  source: DOCS.erFaq,
  reads: ['vnet', 'erCircuit', 'peeringLocation'],
  readsNames: ['peeringLocation'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const circuits = circuitsOfVnet(ctx, vnet.id);
      if (circuits.length < 2) continue;
      const locations = circuits.map((c) => circuitPeeringLocation(ctx, c.id));
      if (locations.some((l) => l === undefined)) continue;
      const distinct = new Set(locations.map((l) => l!.toLowerCase()));
      if (distinct.size !== 1) continue;
      const names = circuits.map((c) => ctx.label(c.id)).join(', ');
      findings.push(
        finding(
          this,
          [vnet.id, ...circuits.map((c) => c.id)],
          `All ${circuits.length} ExpressRoute circuits of ${ctx.label(vnet.id)} (${names}) land at the same peering location, ${locations[0]}: an outage there takes them all down together. Move one of them to a second peering location.`,
        ),
      );
    }
    return findings;
  },
};
