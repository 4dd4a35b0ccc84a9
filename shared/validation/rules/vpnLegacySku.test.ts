import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnLegacySku } from './vpnLegacySku';

const run = (doc: TopologyDocument) => validate(doc, [vpnLegacySku]);

const gateway = (props: Record<string, unknown>) =>
  design([...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props }]);

describe('vpn-legacy-sku', () => {
  it.each([
    ['VpnGw1 Gen1', { sku: 'VpnGw1', generation: 'Gen1' }, 'Switch to VpnGw1AZ', { sku: 'VpnGw1AZ', generation: 'Gen1' }],
    ['VpnGw2 Gen2', { sku: 'VpnGw2', generation: 'Gen2' }, 'Switch to VpnGw2AZ', { sku: 'VpnGw2AZ', generation: 'Gen2' }],
    ['VpnGw3 Gen1', { sku: 'VpnGw3', generation: 'Gen1' }, 'Switch to VpnGw3AZ', { sku: 'VpnGw3AZ', generation: 'Gen1' }],
    ['VpnGw5 Gen2', { sku: 'VpnGw5', generation: 'Gen2' }, 'Switch to VpnGw5AZ', { sku: 'VpnGw5AZ', generation: 'Gen2' }],
    ['VpnGw4 in a generation it lacks', { sku: 'VpnGw4', generation: 'Gen1' }, 'Switch to VpnGw4AZ (Gen2)', { sku: 'VpnGw4AZ', generation: 'Gen2' }],
  ])('warns about %s and switches to its AZ equivalent', (_name, props, label, after) => {
    const doc = gateway(props);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-legacy-sku', severity: 'warning', elementIds: ['vpn'] });
    expect(findings[0]!.message).toMatch(new RegExp(`uses ${props.sku}, which can no longer be created since 1 January 2025.*Use ${after.sku}`));
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/gateway-sku-consolidation');
    const fixed = applyFix(doc, findings[0], label);
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject(after);
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['VpnGw1AZ', { sku: 'VpnGw1AZ' }],
    ['VpnGw4AZ Gen2', { sku: 'VpnGw4AZ', generation: 'Gen2' }],
    ['Basic', { sku: 'Basic' }],
  ])('accepts %s', (_name, props) => {
    expect(run(gateway(props))).toEqual([]);
  });
});
