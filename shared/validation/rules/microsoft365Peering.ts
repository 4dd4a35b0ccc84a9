// Microsoft 365 over ExpressRoute needs Microsoft peering on a Premium circuit, and Microsoft
// peering advertises nothing until a route filter is attached. Source: ExpressRoute FAQ (Microsoft 365).
import { DOCS } from '../../data/docs';
import { updateElement, updateLink } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { ELEMENT_KINDS } from '../../model/enums';

export const microsoft365Peering: Rule = {
  id: 'microsoft-365-peering',
  title: 'Microsoft 365 over ExpressRoute',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'ExpressRoute circuit',
  description:
    'Reaching Microsoft 365 over ExpressRoute needs Microsoft peering on the circuit and the Premium add-on. Any Microsoft peering also needs a route filter before Microsoft advertises prefixes over it (warning).',
  source: DOCS.erOffice365,
  // Every kind: it labels the far ends of Microsoft peering links, of any kind before the loader repairs links.
  reads: ELEMENT_KINDS,
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const links = ctx.linksOf(circuit.id, 'microsoftPeering');
      if (links.length === 0) continue;
      const m365 = links.filter((l) => {
        const other = ctx.otherEnd(l, circuit.id);
        return other?.kind === 'microsoftServices' && other.props.services.includes('Microsoft365');
      });
      const { peerings, tier } = circuit.props;
      const missing = [...(peerings.microsoft ? [] : ['Microsoft peering is off']), ...(tier === 'Premium' ? [] : [`it is ${tier}, not Premium`])];
      if (m365.length > 0 && missing.length > 0) {
        const steps = [...(peerings.microsoft ? [] : ['enable Microsoft peering']), ...(tier === 'Premium' ? [] : ['upgrade to Premium'])].join(' and ');
        const label = steps.charAt(0).toUpperCase() + steps.slice(1);
        const fix = {
          label,
          apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { tier: 'Premium', peerings: { ...peerings, microsoft: true } } }),
        };
        const services = m365.map((l) => (l.source === circuit.id ? l.target : l.source));
        const message = `Circuit ${ctx.label(circuit.id)} carries Microsoft 365 traffic, but ${missing.join(' and ')}: Microsoft 365 over ExpressRoute needs Microsoft peering on a Premium circuit. ${label}.`;
        findings.push(finding(this, [circuit.id, ...m365.map((l) => l.id), ...services], message, { fix }));
      }
      for (const link of links) {
        if (link.props.routeFilter) continue;
        const fix = { label: 'Attach a route filter', apply: (doc: TopologyDocument) => updateLink(doc, link.id, { props: { routeFilter: true } }) };
        const message = `Microsoft peering of circuit ${ctx.label(circuit.id)} to ${ctx.label(link.source === circuit.id ? link.target : link.source)} has no route filter: Microsoft advertises no prefixes until one is attached. Attach a route filter that selects the services you use.`;
        findings.push(finding(this, [link.id, circuit.id], message, { severity: 'warning', fix }));
      }
    }
    return findings;
  },
};
