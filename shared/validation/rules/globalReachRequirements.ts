// What Global Reach needs of the two circuits it joins: different peering locations, both
// Provisioned with private peering, neither Local, both Premium across geopolitical regions, both
// at locations that offer Global Reach, and a /29 for the connection. Source: About ExpressRoute Global Reach.
import { DOCS } from '../../data/docs';
import { geopoliticalRegionOfPeeringLocation } from '../../data/geopoliticalRegions';
import { globalReachSupportedAt, peeringLocationByName } from '../../data/peeringLocations';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

type Circuit = ElementOfKind<'erCircuit'>;

const locationKey = (name: string) => name.toLowerCase().replace(/\s+/g, '');

export const globalReachRequirements: Rule = {
  id: 'global-reach-requirements',
  title: 'Global Reach requirements',
  severity: 'error',
  category: 'Global Reach',
  description:
    'Global Reach joins the private peerings of two circuits at different peering locations. Both must be Provisioned with private peering, neither may be Local, both must be Premium when they are in different geopolitical regions, both locations must offer Global Reach, and the connection needs a /29 subnet.',
  source: DOCS.erGlobalReach,
  reads: ['erCircuit'],
  readsNames: [],
  readsGlobalReach: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const link of ctx.linksOfKind('globalReach')) {
      const a = ctx.byId.get(link.source);
      const b = ctx.byId.get(link.target);
      if (a?.kind !== 'erCircuit' || b?.kind !== 'erCircuit') continue;
      const pair = `Global Reach between ${ctx.label(a.id)} and ${ctx.label(b.id)}`;
      const both = [link.id, a.id, b.id];

      const locA = a.props.peeringLocation.trim();
      const locB = b.props.peeringLocation.trim();
      if (locA !== '' && locationKey(locA) === locationKey(locB)) {
        findings.push(finding(this, both, `${pair}: both circuits are at ${locA}, but Global Reach joins circuits at different peering locations (two locations in one metro are fine). Use a circuit at another location.`));
      }

      for (const c of [a, b] as Circuit[]) {
        const name = ctx.label(c.id);
        if (c.props.providerState !== 'Provisioned') {
          findings.push(finding(this, [link.id, c.id], `${pair}: circuit ${name} is ${c.props.providerState}, but Global Reach needs both circuits Provisioned. Wait until the provider has provisioned it.`));
        }
        if (!c.props.peerings.private) {
          const fix = {
            label: `Enable private peering on ${name}`,
            apply: (doc: TopologyDocument) => updateElement(doc, c.id, { props: { peerings: { ...c.props.peerings, private: true } } }),
          };
          findings.push(finding(this, [link.id, c.id], `${pair}: circuit ${name} has no private peering, which Global Reach joins. Enable private peering on it.`, { fix }));
        }
        if (c.props.tier === 'Local') {
          findings.push(finding(this, [link.id, c.id], `${pair}: circuit ${name} is Local, and Local circuits do not support Global Reach. Change it to Standard or Premium.`));
        }
        const location = peeringLocationByName(c.props.peeringLocation);
        if (location && !globalReachSupportedAt(location.name)) {
          findings.push(finding(this, [link.id, c.id], `${pair}: Global Reach is not offered at ${location.name} (${location.country}), where circuit ${name} is. Use a circuit at a peering location that offers Global Reach.`));
        }
      }

      const geoA = geopoliticalRegionOfPeeringLocation(locA);
      const geoB = geopoliticalRegionOfPeeringLocation(locB);
      if (geoA && geoB && geoA.name !== geoB.name && (a.props.tier !== 'Premium' || b.props.tier !== 'Premium')) {
        const fix = {
          label: 'Upgrade both circuits to Premium',
          apply: (doc: TopologyDocument) => updateElement(updateElement(doc, a.id, { props: { tier: 'Premium' } }), b.id, { props: { tier: 'Premium' } }),
        };
        const message = `${pair}: the circuits are in different geopolitical regions (${geoA.name} and ${geoB.name}), which needs both circuits Premium. Upgrade both to Premium.`;
        findings.push(finding(this, both, message, { fix }));
      }

      const subnet = link.props.subnet.trim();
      const parsed = subnet === '' ? undefined : ctx.cidr(subnet);
      if (parsed?.ok && (parsed.cidr.version !== 4 || parsed.cidr.prefixLength !== 29)) {
        findings.push(finding(this, both, `${pair} uses ${parsed.cidr.normalized}, but each Global Reach connection needs an IPv4 /29 that overlaps no VNet, peering subnet or on-premises range. Give it a /29.`));
      }
    }
    return findings;
  },
};
