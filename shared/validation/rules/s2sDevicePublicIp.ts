// The on-premises end of a site-to-site tunnel must be reachable on a public IPv4 address: a VPN
// device's publicIp, a local network gateway's gatewayIp (which Azure also accepts as an FQDN).
// Private (RFC 1918), shared (100.64.0.0/10), loopback, link-local, multicast and unspecified
// addresses are refused; documentation ranges (203.0.113.0/24 …) pass, as designs use them as
// placeholders. Source: VPN Gateway settings (local network gateways).
import ipaddr from 'ipaddr.js';
import { DOCS } from '../../data/docs';
import { parseIpAddress } from '../../net/cidr';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const NOT_PUBLIC: Readonly<Record<string, string>> = {
  private: 'a private (RFC 1918) address',
  carrierGradeNat: 'a shared address (100.64.0.0/10, carrier-grade NAT)',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  unspecified: 'an unspecified address',
};

const FQDN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;

// The same addresses recur on every edit and parsing them is this rule's main cost: cache by text,
// one map for each answer to whether an FQDN is allowed (a key made of both was a string per call).
// '' stands for no problem (a problem is never empty), so a hit is one lookup.
const PROBLEM_CACHE = { fqdn: new Map<string, string>(), ip: new Map<string, string>() };
const PROBLEM_CACHE_LIMIT = 10_000;

/** What is wrong with `text` as the public address of a tunnel end, or undefined when nothing is. */
export function publicAddressProblem(text: string, allowFqdn: boolean): string | undefined {
  const cache = allowFqdn ? PROBLEM_CACHE.fqdn : PROBLEM_CACHE.ip;
  let problem = cache.get(text);
  if (problem === undefined) {
    if (cache.size >= PROBLEM_CACHE_LIMIT) cache.clear();
    problem = addressProblem(text.trim(), allowFqdn) ?? '';
    cache.set(text, problem);
  }
  return problem || undefined;
}

function addressProblem(value: string, allowFqdn: boolean): string | undefined {
  if (value === '') return 'has no public IP address';
  const parsed = parseIpAddress(value);
  if (!parsed.ok) return allowFqdn && FQDN.test(value) ? undefined : `has "${value}" as its public IP, which is not a valid IPv4 address`;
  if (parsed.version === 6) return `has the IPv6 address ${value} as its public IP, but Azure VPN gateways reach on-premises devices over IPv4`;
  const kind = NOT_PUBLIC[ipaddr.parse(value).range()];
  return kind ? `has ${value} as its public IP, which is ${kind} that cannot be reached from the internet` : undefined;
}

export const s2sDevicePublicIp: Rule = {
  id: 's2s-device-public-ip',
  title: 'Site-to-site peer without a public IPv4 address',
  severity: 'error',
  category: 'Site-to-site',
  description:
    "An Azure VPN gateway reaches the on-premises VPN device over the internet, so a VPN device or local network gateway with a site-to-site connection needs a valid public IPv4 address (a local network gateway may give an FQDN instead). Private, shared (100.64.0.0/10), loopback and link-local addresses are refused; behind NAT, enter the NAT's public address.",
  source: DOCS.vpnLocalNetworkGateway,
  reads: ['vpnDevice', 'localNetworkGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of ctx.elementsOfKind('vpnDevice')) {
      const links = ctx.linksOf(device.id, 's2s');
      if (links.length === 0) continue;
      const problem = publicAddressProblem(device.props.publicIp, false);
      if (!problem) continue;
      findings.push(
        finding(
          this,
          [device.id, ...links.map((l) => l.id)],
          `VPN device ${ctx.label(device.id)} ${problem}. Enter the public IPv4 address Azure reaches it on (the NAT's public address if it sits behind NAT).`,
        ),
      );
    }
    for (const lng of ctx.elementsOfKind('localNetworkGateway')) {
      const links = ctx.linksOf(lng.id, 's2s');
      if (links.length === 0) continue;
      const problem = publicAddressProblem(lng.props.gatewayIp, true);
      if (!problem) continue;
      findings.push(
        finding(
          this,
          [lng.id, ...links.map((l) => l.id)],
          `Local network gateway ${ctx.label(lng.id)} ${problem}. Enter the public IPv4 address (or DNS name) of the on-premises VPN device it stands for.`,
        ),
      );
    }
    return findings;
  },
};
