// A VPN gateway with site-to-site tunnels in active-standby mode: on planned maintenance or a
// failure of the active instance the standby takes over, and the tunnels drop for a short while.
// Active-active keeps a tunnel up from each instance. Source: reliability of virtual network
// gateways (azure-facts.md §2.6; Basic cannot be active-active, §7.3).
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const vpnNotActiveActive: Rule = {
  id: 'vpn-not-active-active',
  title: 'VPN gateway not active-active',
  severity: 'info',
  category: 'Resilience',
  description:
    'A VPN gateway has two instances. In active-standby mode, planned maintenance or a failure of the active one switches to the standby and interrupts its site-to-site tunnels briefly; in active-active mode both instances hold tunnels and the interruption is avoided. Reported for route-based gateways other than Basic (which cannot be active-active) that have site-to-site connections.',
  source: DOCS.reliabilityGateway,
  reads: ['vpnGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const { sku, vpnType, activeActive } = gateway.props;
      if (activeActive || sku === 'Basic' || vpnType !== 'RouteBased') continue;
      const tunnels = ctx.linksOf(gateway.id, 's2s');
      if (tunnels.length === 0) continue;
      findings.push(
        finding(
          this,
          [gateway.id, ...tunnels.map((t) => t.id)],
          `${ctx.label(gateway.id)} is active-standby: during planned maintenance or a failure its ${tunnels.length === 1 ? 'site-to-site tunnel drops' : `${tunnels.length} site-to-site tunnels drop`} briefly while the standby instance takes over. Make it active-active (a second public IP; configure the on-premises device with a tunnel to each instance).`,
          {
            fix: {
              label: 'Make it active-active',
              apply: (doc: TopologyDocument) => updateElement(doc, gateway.id, { props: { activeActive: true } }),
            },
          },
        ),
      );
    }
    return findings;
  },
};
