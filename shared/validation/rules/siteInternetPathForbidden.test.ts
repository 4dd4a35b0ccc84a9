import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { siteInternetPathForbidden } from './siteInternetPathForbidden';

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;
const run = (doc: ReturnType<typeof design>) => validate(doc, [siteInternetPathForbidden]);

/** A site with the given ways into a hub (with both gateways) that is peered with a spoke. */
function site(mustNotTraverseInternet: boolean, ways: Array<'vpn' | 'vpn2' | 'er'>) {
  const elements: Elements = [
    { id: 'site', kind: 'onPremSite', name: 'Amsterdam DC', props: { mustNotTraverseInternet } },
    { id: 'hub', kind: 'vnet', name: 'vnet-hub' },
    { id: 'spoke', kind: 'vnet', name: 'vnet-spoke' },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub', props: { prefix: '10.0.255.0/27' } },
    { id: 'vpngw', kind: 'vpnGateway', name: 'vpngw-hub', parentId: 'gws' },
    { id: 'ergw', kind: 'erGateway', name: 'ergw-hub', parentId: 'gws' },
  ];
  const links: Links = [{ id: 'peering', kind: 'vnetPeering', source: 'hub', target: 'spoke' }];
  for (const way of ways) {
    if (way === 'er') {
      elements.push({ id: 'prov', kind: 'connectivityProvider' }, { id: 'circuit', kind: 'erCircuit' });
      links.push(
        { kind: 'lastMile', source: 'site', target: 'prov' },
        { kind: 'providerCrossConnect', source: 'prov', target: 'circuit' },
        { kind: 'erConnection', source: 'circuit', target: 'ergw' },
      );
    } else {
      elements.push({ id: `dev-${way}`, kind: 'vpnDevice', name: `fw-${way}` });
      links.push({ id: `lm-${way}`, kind: 'lastMile', source: 'site', target: `dev-${way}` }, { id: `s2s-${way}`, kind: 's2s', source: `dev-${way}`, target: 'vpngw' });
    }
  }
  return design(elements, links);
}

describe('site-internet-path-forbidden', () => {
  it.each([
    ['a private-only site with a VPN tunnel (reported once, though it also reaches the spoke)', site(true, ['vpn']), ['vpn']],
    ['a private-only site with ExpressRoute and a VPN tunnel', site(true, ['er', 'vpn']), ['vpn']],
    ['a private-only site with two VPN tunnels (one finding each)', site(true, ['vpn', 'vpn2']), ['vpn', 'vpn2']],
  ])('flags %s', (_name, doc, ways) => {
    const findings = run(doc);
    expect(findings.map((f) => f.elementIds)).toEqual(ways.map((w) => ['site', `lm-${w}`, `dev-${w}`, `s2s-${w}`, 'vpngw', 'hub']));
    for (const [i, f] of findings.entries()) {
      expect(f).toMatchObject({ ruleId: 'site-internet-path-forbidden', severity: 'error', source: DOCS.erFaq.url });
      expect(f.message).toBe(
        `"Amsterdam DC" must not traverse the internet, but its site-to-site VPN from "fw-${ways[i]}" to "vpngw-hub" (in "vnet-hub") runs over the public internet. ` +
          'Reach Azure over ExpressRoute (private peering) instead and remove this tunnel, or clear "must not traverse the internet" on the site if the requirement no longer holds.',
      );
    }
  });

  it.each([
    ['a private-only site on ExpressRoute only', site(true, ['er'])],
    ['a site allowed to use the internet, with a VPN tunnel', site(false, ['vpn'])],
    ['a private-only site with no path yet', site(true, [])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('goes away when the requirement is cleared on the site', () => {
    const doc = site(true, ['vpn']);
    expect(run(updateElement(doc, 'site', { props: { mustNotTraverseInternet: false } }))).toEqual([]);
  });
});
