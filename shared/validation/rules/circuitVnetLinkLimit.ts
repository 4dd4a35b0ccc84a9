// VNet links per circuit: 10 for Local and Standard, 20–100 for Premium by bandwidth, with Global
// Reach connections counted against the same limit. Source: ExpressRoute limits (circuitLimits.ts).
import { maxVnetLinks } from '../../data/circuitLimits';
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

/** 500 → "500 Mbps", 10000 → "10 Gbps". */
export function formatBandwidth(mbps: number): string {
  return mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
}

export const circuitVnetLinkLimit: Rule = {
  id: 'circuit-vnet-link-limit',
  title: 'Too many VNet links on a circuit',
  severity: 'error',
  category: 'ExpressRoute circuit',
  description:
    'A Local or Standard circuit links to at most 10 VNets; a Premium circuit to 20–100 depending on its bandwidth. Global Reach connections count against the same limit.',
  source: DOCS.erLimits,
  reads: ['erCircuit'],
  readsNames: [],
  readsGlobalReach: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const connections = ctx.linksOf(circuit.id, 'erConnection');
      const globalReach = ctx.linksOf(circuit.id, 'globalReach');
      const used = connections.length + globalReach.length;
      const { tier, bandwidthMbps } = circuit.props;
      const max = maxVnetLinks(tier, bandwidthMbps);
      if (used <= max) continue;
      const premiumMax = maxVnetLinks('Premium', bandwidthMbps);
      const fix =
        tier === 'Standard' && used <= premiumMax
          ? { label: 'Upgrade to Premium', apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { tier: 'Premium' } }) }
          : undefined;
      const advice = fix
        ? `Upgrade it to Premium (${premiumMax} links at ${formatBandwidth(bandwidthMbps)}), or move some VNets to another circuit.`
        : 'Move some VNets or Global Reach connections to another circuit.';
      const message =
        `Circuit ${ctx.label(circuit.id)} has ${used} VNet links (${connections.length} gateway connections + ${globalReach.length} Global Reach), ` +
        `but a ${tier} ${formatBandwidth(bandwidthMbps)} circuit allows ${max}. ${advice}`;
      findings.push(finding(this, [circuit.id, ...connections.map((l) => l.id), ...globalReach.map((l) => l.id)], message, fix ? { fix } : {}));
    }
    return findings;
  },
};
