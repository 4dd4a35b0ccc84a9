// An on-premises site with one way into Azure has no redundancy: the failure of its device, line,
// circuit or gateway cuts it off. Paths to the hub and on to peered spokes over the same tunnel or
// circuit count as one way in. A site linked to something but reaching no VNet is reported too.
// Source: ExpressRoute FAQ (redundancy, azure-facts.md §3.1).
import { DOCS } from '../../data/docs';
import { waysBySite, type SitePath } from '../../topology/sitePaths';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

function describeRoute(ctx: ValidationContext, path: SitePath): string {
  if (path.via === 'vpn') return `a site-to-site VPN from ${ctx.label(path.deviceId!)} to ${ctx.label(path.gatewayId)}`;
  return `ExpressRoute circuit ${ctx.label(path.circuitId!)} to ${ctx.label(path.gatewayId)}`;
}

export const siteSinglePath: Rule = {
  id: 'site-single-path',
  title: 'Site with a single path to Azure',
  severity: 'info',
  category: 'Resilience',
  description:
    'An on-premises site that reaches Azure one way only (one VPN tunnel or one ExpressRoute circuit, whatever VNets lie behind it) loses Azure when that device, line, circuit or gateway fails. Add a second way in: a second circuit at another peering location, or a site-to-site VPN as failover for ExpressRoute. A site linked to something but reaching no VNet yet is reported as well.',
  source: DOCS.erFaq,
  reads: ['onPremSite', 'vpnDevice', 'localNetworkGateway', 'vpnGateway', 'erGateway', 'erCircuit', 'peeringLocation'],
  readsNames: ['peeringLocation'],
  check(ctx) {
    const findings: Finding[] = [];
    const bySite = waysBySite(ctx);
    for (const site of ctx.elementsOfKind('onPremSite')) {
      const ways = bySite.get(site.id) ?? [];
      if (ways.length === 0) {
        // Linked to something that could take it into Azure. A Global Reach link or a peering drawn to
        // a site takes it nowhere (global-reach-requirements and the peering rules report those), and
        // reading them would make this rule one of the few that an estate's Global Reach joins into
        // one part (Rule.readsGlobalReach).
        if (!ctx.linksOf(site.id).some((link) => link.kind !== 'globalReach' && link.kind !== 'vnetPeering')) continue;
        findings.push(
          finding(
            this,
            [site.id],
            `${ctx.label(site.id)} reaches no VNet yet: connect it through a VPN device and a tunnel to a VPN gateway, or through a connectivity partner and an ExpressRoute circuit to an ExpressRoute gateway, in a VNet.`,
          ),
        );
        continue;
      }
      // Each way in is one route, whatever VNets lie behind it.
      if (ways.length !== 1) continue;
      const path = ways[0]!;
      const advice =
        path.via === 'vpn'
          ? 'Add a second way in: ExpressRoute, or a second VPN device on another internet line with its own tunnel.'
          : site.props.mustNotTraverseInternet
            ? 'Add a second circuit at another peering location.'
            : 'Add a second circuit at another peering location, or a site-to-site VPN as failover.';
      findings.push(
        finding(
          this,
          path.elementIds,
          `${ctx.label(site.id)} reaches Azure one way only, over ${describeRoute(ctx, path)}: if any part of it fails, the site is cut off. ${advice}`,
        ),
      );
    }
    return findings;
  },
};
