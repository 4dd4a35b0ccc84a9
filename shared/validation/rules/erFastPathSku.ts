// FastPath needs an UltraPerformance or ErGw3Az gateway, or ErGwScale with 10 or more scale units.
// Source: About ExpressRoute FastPath; erGatewaySkus.ts.
import { DOCS } from '../../data/docs';
import { erGatewayCapabilities } from '../../data/erGatewaySkus';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const erFastPathSku: Rule = {
  id: 'er-fastpath-sku',
  title: 'FastPath on a gateway that lacks it',
  severity: 'error',
  category: 'ExpressRoute gateway',
  description:
    'FastPath, which sends traffic from on-premises straight to the VMs and bypasses the gateway, is available only on UltraPerformance and ErGw3Az gateways and on ErGwScale with 10 or more scale units.',
  source: DOCS.erFastPath,
  reads: ['erGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('erGateway')) {
      const { sku, scaleUnits, fastPath } = gateway.props;
      if (!fastPath || erGatewayCapabilities(sku, scaleUnits).fastPath) continue;
      const skuText = sku === 'ErGwScale' ? `ErGwScale with ${scaleUnits} scale unit${scaleUnits === 1 ? '' : 's'}` : sku;
      const fix = { label: 'Turn FastPath off', apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { fastPath: false } }) };
      const message =
        `ExpressRoute gateway ${ctx.label(gateway.id)} has FastPath on, but ${skuText} does not support it: ` +
        'upgrade to UltraPerformance or ErGw3Az (or ErGwScale with 10 or more units), or turn FastPath off.';
      findings.push(finding(this, [gateway.id], message, { fix }));
    }
    return findings;
  },
};
