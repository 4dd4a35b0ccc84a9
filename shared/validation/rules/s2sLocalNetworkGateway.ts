// Azure routes to an on-premises site by the prefixes of its local network gateway, or by what
// BGP learns. A local network gateway with neither cannot route anything (error). A VPN device
// linked straight to a VPN gateway, with no local network gateway of the same IP and no address
// spaces on its site, leaves those prefixes undescribed (warning).
// Source: VPN Gateway settings (local network gateways).
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

const filled = (list: readonly string[]) => list.filter((s) => s.trim() !== '');

/** The key two tunnel ends are matched by: the address as typed, trimmed and lower-cased. */
export const addressKey = (text: string) => text.trim().toLowerCase();

function sitesOf(ctx: ValidationContext, deviceId: string): ElementOfKind<'onPremSite'>[] {
  return ctx.neighbours(deviceId, 'lastMile', ['onPremSite']) as ElementOfKind<'onPremSite'>[];
}

export const s2sLocalNetworkGateway: Rule = {
  id: 's2s-local-network-gateway',
  title: 'On-premises prefixes not described',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'Site-to-site',
  description:
    "A local network gateway tells Azure which on-premises prefixes sit behind a tunnel: one with a site-to-site connection needs address spaces or BGP. A VPN device connected directly needs a local network gateway with the same public IP, or a site with address spaces, so that its prefixes are known.",
  source: DOCS.vpnLocalNetworkGateway,
  reads: ['onPremSite', 'vpnDevice', 'localNetworkGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    const lngs = ctx.elementsOfKind('localNetworkGateway');
    const devices = ctx.elementsOfKind('vpnDevice');
    const lngAddresses = new Set(lngs.map((l) => addressKey(l.props.gatewayIp)).filter((k) => k !== ''));
    const devicesByAddress = new Map<string, ElementOfKind<'vpnDevice'>[]>();
    for (const device of devices) {
      const key = addressKey(device.props.publicIp);
      if (key === '') continue;
      const list = devicesByAddress.get(key);
      if (list) list.push(device);
      else devicesByAddress.set(key, [device]);
    }

    for (const lng of lngs) {
      const links = ctx.linksOf(lng.id, 's2s');
      if (links.length === 0 || lng.props.bgp.enabled || filled(lng.props.addressSpaces).length > 0) continue;
      // The device with the same address may sit at a site whose prefixes can be copied.
      const sites = (devicesByAddress.get(addressKey(lng.props.gatewayIp)) ?? []).flatMap((d) => sitesOf(ctx, d.id));
      const prefixes = [...new Set(sites.flatMap((s) => filled(s.props.addressSpaces)))];
      const from = [...new Set(sites.filter((s) => filled(s.props.addressSpaces).length > 0).map((s) => ctx.label(s.id)))];
      findings.push(
        finding(
          this,
          [lng.id, ...links.map((l) => l.id)],
          `Local network gateway ${ctx.label(lng.id)} has neither address spaces nor BGP, so Azure would not know which on-premises prefixes to send through its tunnel. Add the on-premises prefixes${prefixes.length ? ` (${from.join(', ')} has ${prefixes.join(', ')})` : ''}, or enable BGP with the device's ASN and BGP peer IP.`,
          prefixes.length
            ? {
                fix: {
                  label: `Copy the address spaces of ${from.join(', ')}`,
                  apply: (doc: TopologyDocument) => updateElement(doc, lng.id, { props: { addressSpaces: prefixes } }),
                },
              }
            : {},
        ),
      );
    }

    for (const device of devices) {
      const links = ctx.linksOf(device.id, 's2s');
      if (links.length === 0) continue;
      const key = addressKey(device.props.publicIp);
      if (key !== '' && lngAddresses.has(key)) continue;
      // With BGP on the tunnel, the gateway learns the prefixes from the device.
      if (device.props.asn !== null && links.some((l) => l.kind === 's2s' && l.props.bgp)) continue;
      const sites = sitesOf(ctx, device.id);
      if (sites.some((s) => filled(s.props.addressSpaces).length > 0)) continue;
      const orSite = sites.length
        ? `, or give ${sites.map((s) => ctx.label(s.id)).join(', ')} ${sites.length === 1 ? 'its' : 'their'} address spaces`
        : ', or link the device to its on-premises site and give the site its address spaces';
      findings.push(
        finding(
          this,
          [device.id, ...sites.map((s) => s.id), ...links.map((l) => l.id)],
          `The on-premises prefixes behind VPN device ${ctx.label(device.id)} are described nowhere, and Azure needs them to route traffic into its tunnel. Add a local network gateway with the device's public IP and the on-premises prefixes${orSite}.`,
          { severity: 'warning' },
        ),
      );
    }
    return findings;
  },
};
