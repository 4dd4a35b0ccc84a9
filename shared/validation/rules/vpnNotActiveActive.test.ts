import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design, hubWithGateways } from '../testing/designBuilder';
import { vpnNotActiveActive } from './vpnNotActiveActive';

const run = (doc: ReturnType<typeof design>) => validate(doc, [vpnNotActiveActive]);

/** A hub VPN gateway with the given props, `tunnels` site-to-site devices and, optionally, P2S users. */
function gateway(props: Record<string, unknown>, tunnels: number, p2s = false) {
  const devices = Array.from({ length: tunnels }, (_, i) => ({ id: `dev${i + 1}`, kind: 'vpnDevice' as const }));
  return design(
    [
      ...hubWithGateways('10.0.255.0/27', [{ id: 'vpn', kind: 'vpnGateway', props }]),
      ...devices,
      ...(p2s ? [{ id: 'users', kind: 'p2sUserGroup' as const }] : []),
    ],
    [
      ...devices.map((d, i) => ({ id: `tunnel${i + 1}`, kind: 's2s' as const, source: d.id, target: 'vpn' })),
      ...(p2s ? [{ id: 'p2s', kind: 'p2s' as const, source: 'users', target: 'vpn' }] : []),
    ],
  );
}

describe('vpn-not-active-active', () => {
  it.each([
    ['an active-standby VpnGw1AZ with one tunnel', gateway({ sku: 'VpnGw1AZ' }, 1), ['vpn', 'tunnel1'], /its site-to-site tunnel drops briefly/],
    ['an active-standby VpnGw2AZ with two tunnels', gateway({ sku: 'VpnGw2AZ' }, 2), ['vpn', 'tunnel1', 'tunnel2'], /its 2 site-to-site tunnels drop briefly/],
  ])('flags %s', (_name, doc, elementIds, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-not-active-active', severity: 'info', elementIds, source: DOCS.reliabilityGateway.url });
    expect(findings[0]!.message).toMatch(/^vpn is active-standby: /);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.fix?.label).toBe('Make it active-active');
  });

  it.each([
    ['an active-active gateway', gateway({ sku: 'VpnGw1AZ', activeActive: true }, 2)],
    ['a Basic gateway, which cannot be active-active', gateway({ sku: 'Basic' }, 1)],
    ['a policy-based gateway', gateway({ sku: 'VpnGw1AZ', vpnType: 'PolicyBased' }, 1)],
    ['a gateway with point-to-site users only', gateway({ sku: 'VpnGw1AZ' }, 0, true)],
    ['a gateway with no connection yet', gateway({ sku: 'VpnGw1AZ' }, 0)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('makes the gateway active-active in one step, and the finding goes away', () => {
    const doc = gateway({ sku: 'VpnGw1AZ' }, 1);
    const fixed = run(doc)[0]!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ activeActive: true, sku: 'VpnGw1AZ' });
    expect(run(fixed)).toEqual([]);
  });
});
