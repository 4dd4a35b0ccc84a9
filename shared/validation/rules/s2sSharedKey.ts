// Site-to-site authentication is a pre-shared key only: printable ASCII except space, '-' and '~',
// and the same on both ends. When a VPN device and a local network gateway with the same public IP
// both connect to one VPN gateway, the LNG's connection is Azure's end and the device's link the
// device's end: their keys must match. Source: VPN Gateway FAQ.
import { SHARED_KEY_PATTERN } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { updateLink } from '../../model/operations';
import type { LinkOfKind, TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { addressKey } from './s2sLocalNetworkGateway';
import { ELEMENT_KINDS } from '../../model/enums';

const ALLOWED_CHAR = /^[\x21-\x2c\x2e-\x7d]$/;

/** The characters of `key` that a pre-shared key may not contain, each named once, in order. */
export function disallowedKeyCharacters(key: string): string[] {
  const names: string[] = [];
  for (const ch of key) {
    if (ALLOWED_CHAR.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 || code === 0x7f;
    const name = ch === ' ' ? 'a space' : control ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : `'${ch}'`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function between(ctx: ValidationContext, link: LinkOfKind<'s2s'>): string {
  return `${ctx.label(link.source)} and ${ctx.label(link.target)}`;
}

export const s2sSharedKey: Rule = {
  id: 's2s-shared-key',
  title: 'Site-to-site shared key',
  severity: 'error',
  category: 'Site-to-site',
  description:
    "A site-to-site connection authenticates with a pre-shared key only. It must not be empty, may use printable ASCII characters except space, '-' and '~', and must be the same on Azure's connection (from the local network gateway) and on the on-premises VPN device.",
  source: DOCS.vpnFaq,
  // Every kind: it labels the ends of site-to-site links, of any kind before the loader repairs links.
  reads: ELEMENT_KINDS,
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const link of ctx.linksOfKind('s2s')) {
      const key = link.props.sharedKey;
      if (key === '') {
        findings.push(
          finding(this, [link.id, link.source, link.target], `The site-to-site connection between ${between(ctx, link)} has no shared key. Enter the pre-shared key, the same on both ends.`),
        );
      } else if (!SHARED_KEY_PATTERN.test(key)) {
        const bad = disallowedKeyCharacters(key);
        findings.push(
          finding(
            this,
            [link.id, link.source, link.target],
            `The shared key of the connection between ${between(ctx, link)} contains ${bad.join(', ')}, which Azure does not accept. Use printable ASCII letters, digits and symbols except space, '-' and '~'.`,
          ),
        );
      }
    }

    // Both ends of one tunnel: a device and a local network gateway with the same address on one gateway.
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const deviceLinks = new Map<string, Array<{ link: LinkOfKind<'s2s'>; id: string }>>();
      const lngLinks: Array<{ link: LinkOfKind<'s2s'>; id: string; key: string }> = [];
      for (const link of ctx.linksOf(gateway.id, 's2s')) {
        if (link.kind !== 's2s') continue;
        const end = ctx.otherEnd(link, gateway.id);
        if (end?.kind === 'vpnDevice') {
          const key = addressKey(end.props.publicIp);
          if (key === '') continue;
          const list = deviceLinks.get(key);
          if (list) list.push({ link, id: end.id });
          else deviceLinks.set(key, [{ link, id: end.id }]);
        } else if (end?.kind === 'localNetworkGateway') {
          const key = addressKey(end.props.gatewayIp);
          if (key !== '') lngLinks.push({ link, id: end.id, key });
        }
      }
      if (deviceLinks.size === 0) continue;
      for (const azure of lngLinks) {
        for (const device of deviceLinks.get(azure.key) ?? []) {
          const azureKey = azure.link.props.sharedKey;
          const deviceKey = device.link.props.sharedKey;
          if (azureKey === '' || deviceKey === '' || azureKey === deviceKey) continue;
          const fix = SHARED_KEY_PATTERN.test(azureKey)
            ? { label: "Use Azure's key on the device's end", apply: (doc: TopologyDocument) => updateLink(doc, device.link.id, { props: { sharedKey: azureKey } }) }
            : SHARED_KEY_PATTERN.test(deviceKey)
              ? { label: "Use the device's key on Azure's end", apply: (doc: TopologyDocument) => updateLink(doc, azure.link.id, { props: { sharedKey: deviceKey } }) }
              : undefined;
          findings.push(
            finding(
              this,
              [device.link.id, azure.link.id, device.id, azure.id, gateway.id],
              `The shared key on the tunnel from VPN device ${ctx.label(device.id)} to ${ctx.label(gateway.id)} differs from the key of Azure's connection from local network gateway ${ctx.label(azure.id)}, which stands for the same device (same public IP): the tunnel will not come up. Use the same key on both ends.`,
              fix ? { fix } : {},
            ),
          );
        }
      }
    }
    return findings;
  },
};
