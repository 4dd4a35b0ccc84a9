import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { s2sLocalNetworkGateway } from './s2sLocalNetworkGateway';

const run = (doc: TopologyDocument) => validate(doc, [s2sLocalNetworkGateway]);

const hub = hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]);
const site = (addressSpaces: string[]) => ({ id: 'site', kind: 'onPremSite' as const, name: 'Office', props: { addressSpaces } });
const lng = (props: Record<string, unknown>) => ({ id: 'lng', kind: 'localNetworkGateway' as const, name: 'lng-office', props: { gatewayIp: '203.0.113.10', ...props } });
const device = (props: Record<string, unknown> = {}) => ({ id: 'dev', kind: 'vpnDevice' as const, name: 'edge', props: { publicIp: '203.0.113.10', ...props } });

describe('s2s-local-network-gateway', () => {
  it.each([
    ['no address spaces', lng({})],
    ['only blank address spaces', lng({ addressSpaces: [' '] })],
    ['BGP settings that are switched off', lng({ bgp: { enabled: false, asn: 65050 } })],
  ])('flags a local network gateway with %s and no BGP (error)', (_name, element) => {
    const findings = run(design([...hub, element], [{ kind: 's2s', source: 'lng', target: 'vpn' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 's2s-local-network-gateway', severity: 'error', elementIds: ['lng', 'link-1'] });
    expect(findings[0]!.message).toMatch(/"lng-office" has neither address spaces nor BGP, so Azure would not know which on-premises prefixes/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#lng');
  });

  it.each([
    ['no site', [device()], ['dev', 'link-1'], /link the device to its on-premises site/],
    ['a site without address spaces', [device(), site([])], ['dev', 'site', 'link-1'], /or give "Office" its address spaces/],
    ['BGP on the link but no device ASN', [device(), site([])], ['dev', 'site', 'link-1'], /Add a local network gateway/],
  ])('warns about a VPN device linked directly, with %s', (name, elements, elementIds, message) => {
    const links = [
      { id: 'link-1', kind: 's2s' as const, source: 'dev', target: 'vpn', props: { bgp: name.startsWith('BGP') } },
      ...(elements.length > 1 ? [{ id: 'lm', kind: 'lastMile' as const, source: 'site', target: 'dev' }] : []),
    ];
    const findings = run(design([...hub, ...elements], links));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', elementIds });
    expect(findings[0]!.message).toMatch(/The on-premises prefixes behind VPN device "edge" are described nowhere/);
    expect(findings[0]!.message).toMatch(message);
  });

  it.each([
    ['a local network gateway with address spaces', design([...hub, lng({ addressSpaces: ['192.168.0.0/16'] })], [{ kind: 's2s', source: 'lng', target: 'vpn' }])],
    ['a local network gateway with BGP', design([...hub, lng({ bgp: { enabled: true, asn: 65050, peerIp: '192.168.0.1' } })], [{ kind: 's2s', source: 'lng', target: 'vpn' }])],
    ['a local network gateway with no link', design([...hub, lng({})])],
    ['a VPN device whose site has address spaces', design([...hub, device(), site(['192.168.0.0/16'])], [
      { kind: 's2s', source: 'dev', target: 'vpn' },
      { kind: 'lastMile', source: 'site', target: 'dev' },
    ])],
    ['a VPN device described by a local network gateway with the same IP', design([...hub, device({ publicIp: ' 203.0.113.10' }), lng({ addressSpaces: ['192.168.0.0/16'] })], [
      { kind: 's2s', source: 'dev', target: 'vpn' },
      { kind: 's2s', source: 'lng', target: 'vpn' },
    ])],
    ['a VPN device that learns the prefixes over BGP', design([...hub, device({ asn: 65050 })], [{ kind: 's2s', source: 'dev', target: 'vpn', props: { bgp: true } }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('copies the prefixes of the site behind the device with the same IP', () => {
    const doc = design([...hub, lng({}), device(), site(['192.168.0.0/16', '172.20.0.0/16'])], [
      { kind: 's2s', source: 'lng', target: 'vpn', props: { sharedKey: 'Key_1' } },
      { kind: 'lastMile', source: 'site', target: 'dev' },
    ]);
    const [f] = run(doc);
    expect(f!.message).toMatch(/"Office" has 192\.168\.0\.0\/16, 172\.20\.0\.0\/16/);
    const fixed = applyFix(doc, f, 'Copy the address spaces of "Office"');
    expect(fixed.elements.find((e) => e.id === 'lng')!.props).toMatchObject({ addressSpaces: ['192.168.0.0/16', '172.20.0.0/16'] });
    expect(run(fixed)).toEqual([]);
  });
});
