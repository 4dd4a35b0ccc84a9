// ExpressRoute is private but not encrypted by default. For a circuit carrying private-peering
// traffic: on a provider circuit, encryption means IPsec (a site-to-site VPN over private peering);
// on ExpressRoute Direct, MACsec on the ports. Source: ExpressRoute encryption (azure-facts.md §3.8).
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const expressRouteNotEncrypted: Rule = {
  id: 'expressroute-not-encrypted',
  title: 'ExpressRoute traffic not encrypted',
  severity: 'info',
  category: 'Security',
  description:
    'Traffic over ExpressRoute is private but not encrypted by default. Reported for each circuit connected to a VNet: on ExpressRoute Direct, turn on MACsec on the ports; on a provider circuit (where MACsec is not offered), run IPsec over the private peering with a site-to-site VPN, whose throughput the VPN gateway SKU limits.',
  source: DOCS.erEncryption,
  reads: ['erCircuit'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const circuit of ctx.elementsOfKind('erCircuit')) {
      const connections = ctx.linksOf(circuit.id, 'erConnection');
      if (connections.length === 0) continue;
      const { expressRouteDirect, macsec } = circuit.props;
      if (expressRouteDirect && macsec) continue;
      const ids = [circuit.id, ...connections.map((c) => c.id)];
      if (expressRouteDirect) {
        findings.push(
          finding(
            this,
            ids,
            `Private traffic over ${ctx.label(circuit.id)} is not encrypted: it is an ExpressRoute Direct circuit without MACsec. Turn on MACsec on the Direct ports (key in Azure Key Vault; enabling it interrupts a link, so do one link at a time).`,
            {
              fix: {
                label: 'Turn on MACsec',
                apply: (doc: TopologyDocument) => updateElement(doc, circuit.id, { props: { macsec: true } }),
              },
            },
          ),
        );
      } else {
        findings.push(
          finding(
            this,
            ids,
            `Private traffic over ${ctx.label(circuit.id)} is not encrypted: ExpressRoute does not encrypt by default, and MACsec exists only on ExpressRoute Direct. If it must be encrypted in transit, run IPsec over the circuit: a site-to-site VPN over private peering (its throughput is limited by the VPN gateway SKU).`,
          ),
        );
      }
    }
    return findings;
  },
};
