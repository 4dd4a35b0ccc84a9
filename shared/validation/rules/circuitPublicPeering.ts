// Public peering is retired (31 March 2024) and not available on new circuits; Microsoft peering
// replaces it. Source: ExpressRoute FAQ. Only old files carry `peerings.public`.
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const circuitPublicPeering: Rule = {
  id: 'circuit-public-peering',
  title: 'Public peering is retired',
  severity: 'error',
  category: 'ExpressRoute circuit',
  description:
    'Azure public peering was retired on 31 March 2024 and cannot be configured on circuits: reach Azure public services and Microsoft 365 through Microsoft peering instead.',
  source: DOCS.erFaq,
  reads: ['erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const peerings = circuit.props.peerings;
      if (peerings.public !== true) continue;
      const fix = {
        label: 'Use Microsoft peering instead',
        apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { peerings: { ...peerings, public: false, microsoft: true } } }),
      };
      const message = `Circuit ${ctx.label(circuit.id)} uses public peering, which was retired on 31 March 2024: turn it off and use Microsoft peering to reach Azure public services.`;
      findings.push(finding(this, [circuit.id], message, { fix }));
    }
    return findings;
  },
};
