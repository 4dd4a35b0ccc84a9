import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { s2sSharedKey } from './s2sSharedKey';

const run = (doc: TopologyDocument) => validate(doc, [s2sSharedKey]);

const hub = [...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws' }];
const device = (publicIp = '203.0.113.10') => ({ id: 'dev', kind: 'vpnDevice' as const, name: 'edge', props: { publicIp } });
const lng = (gatewayIp = '203.0.113.10') => ({ id: 'lng', kind: 'localNetworkGateway' as const, name: 'lng-office', props: { gatewayIp, addressSpaces: ['192.168.0.0/16'] } });

const keyed = (sharedKey: string) => design([...hub, device()], [{ id: 's2s', kind: 's2s', source: 'dev', target: 'vpn', props: { sharedKey } }]);

/** A device and a local network gateway, both linked to `vpn`; `lngIp` moves the gateway to another address. */
function bothEnds(deviceKey: string, lngKey: string, lngIp = '203.0.113.10'): TopologyDocument {
  return design([...hub, device(), lng(lngIp)], [
    { id: 'dev-link', kind: 's2s', source: 'dev', target: 'vpn', props: { sharedKey: deviceKey } },
    { id: 'lng-link', kind: 's2s', source: 'lng', target: 'vpn', props: { sharedKey: lngKey } },
  ]);
}

describe('s2s-shared-key', () => {
  it.each([
    ['an empty key', '', /between "edge" and "vpngw" has no shared key\. Enter the pre-shared key, the same on both ends/],
    ['a hyphen', 'abc-def', /contains '-', which Azure does not accept/],
    ['a space', 'abc def', /contains a space, which/],
    ['a tilde', 'a~b', /contains '~'/],
    ['a non-ASCII letter', 'clé', /contains 'é'/],
    ['a tab', 'a\tb', /contains a control character \(U\+0009\)/],
    ['several bad characters, each named once', 'a b-c d', /contains a space, '-', which/],
  ])('flags a key with %s', (_name, sharedKey, message) => {
    const findings = run(keyed(sharedKey));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 's2s-shared-key', severity: 'error', elementIds: ['s2s', 'dev', 'vpn'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq');
  });

  it('flags different keys on the two ends of one tunnel, and copies Azure’s key to the device', () => {
    const doc = bothEnds('DeviceKey1', 'AzureKey1');
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', elementIds: ['dev-link', 'lng-link', 'dev', 'lng', 'vpn'] });
    expect(findings[0]!.message).toMatch(/tunnel from VPN device "edge" to "vpngw" differs from the key of Azure's connection from local network gateway "lng-office"/);
    const fixed = applyFix(doc, findings[0], "Use Azure's key on the device's end");
    expect(fixed.links.find((l) => l.id === 'dev-link')!.props).toMatchObject({ sharedKey: 'AzureKey1' });
    expect(run(fixed)).toEqual([]);
  });

  it('copies the device’s key to Azure’s end when only the device’s key is valid', () => {
    const doc = bothEnds('DeviceKey1', 'Azure-Key');
    const mismatch = run(doc).find((f) => f.elementIds[0] === 'dev-link')!;
    expect(mismatch.fix!.label).toBe("Use the device's key on Azure's end");
    expect(mismatch.fix!.apply(doc).links.find((l) => l.id === 'lng-link')!.props).toMatchObject({ sharedKey: 'DeviceKey1' });
  });

  it.each([
    ['a key of printable ASCII symbols', keyed('Str0ng!Key_#2025{}')],
    ['the same key on both ends', bothEnds('Same_Key', 'Same_Key')],
    ['different keys for a device and a local network gateway of different IPs', bothEnds('KeyOne', 'KeyTwo', '198.51.100.1')],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('does not compare ends that reach different gateways', () => {
    const doc = design(
      [...hub, { id: 'vnet2', kind: 'vnet' }, { id: 'vpn2', kind: 'vpnGateway', parentId: 'vnet2' }, device(), lng()],
      [
        { kind: 's2s', source: 'dev', target: 'vpn', props: { sharedKey: 'KeyOne' } },
        { kind: 's2s', source: 'lng', target: 'vpn2', props: { sharedKey: 'KeyTwo' } },
      ],
    );
    expect(run(doc)).toEqual([]);
  });
});
