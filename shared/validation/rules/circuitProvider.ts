// Where and through whom a circuit can be ordered: a peering location, a provider that serves it
// (or ExpressRoute Direct ports there), and provider bandwidths up to 10 Gbps (40 and 100 Gbps are
// Direct only). Source: ExpressRoute locations and connectivity providers (peeringLocations.ts).
import { PROVIDER_CIRCUIT_MAX_MBPS } from '../../data/circuitLimits';
import { DOCS } from '../../data/docs';
import { peeringLocationByName, PEERING_LOCATIONS_SOURCE } from '../../data/peeringLocations';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { formatBandwidth } from './circuitVnetLinkLimit';

export const circuitProvider: Rule = {
  id: 'circuit-provider',
  title: 'Circuit provider and peering location',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'ExpressRoute circuit',
  description:
    'A circuit needs a peering location and either a connectivity provider that serves that location or ExpressRoute Direct ports there. Provider circuits go up to 10 Gbps; 40 and 100 Gbps exist on ExpressRoute Direct only. A location missing from the known list is a warning, and the checks that need it are skipped.',
  source: DOCS.erLocations,
  reads: ['erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const { peeringLocation, provider, expressRouteDirect, bandwidthMbps } = circuit.props;
      const name = ctx.label(circuit.id);
      const providerName = provider.trim();
      if (!expressRouteDirect && providerName === '') {
        findings.push(finding(this, [circuit.id], `Circuit ${name} has no connectivity provider: choose the provider that connects your sites to the peering location, or make it an ExpressRoute Direct circuit.`));
      }
      if (!expressRouteDirect && bandwidthMbps > PROVIDER_CIRCUIT_MAX_MBPS) {
        const fix = {
          label: `Set bandwidth to ${formatBandwidth(PROVIDER_CIRCUIT_MAX_MBPS)}`,
          apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { bandwidthMbps: PROVIDER_CIRCUIT_MAX_MBPS } }),
        };
        const message = `Circuit ${name} is ${formatBandwidth(bandwidthMbps)}, but provider circuits go up to ${formatBandwidth(PROVIDER_CIRCUIT_MAX_MBPS)}: 40 and 100 Gbps need ExpressRoute Direct. Lower the bandwidth or order it on ExpressRoute Direct ports.`;
        findings.push(finding(this, [circuit.id], message, { fix }));
      }
      if (peeringLocation.trim() === '') {
        findings.push(finding(this, [circuit.id], `Circuit ${name} has no peering location: choose the location where ${providerName || 'the provider'} hands the circuit over to Microsoft.`));
        continue;
      }
      const location = peeringLocationByName(peeringLocation);
      if (!location) {
        const message = `Circuit ${name} is at "${peeringLocation}", which is not in the list of ExpressRoute peering locations known here (${PEERING_LOCATIONS_SOURCE.msDate}): check the spelling. Provider and scope checks are skipped for it.`;
        findings.push(finding(this, [circuit.id], message, { severity: 'warning' }));
        continue;
      }
      if (expressRouteDirect && location.expressRouteDirect === false) {
        findings.push(finding(this, [circuit.id], `Circuit ${name} uses ExpressRoute Direct, but ${location.name} offers no Direct ports: choose a location with Direct ports, or order the circuit through a provider.`));
      }
      if (!expressRouteDirect && providerName !== '' && location.providers.length > 0) {
        const wanted = providerName.toLowerCase();
        if (!location.providers.some((p) => p.toLowerCase() === wanted)) {
          const shown = location.providers.slice(0, 6).join(', ') + (location.providers.length > 6 ? ', …' : '');
          const message = `${providerName} does not offer ExpressRoute at ${location.name}, where circuit ${name} is: choose a provider listed there (${shown}) or another peering location.`;
          findings.push(finding(this, [circuit.id], message));
        }
      }
    }
    return findings;
  },
};
