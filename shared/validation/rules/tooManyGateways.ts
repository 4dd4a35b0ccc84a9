// At most one gateway of each type per VNet: one VPN gateway and one ExpressRoute gateway.
// Source: About ExpressRoute virtual network gateways ("only one virtual network gateway per
// gateway type"); VPN Gateway settings (gateway types).
import { DOCS } from '../../data/docs';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const TYPES = [
  { kind: 'vpnGateway', one: 'VPN gateway', many: 'VPN gateways', advice: 'connect all sites and users to it' },
  { kind: 'erGateway', one: 'ExpressRoute gateway', many: 'ExpressRoute gateways', advice: 'connect all circuits to it (a larger SKU takes more circuits)' },
] as const;

export const tooManyGateways: Rule = {
  id: 'too-many-gateways',
  title: 'More than one gateway of a type in a VNet',
  severity: 'error',
  category: 'Gateways',
  description:
    'A VNet can have only one virtual network gateway of each type: one VPN gateway and one ExpressRoute gateway. To serve more sites or circuits, use a larger SKU or more VNets.',
  source: DOCS.erGateways,
  reads: ['vnet', 'vpnGateway', 'erGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const gateways = ctx.gatewaysIn(vnet.id);
      if (gateways.length < 2) continue;
      for (const type of TYPES) {
        const ofType = gateways.filter((g) => g.kind === type.kind);
        if (ofType.length < 2) continue;
        const names = ofType.map((g) => ctx.label(g.id)).join(', ');
        findings.push(
          finding(
            this,
            [vnet.id, ...ofType.map((g) => g.id)],
            `VNet ${ctx.label(vnet.id)} has ${ofType.length} ${type.many} (${names}), but Azure allows one ${type.one} per VNet. Keep one, ${type.advice}, and delete the others or move them to another VNet.`,
          ),
        );
      }
    }
    return findings;
  },
};
