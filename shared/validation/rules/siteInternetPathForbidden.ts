// A site whose traffic must not traverse the internet but that reaches Azure over a site-to-site
// VPN, which runs over the public internet. ExpressRoute connections do not go over the public
// internet (ExpressRoute FAQ, "What is ExpressRoute?"), which is the remedy this rule offers.
import { DOCS } from '../../data/docs';
import { waysBySite } from '../../topology/sitePaths';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

export const siteInternetPathForbidden: Rule = {
  id: 'site-internet-path-forbidden',
  title: 'Internet path from a site that must stay private',
  severity: 'error',
  category: 'Security',
  description:
    'A site marked "must not traverse the internet" must not reach Azure over a site-to-site VPN: IPsec tunnels run over the public internet. Reach Azure over ExpressRoute, whose connections do not go over the public internet, or clear the requirement on the site. Reported once per tunnel, whatever VNets lie behind it.',
  source: DOCS.erFaq,
  reads: ['onPremSite', 'vpnDevice', 'localNetworkGateway', 'vnet', 'vpnGateway', 'erCircuit', 'peeringLocation'],
  readsNames: ['peeringLocation'],
  check(ctx) {
    const findings: Finding[] = [];
    const bySite = waysBySite(ctx);
    for (const site of ctx.elementsOfKind('onPremSite')) {
      if (!site.props.mustNotTraverseInternet) continue;
      // One finding per way in: the tunnel, not each VNet behind it.
      for (const path of bySite.get(site.id) ?? []) {
        if (!path.overInternet) continue;
        const device = path.deviceId ? ` from ${ctx.label(path.deviceId)}` : '';
        findings.push(
          finding(
            this,
            path.elementIds,
            `${ctx.label(site.id)} must not traverse the internet, but its site-to-site VPN${device} to ${ctx.label(path.gatewayId)} (in ${ctx.label(path.vnetId)}) runs over the public internet. Reach Azure over ExpressRoute (private peering) instead and remove this tunnel, or clear "must not traverse the internet" on the site if the requirement no longer holds.`,
          ),
        );
      }
    }
    return findings;
  },
};
