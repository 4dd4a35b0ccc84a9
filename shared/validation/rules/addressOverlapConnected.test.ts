import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { addressOverlapConnected } from './addressOverlapConnected';

const run = (doc: ReturnType<typeof design>) => validate(doc, [addressOverlapConnected]);

type Elements = Parameters<typeof design>[0];
type Links = NonNullable<Parameters<typeof design>[1]>;

const vnet = (id: string, addressSpaces: string[], region = 'westeurope') => ({ id, kind: 'vnet' as const, name: id, props: { addressSpaces, region } });
/** A hub VNet with a VPN gateway and an ExpressRoute gateway in its GatewaySubnet. */
const hub = (addressSpaces = ['10.0.0.0/16']): Elements => [
  vnet('hub', addressSpaces),
  { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub', props: { prefix: '10.0.255.0/27' } },
  { id: 'vpngw', kind: 'vpnGateway', parentId: 'gws' },
  { id: 'ergw', kind: 'erGateway', parentId: 'gws' },
];
const site = (id: string, addressSpaces: string[]) => ({ id, kind: 'onPremSite' as const, name: id, props: { addressSpaces } });
const lng = (id: string, addressSpaces: string[], gatewayIp = '') => ({ id, kind: 'localNetworkGateway' as const, name: id, props: { addressSpaces, gatewayIp } });

describe('address-overlap-connected', () => {
  it.each<[string, Elements, Links, string[], RegExp]>([
    ['two peered VNets', [vnet('a', ['10.1.0.0/16']), vnet('b', ['10.1.128.0/17'])], [{ kind: 'vnetPeering', source: 'a', target: 'b' }], ['a', 'b'], /VNet "a" and VNet "b" are connected but their address ranges overlap \(10\.1\.0\.0\/16 and 10\.1\.128\.0\/17\)/],
    ['a VNet and a local network gateway over site-to-site', [...hub(), lng('lng-office', ['10.0.5.0/24'])], [{ kind: 's2s', source: 'lng-office', target: 'vpngw' }], ['hub', 'lng-office'], /VNet "hub" and local network gateway "lng-office".*\(10\.0\.0\.0\/16 and 10\.0\.5\.0\/24\).*NAT rules/],
    ['a VNet and a point-to-site pool', [...hub(), { id: 'users', kind: 'p2sUserGroup', name: 'Remote workers', props: { addressPool: '10.0.200.0/24' } }], [{ kind: 'p2s', source: 'users', target: 'vpngw' }], ['hub', 'users'], /point-to-site pool of "Remote workers"/],
    ['a VNet and a site reached over ExpressRoute', [...hub(), site('dc', ['10.0.0.0/8']), { id: 'colt', kind: 'connectivityProvider' }, { id: 'er', kind: 'erCircuit' }], [
      { kind: 'lastMile', source: 'dc', target: 'colt' },
      { kind: 'providerCrossConnect', source: 'colt', target: 'er' },
      { kind: 'erConnection', source: 'ergw', target: 'er' },
    ], ['dc', 'hub'], /Site "dc" and VNet "hub"/],
    ['two spokes peered to the same hub', [vnet('hub', ['10.0.0.0/16']), vnet('spoke1', ['10.1.0.0/16']), vnet('spoke2', ['10.1.0.0/24'])], [
      { kind: 'vnetPeering', source: 'hub', target: 'spoke1' },
      { kind: 'vnetPeering', source: 'hub', target: 'spoke2' },
    ], ['spoke1', 'spoke2'], /\(10\.1\.0\.0\/16 and 10\.1\.0\.0\/24\)/],
    ['two branch offices with the same range behind different VPN devices', [...hub(), site('branch1', ['192.168.1.0/24']), site('branch2', ['192.168.1.0/24']), { id: 'fw1', kind: 'vpnDevice' }, { id: 'fw2', kind: 'vpnDevice' }], [
      { kind: 'lastMile', source: 'branch1', target: 'fw1' },
      { kind: 'lastMile', source: 'branch2', target: 'fw2' },
      { kind: 's2s', source: 'fw1', target: 'vpngw' },
      { kind: 's2s', source: 'fw2', target: 'vpngw' },
    ], ['branch1', 'branch2'], /Site "branch1" and site "branch2"/],
    ['two local network gateways for different devices with the same range', [...hub(), lng('lng1', ['192.168.0.0/16'], '203.0.113.1'), lng('lng2', ['192.168.0.0/16'], '203.0.113.2')], [
      { kind: 's2s', source: 'lng1', target: 'vpngw' },
      { kind: 's2s', source: 'lng2', target: 'vpngw' },
    ], ['lng1', 'lng2'], /local network gateway "lng2"/],
  ])('flags %s', (_name, elements, links, elementIds, message) => {
    const findings = run(design(elements, links));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'address-overlap-connected', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Renumber one of them/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each<[string, Elements, Links]>([
    ['overlapping VNets that are not connected', [vnet('a', ['10.1.0.0/16']), vnet('b', ['10.1.0.0/16'])], []],
    ['peered VNets with disjoint ranges', [vnet('a', ['10.1.0.0/16']), vnet('b', ['10.2.0.0/16'])], [{ kind: 'vnetPeering', source: 'a', target: 'b' }]],
    ['a site and the local network gateway that records its prefixes', [...hub(), site('office', ['192.168.0.0/16']), { id: 'fw', kind: 'vpnDevice' }, lng('lng-office', ['192.168.0.0/16', '192.168.100.0/24'])], [
      { kind: 'lastMile', source: 'office', target: 'fw' },
      { kind: 's2s', source: 'fw', target: 'vpngw' },
      { kind: 's2s', source: 'lng-office', target: 'vpngw' },
    ]],
    ['two local network gateways for the same device and ranges', [...hub(), vnet('dr', ['10.50.0.0/16']), { id: 'dr-vpngw', kind: 'vpnGateway', parentId: 'dr' }, lng('lng-weu', ['192.168.0.0/16'], '203.0.113.1'), lng('lng-dr', ['192.168.0.0/16'], '203.0.113.1')], [
      { kind: 'vnetPeering', source: 'hub', target: 'dr' },
      { kind: 's2s', source: 'lng-weu', target: 'vpngw' },
      { kind: 's2s', source: 'lng-dr', target: 'dr-vpngw' },
    ]],
    ['two sites describing one network behind the same VPN device', [...hub(), site('hq', ['192.168.0.0/16']), site('hq-copy', ['192.168.0.0/16']), { id: 'fw', kind: 'vpnDevice' }], [
      { kind: 'lastMile', source: 'hq', target: 'fw' },
      { kind: 'lastMile', source: 'hq-copy', target: 'fw' },
      { kind: 's2s', source: 'fw', target: 'vpngw' },
    ]],
    ['VNets behind two circuits that only share a peering location', [
      vnet('a', ['10.1.0.0/16']), { id: 'gwa', kind: 'erGateway', parentId: 'a' }, { id: 'ca', kind: 'erCircuit' },
      vnet('b', ['10.1.0.0/16']), { id: 'gwb', kind: 'erGateway', parentId: 'b' }, { id: 'cb', kind: 'erCircuit' },
      { id: 'ams', kind: 'peeringLocation' },
    ], [
      { kind: 'erConnection', source: 'gwa', target: 'ca' },
      { kind: 'erConnection', source: 'gwb', target: 'cb' },
      { kind: 'providerCrossConnect', source: 'ca', target: 'ams' },
      { kind: 'providerCrossConnect', source: 'cb', target: 'ams' },
    ]],
    ['an IPv4 and an IPv6 range with the same bits', [vnet('a', ['10.0.0.0/16']), vnet('b', ['::a00:0/112'])], [{ kind: 'vnetPeering', source: 'a', target: 'b' }]],
    ['invalid ranges (reported by invalid-cidr)', [vnet('a', ['10.1.0.0/33']), vnet('b', ['10.1.0.0/33'])], [{ kind: 'vnetPeering', source: 'a', target: 'b' }]],
  ])('accepts %s', (_name, elements, links) => {
    expect(run(design(elements, links))).toEqual([]);
  });

  it('reports a pair of networks once, listing every overlapping range', () => {
    const doc = design([vnet('a', ['10.1.0.0/24', '10.2.0.0/24']), vnet('b', ['10.0.0.0/8'])], [{ kind: 'vnetPeering', source: 'a', target: 'b' }]);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/\(10\.1\.0\.0\/24 and 10\.0\.0\.0\/8; 10\.2\.0\.0\/24 and 10\.0\.0\.0\/8\)/);
  });

  it('checks 2,000 networks in one component without comparing every pair', () => {
    const spokes = Array.from({ length: 1500 }, (_, i) => vnet(`spoke${i}`, [`10.${1 + Math.floor(i / 256)}.${i % 256}.0/24`]));
    const lngs = Array.from({ length: 498 }, (_, i) => lng(`lng${i}`, [`172.16.${i % 256}.${i < 256 ? 0 : 128}/25`]));
    const doc = design(
      [...hub(['10.0.0.0/16']), ...spokes, ...lngs, lng('lng-clash', ['10.3.7.0/24'])],
      [
        ...spokes.map((s) => ({ kind: 'vnetPeering' as const, source: 'hub', target: s.id })),
        ...lngs.map((l) => ({ kind: 's2s' as const, source: l.id, target: 'vpngw' })),
        { kind: 's2s', source: 'lng-clash', target: 'vpngw' },
      ],
    );
    const findings = run(doc);
    expect(findings.map((f) => f.elementIds)).toEqual([['lng-clash', 'spoke519']]);
  });
});
