// Overlapping address ranges between networks that can reach each other (VNet peering, VPN,
// ExpressRoute): Azure refuses peering between overlapping VNets and cannot route between a VNet
// and an overlapping site. Source: Azure Virtual Network FAQ, VNet peering overview, VPN FAQ.
import { DOCS } from '../../data/docs';
import type { ValidationContext } from '../context';
import { connectedComponents, forEachOverlap, networkRanges, type NetworkKind, type NetworkRange } from '../connectedNetworks';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const KIND_WORDS: Record<NetworkKind, string> = {
  vnet: 'VNet',
  onPremSite: 'site',
  localNetworkGateway: 'local network gateway',
  p2sUserGroup: 'point-to-site pool of',
};

/**
 * Pairs that are one network described twice, not two networks: a local network gateway is Azure's
 * record of a site's own prefixes; two sites with the same ranges behind the same VPN device, or
 * two local network gateways with the same ranges for the same device IP, are one site drawn twice.
 */
function sameNetwork(ctx: ValidationContext, a: NetworkRange, b: NetworkRange, rangesOf: (id: string) => string): boolean {
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.has('onPremSite') && kinds.has('localNetworkGateway')) return true;
  if (a.kind !== b.kind || rangesOf(a.elementId) !== rangesOf(b.elementId)) return false;
  if (a.kind === 'onPremSite') {
    const devices = new Set(ctx.neighbours(a.elementId, 'lastMile', ['vpnDevice']).map((d) => d.id));
    return ctx.neighbours(b.elementId, 'lastMile', ['vpnDevice']).some((d) => devices.has(d.id));
  }
  if (a.kind === 'localNetworkGateway') {
    const ipOf = (id: string) => {
      const el = ctx.byId.get(id);
      return el?.kind === 'localNetworkGateway' ? el.props.gatewayIp.trim() : '';
    };
    return ipOf(a.elementId) !== '' && ipOf(a.elementId) === ipOf(b.elementId);
  }
  return false;
}

export const addressOverlapConnected: Rule = {
  id: 'address-overlap-connected',
  title: 'Connected networks overlap',
  severity: 'error',
  category: 'Addressing',
  description:
    'Networks that reach each other through VNet peering, site-to-site or point-to-site VPN, or ExpressRoute must not overlap: Azure refuses to peer overlapping VNets and cannot route between a VNet and an overlapping site or client pool. A site and its local network gateway describe one network and are not compared.',
  source: DOCS.vnetFaq,
  reads: ['onPremSite', 'localNetworkGateway', 'p2sUserGroup', 'vnet'],
  readsNames: [],
  readsGlobalReach: true,
  readsPeering: true,
  check(ctx) {
    const component = connectedComponents(ctx);
    const ranges = networkRanges(ctx);
    const intervals = ranges.map((range) => ({ group: component.get(range.elementId) ?? -1, cidr: range.cidr, item: range }));
    // Only overlapping networks are compared by their ranges: the texts of each are gathered when
    // the first overlap is found (a design that validates has none, and a map of every network
    // was a share of the rule's time).
    let textsOf: Map<string, string[]> | undefined;
    const rangesKey = new Map<string, string>();
    const rangesOf = (id: string) => {
      let key = rangesKey.get(id);
      if (key === undefined) {
        textsOf ??= textsByElement(ranges);
        key = [...(textsOf.get(id) ?? [])].sort().join(',');
        rangesKey.set(id, key);
      }
      return key;
    };
    const pairs = new Map<string, { a: NetworkRange; b: NetworkRange; overlaps: string[] }>();
    forEachOverlap(intervals, ({ item: a }, { item: b }) => {
      if (a.elementId === b.elementId || sameNetwork(ctx, a, b, rangesOf)) return;
      const [first, second] = a.elementId < b.elementId ? [a, b] : [b, a];
      const key = `${first.elementId}\u0000${second.elementId}`;
      const overlap = `${first.text} and ${second.text}`;
      const pair = pairs.get(key);
      if (pair) pair.overlaps.push(overlap);
      else pairs.set(key, { a: first, b: second, overlaps: [overlap] });
    });
    const findings: Finding[] = [];
    for (const { a, b, overlaps } of pairs.values()) {
      const name = (r: NetworkRange) => `${KIND_WORDS[r.kind]} ${ctx.label(r.elementId)}`;
      const message =
        `${capitalise(name(a))} and ${name(b)} are connected but their address ranges overlap (${overlaps.join('; ')}): ` +
        'Azure cannot peer or route between overlapping networks. Renumber one of them so the ranges are disjoint' +
        (a.kind === 'vnet' && b.kind === 'vnet' ? '.' : ' (or translate one side with NAT rules on a VpnGw2 or larger VPN gateway).');
      findings.push(finding(this, [a.elementId, b.elementId], message));
    }
    return findings;
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function textsByElement(ranges: readonly NetworkRange[]): Map<string, string[]> {
  const textsOf = new Map<string, string[]>();
  for (const r of ranges) {
    const texts = textsOf.get(r.elementId);
    if (texts) texts.push(r.text);
    else textsOf.set(r.elementId, [r.text]);
  }
  return textsOf;
}
