import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { coexistenceRequirements } from './coexistenceRequirements';

const run = (doc: TopologyDocument) => validate(doc, [coexistenceRequirements]);

/** A hub where a VPN gateway with `props` shares the GatewaySubnet with an ExpressRoute gateway. */
const coexisting = (props: Record<string, unknown>) =>
  design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props }, { id: 'er', kind: 'erGateway' }]));

describe('coexistence-requirements', () => {
  it.each([
    ['a Basic VPN gateway', { sku: 'Basic' }, /is Basic, but a VPN gateway sharing the VNet with an ExpressRoute gateway must be route-based and not Basic/, 'Switch to VpnGw1AZ', { sku: 'VpnGw1AZ', generation: 'Gen1', vpnType: 'RouteBased' }],
    ['a policy-based Basic VPN gateway', { sku: 'Basic', vpnType: 'PolicyBased' }, /is a policy-based Basic gateway, but .* Switch it to VpnGw1AZ, route-based/, 'Switch to VpnGw1AZ (route-based)', { sku: 'VpnGw1AZ', vpnType: 'RouteBased' }],
    ['a policy-based VpnGw2AZ', { sku: 'VpnGw2AZ', vpnType: 'PolicyBased' }, /is policy-based, but a VPN gateway sharing the VNet with an ExpressRoute gateway must be route-based/, 'Make it route-based', { sku: 'VpnGw2AZ', vpnType: 'RouteBased' }],
  ])('flags %s beside an ExpressRoute gateway, and fixes it in one step', (_name, props, message, label, after) => {
    const doc = coexisting(props);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'coexistence-requirements', severity: 'error', elementIds: ['vpn', 'er', 'vnet'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager');
    const fixed = applyFix(doc, findings[0], label);
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject(after);
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['a route-based VpnGw1AZ beside an ExpressRoute gateway', coexisting({ sku: 'VpnGw1AZ' })],
    ['a Basic VPN gateway with no ExpressRoute gateway in its VNet', design(hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props: { sku: 'Basic', vpnType: 'PolicyBased' } }]))],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
