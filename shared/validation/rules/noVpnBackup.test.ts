import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design, hubWithGateways } from '../testing/designBuilder';
import { noVpnBackup } from './noVpnBackup';

type Elements = Parameters<typeof design>[0];
const run = (doc: ReturnType<typeof design>) => validate(doc, [noVpnBackup]);

/** Sites reaching the hub's ExpressRoute gateway over one circuit, each with its own provider. */
function erSites(sites: Array<{ id: string; mustNotTraverseInternet: boolean }>, gateways: Array<{ id: string; kind: 'vpnGateway' | 'erGateway' }>) {
  const elements: Elements = [...hubWithGateways('10.0.255.0/27', gateways), { id: 'circuit', kind: 'erCircuit' }];
  const links: NonNullable<Parameters<typeof design>[1]> = [{ kind: 'erConnection', source: 'circuit', target: 'er' }];
  for (const site of sites) {
    elements.push({ id: site.id, kind: 'onPremSite', props: { mustNotTraverseInternet: site.mustNotTraverseInternet } }, { id: `prov-${site.id}`, kind: 'connectivityProvider' });
    links.push({ kind: 'lastMile', source: site.id, target: `prov-${site.id}` }, { kind: 'providerCrossConnect', source: `prov-${site.id}`, target: 'circuit' });
  }
  return design(elements, links);
}

describe('no-vpn-backup', () => {
  it.each([
    ['an ExpressRoute gateway alone', design(hubWithGateways('10.0.255.0/27', [{ id: 'er', kind: 'erGateway' }]))],
    ['an ExpressRoute gateway used by a site that may use the internet', erSites([{ id: 'hq', mustNotTraverseInternet: false }], [{ id: 'er', kind: 'erGateway' }])],
    [
      'an ExpressRoute gateway used by one private-only site and one that may use the internet',
      erSites(
        [
          { id: 'hq', mustNotTraverseInternet: true },
          { id: 'branch', mustNotTraverseInternet: false },
        ],
        [{ id: 'er', kind: 'erGateway' }],
      ),
    ],
  ])('flags %s', (_name, doc) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'no-vpn-backup', severity: 'info', elementIds: ['vnet', 'er'], source: DOCS.erCoexist.url });
    expect(findings[0]!.message).toMatch(/^"vnet-hub" has an ExpressRoute gateway but no VPN gateway: .*Add a route-based VPN gateway \(not Basic\)/);
  });

  it.each([
    ['both gateways', design(hubWithGateways('10.0.255.0/27', [{ id: 'er', kind: 'erGateway' }, { id: 'vpn', kind: 'vpnGateway' }]))],
    ['a VPN gateway only', design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]))],
    ['no gateway', design(hubWithGateways('10.0.255.0/27', []))],
    ['every site behind the gateway must not traverse the internet', erSites([{ id: 'hq', mustNotTraverseInternet: true }], [{ id: 'er', kind: 'erGateway' }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
