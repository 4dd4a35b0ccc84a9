import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnNatSku } from './vpnNatSku';

const run = (doc: TopologyDocument) => validate(doc, [vpnNatSku]);

const gateway = (props: Record<string, unknown>) =>
  design([...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props }]);

describe('vpn-nat-sku', () => {
  it.each([
    ['Basic', { sku: 'Basic' }],
    ['VpnGw1', { sku: 'VpnGw1' }],
    ['VpnGw1AZ', { sku: 'VpnGw1AZ' }],
  ])('flags NAT on %s and moves to VpnGw2AZ', (sku, props) => {
    const doc = gateway({ ...props, nat: true });
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-nat-sku', severity: 'error', elementIds: ['vpn'] });
    expect(findings[0]!.message).toContain(`has NAT rules, but ${sku} does not support NAT`);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#nat');
    const fixed = applyFix(doc, findings[0], 'Switch to VpnGw2AZ');
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ sku: 'VpnGw2AZ', generation: 'Gen1', nat: true });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['NAT on VpnGw2AZ', { sku: 'VpnGw2AZ', nat: true }],
    ['NAT on legacy VpnGw3', { sku: 'VpnGw3', nat: true }],
    ['VpnGw1AZ without NAT', { sku: 'VpnGw1AZ', nat: false }],
  ])('accepts %s', (_name, props) => {
    expect(run(gateway(props))).toEqual([]);
  });
});
