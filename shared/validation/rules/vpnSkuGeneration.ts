// A VPN gateway SKU exists only in some generations: Basic, VpnGw1 and VpnGw1AZ in Gen1 only,
// VpnGw4/5 and VpnGw4AZ/5AZ in Gen2 only, VpnGw2/3(AZ) in both. Source: About gateway SKUs.
import { DOCS } from '../../data/docs';
import { VPN_SKUS } from '../../data/vpnGatewaySkus';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const vpnSkuGeneration: Rule = {
  id: 'vpn-sku-generation',
  title: 'VPN SKU not available in this generation',
  severity: 'error',
  category: 'VPN gateway SKU',
  description:
    'VPN gateway SKUs exist in fixed generations: Basic, VpnGw1 and VpnGw1AZ in Generation 1 only; VpnGw4, VpnGw5, VpnGw4AZ and VpnGw5AZ in Generation 2 only; VpnGw2 and VpnGw3 (and AZ) in both.',
  source: DOCS.vpnGatewaySkus,
  reads: ['vpnGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const { sku, generation } = gateway.props;
      const available = VPN_SKUS[sku].generations;
      if (available.includes(generation)) continue;
      const fixed = available[0]!;
      findings.push(
        finding(
          this,
          [gateway.id],
          `VPN gateway ${ctx.label(gateway.id)} is ${sku} ${generation}, but ${sku} exists only as ${available.join(' and ')}. Set the generation to ${fixed}, or pick a SKU that exists in ${generation}.`,
          {
            fix: {
              label: `Use ${fixed}`,
              apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { generation: fixed } }),
            },
          },
        ),
      );
    }
    return findings;
  },
};
