import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { siteSinglePath } from './siteSinglePath';

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;
const run = (doc: ReturnType<typeof design>) => validate(doc, [siteSinglePath]);

const HUB: Elements = [
  { id: 'hub', kind: 'vnet', name: 'vnet-hub' },
  { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub', props: { prefix: '10.0.255.0/27' } },
  { id: 'vpngw', kind: 'vpnGateway', name: 'vpngw', parentId: 'gws' },
  { id: 'ergw', kind: 'erGateway', name: 'ergw', parentId: 'gws' },
  { id: 'spoke', kind: 'vnet', name: 'vnet-spoke' },
];

/** The hub (with both gateways and a spoke) plus a site with the given ways in. */
function site(ways: Array<'vpn' | 'vpn2' | 'er' | 'er2'>, props: Record<string, unknown> = {}, peered = false) {
  const elements: Elements = [{ id: 'site', kind: 'onPremSite', name: 'HQ', props }, ...HUB];
  const links: Links = peered ? [{ id: 'peering', kind: 'vnetPeering', source: 'hub', target: 'spoke' }] : [];
  for (const way of ways) {
    if (way.startsWith('vpn')) {
      elements.push({ id: `dev-${way}`, kind: 'vpnDevice', name: `fw-${way}` });
      links.push({ id: `lm-${way}`, kind: 'lastMile', source: 'site', target: `dev-${way}` }, { id: `s2s-${way}`, kind: 's2s', source: `dev-${way}`, target: 'vpngw' });
    } else {
      elements.push({ id: `prov-${way}`, kind: 'connectivityProvider' }, { id: `c-${way}`, kind: 'erCircuit', name: `circuit-${way}` });
      links.push(
        { id: `lm-${way}`, kind: 'lastMile', source: 'site', target: `prov-${way}` },
        { id: `xc-${way}`, kind: 'providerCrossConnect', source: `prov-${way}`, target: `c-${way}` },
        { id: `conn-${way}`, kind: 'erConnection', source: `c-${way}`, target: 'ergw' },
      );
    }
  }
  return design(elements, links);
}

describe('site-single-path', () => {
  it.each([
    [
      'a site with one VPN tunnel',
      site(['vpn']),
      ['site', 'lm-vpn', 'dev-vpn', 's2s-vpn', 'vpngw', 'hub'],
      /^"HQ" reaches Azure one way only, over a site-to-site VPN from "fw-vpn" to "vpngw": .*Add a second way in: ExpressRoute, or a second VPN device/,
    ],
    [
      'a site with one VPN tunnel to a hub and its peered spoke',
      site(['vpn'], {}, true),
      ['site', 'lm-vpn', 'dev-vpn', 's2s-vpn', 'vpngw', 'hub'],
      /one way only, over a site-to-site VPN/,
    ],
    [
      'a site with one circuit',
      site(['er']),
      ['site', 'lm-er', 'prov-er', 'xc-er', 'c-er', 'conn-er', 'ergw', 'hub'],
      /one way only, over ExpressRoute circuit "circuit-er" to "ergw": .*a second circuit at another peering location, or a site-to-site VPN as failover\./,
    ],
    [
      'a private-only site with one circuit (no VPN suggested)',
      site(['er'], { mustNotTraverseInternet: true }),
      ['site', 'lm-er', 'prov-er', 'xc-er', 'c-er', 'conn-er', 'ergw', 'hub'],
      /Add a second circuit at another peering location\.$/,
    ],
  ])('flags %s', (_name, doc, elementIds, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'site-single-path', severity: 'info', elementIds, source: DOCS.erFaq.url });
    expect(findings[0]!.message).toMatch(message);
  });

  it('says a site linked to a device with no tunnel reaches no VNet yet', () => {
    const doc = design(
      [
        { id: 'site', kind: 'onPremSite', name: 'HQ' },
        { id: 'dev', kind: 'vpnDevice' },
      ],
      [{ kind: 'lastMile', source: 'site', target: 'dev' }],
    );
    expect(run(doc)).toMatchObject([{ ruleId: 'site-single-path', severity: 'info', elementIds: ['site'], message: expect.stringMatching(/^"HQ" reaches no VNet yet: /) }]);
  });

  it.each([
    ['a site with ExpressRoute and a VPN', site(['er', 'vpn'])],
    ['a site with two circuits', site(['er', 'er2'])],
    ['a site with two VPN devices', site(['vpn', 'vpn2'])],
    ['a site not linked to anything yet', site([])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
