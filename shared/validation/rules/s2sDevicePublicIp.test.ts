import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { s2sDevicePublicIp } from './s2sDevicePublicIp';

const run = (doc: TopologyDocument) => validate(doc, [s2sDevicePublicIp]);
const hub = hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway' }]);

const device = (publicIp: string, linked = true) =>
  design([...hub, { id: 'peer', kind: 'vpnDevice', name: 'edge', props: { publicIp } }], linked ? [{ kind: 's2s', source: 'peer', target: 'vpn' }] : []);
const lng = (gatewayIp: string) =>
  design([...hub, { id: 'peer', kind: 'localNetworkGateway', name: 'lng-office', props: { gatewayIp, addressSpaces: ['192.168.0.0/16'] } }], [{ kind: 's2s', source: 'peer', target: 'vpn' }]);

describe('s2s-device-public-ip', () => {
  it.each([
    ['a VPN device with no public IP', device(''), /VPN device "edge" has no public IP address/],
    ['a VPN device with a private RFC 1918 address', device('10.1.2.3'), /has 10\.1\.2\.3 as its public IP, which is a private \(RFC 1918\) address/],
    ['a VPN device on 192.168.1.1', device('192.168.1.1'), /private \(RFC 1918\)/],
    ['a VPN device on shared address space', device('100.64.0.1'), /shared address \(100\.64\.0\.0\/10, carrier-grade NAT\)/],
    ['a VPN device on loopback', device('127.0.0.1'), /a loopback address/],
    ['a VPN device on a link-local address', device('169.254.10.1'), /a link-local address/],
    ['a VPN device with a malformed address', device('203.0.113'), /has "203\.0\.113" as its public IP, which is not a valid IPv4 address/],
    ['a VPN device with an IPv6 address', device('2001:db8::1'), /IPv6 address 2001:db8::1 .* over IPv4/],
    ['a local network gateway with a private address', lng('172.16.5.5'), /Local network gateway "lng-office" has 172\.16\.5\.5 as its public IP, which is a private/],
    ['a local network gateway with no address', lng('  '), /Local network gateway "lng-office" has no public IP address/],
  ])('flags %s', (_name, doc, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 's2s-device-public-ip', severity: 'error', elementIds: ['peer', 'link-1'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message).toMatch(/Enter the public IPv4 address/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#lng');
  });

  it.each([
    ['a VPN device on a public address', device('8.8.4.4')],
    ['a VPN device on a documentation address used as a placeholder', device('203.0.113.10')],
    ['an address with spaces around it', device(' 198.51.100.7 ')],
    ['a local network gateway given as an FQDN', lng('vpn.contoso.com')],
    ['a VPN device with a private address but no site-to-site link', device('10.1.2.3', false)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('does not take an FQDN for a VPN device, whose field is its public IP', () => {
    expect(run(device('vpn.contoso.com'))[0]!.message).toMatch(/not a valid IPv4 address/);
  });
});
