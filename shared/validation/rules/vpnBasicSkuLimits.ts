// What the Basic VPN SKU cannot do: BGP, active-active, IKEv2/OpenVPN point-to-site, RADIUS or
// Entra ID authentication, and IKEv1 on a route-based Basic gateway (IKEv2 only). One finding per
// problem, each with a "Switch to VpnGw1AZ" fix (or the smallest AZ SKU that carries the load), and
// one info finding on what Basic lacks outside the model (portal, IPv6, custom IPsec policy, resize).
// NAT on Basic is vpn-nat-sku's; policy-based Basic with P2S is vpn-policy-based's.
// Source: About gateway SKUs; VPN FAQ.
import { DOCS } from '../../data/docs';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { gatewayLoad, smallestAzSku, switchSkuFix } from './vpnLegacySku';

export const vpnBasicSkuLimits: Rule = {
  id: 'vpn-basic-sku-limits',
  title: 'Feature not available on the Basic VPN SKU',
  severity: 'error',
  severities: ['error', 'info'],
  category: 'VPN gateway SKU',
  description:
    'The Basic VPN gateway SKU has no BGP, no active-active mode, no IKEv2 or OpenVPN point-to-site (SSTP only), no RADIUS or Microsoft Entra ID authentication, and as route-based it speaks IKEv2 only. It is also created only with PowerShell or the CLI, has no IPv6 or custom IPsec/IKE policy, and cannot be resized.',
  source: DOCS.vpnGatewaySkus,
  reads: ['vpnGateway', 'p2sUserGroup'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      if (gateway.props.sku !== 'Basic') continue;
      const target = smallestAzSku(gatewayLoad(ctx, gateway.id));
      const options = target ? { fix: switchSkuFix(ctx, gateway, target) } : {};
      const instead = target ?? 'an AZ SKU';
      const vpn = `VPN gateway ${ctx.label(gateway.id)}`;
      const policyBased = gateway.props.vpnType === 'PolicyBased';
      const s2s = ctx.linksOf(gateway.id, 's2s');

      const bgpLinks = s2s.filter((l) => l.kind === 's2s' && l.props.bgp);
      if (gateway.props.bgp.enabled || bgpLinks.length > 0) {
        const where = gateway.props.bgp.enabled ? 'has BGP enabled' : `has BGP enabled on ${bgpLinks.length === 1 ? 'a connection' : `${bgpLinks.length} connections`}`;
        findings.push(
          finding(
            this,
            [gateway.id, ...bgpLinks.map((l) => l.id)],
            `${vpn} ${where}, but the Basic SKU has no BGP. Turn BGP off and use static prefixes, or switch to ${instead}.`,
            options,
          ),
        );
      }
      if (gateway.props.activeActive) {
        findings.push(
          finding(this, [gateway.id], `${vpn} is active-active, but the Basic SKU is active-standby only. Turn active-active off, or switch to ${instead}.`, options),
        );
      }
      if (!policyBased) {
        for (const link of ctx.linksOf(gateway.id, 'p2s')) {
          const group = ctx.otherEnd(link, gateway.id);
          if (group?.kind !== 'p2sUserGroup') continue;
          const modern = group.props.protocols.filter((p) => p === 'IKEv2' || p === 'OpenVPN');
          if (modern.length > 0) {
            findings.push(
              finding(
                this,
                [gateway.id, group.id, link.id],
                `Users of ${ctx.label(group.id)} connect with ${modern.join(' and ')}, but point-to-site on the Basic SKU is SSTP only. Offer them SSTP only, or switch ${ctx.label(gateway.id)} to ${instead}.`,
                options,
              ),
            );
          }
          const auth = group.props.authentication;
          if (auth === 'RADIUS' || auth === 'EntraID') {
            const name = auth === 'RADIUS' ? 'RADIUS' : 'Microsoft Entra ID';
            findings.push(
              finding(
                this,
                [gateway.id, group.id, link.id],
                `Users of ${ctx.label(group.id)} authenticate with ${name}, which the Basic SKU does not support (certificates only). Use certificate authentication, or switch ${ctx.label(gateway.id)} to ${instead}.`,
                options,
              ),
            );
          }
        }
        const ikev1 = s2s.filter((l) => l.kind === 's2s' && l.props.ikeVersion === 'IKEv1');
        if (ikev1.length > 0) {
          findings.push(
            finding(
              this,
              [gateway.id, ...ikev1.map((l) => l.id)],
              `${vpn} is a route-based Basic gateway, which speaks IKEv2 only, but ${ikev1.length === 1 ? 'a connection uses' : `${ikev1.length} connections use`} IKEv1. Set ${ikev1.length === 1 ? 'it' : 'them'} to IKEv2 if the device supports it, or switch to ${instead} (IKEv1 and IKEv2).`,
              options,
            ),
          );
        }
      }
      findings.push(
        finding(
          this,
          [gateway.id],
          `${vpn} uses the Basic SKU: it can be created only with PowerShell or the Azure CLI (not the portal), has no IPv6 and no custom IPsec/IKE policy, and cannot be resized later (changing SKU means deleting and recreating it). Choose ${instead} if you may need more.`,
          { severity: 'info', ...options },
        ),
      );
    }
    return findings;
  },
};
