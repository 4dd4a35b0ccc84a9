import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { design, hubWithGateways } from '../testing/designBuilder';
import { validate } from '../validate';
import { applyFix } from '../testing/applyFix';
import { vpnSkuGeneration } from './vpnSkuGeneration';

const run = (doc: TopologyDocument) => validate(doc, [vpnSkuGeneration]);

const gateway = (props: Record<string, unknown>) =>
  design([...hubWithGateways('10.0.255.0/27', []), { id: 'vpn', kind: 'vpnGateway' as const, name: 'vpngw', parentId: 'gws', props }]);

describe('vpn-sku-generation', () => {
  it.each([
    ['VpnGw1AZ Gen2', 'VpnGw1AZ', 'Gen2', 'Gen1'],
    ['VpnGw4AZ Gen1', 'VpnGw4AZ', 'Gen1', 'Gen2'],
    ['VpnGw5AZ Gen1', 'VpnGw5AZ', 'Gen1', 'Gen2'],
    ['Basic Gen2', 'Basic', 'Gen2', 'Gen1'],
  ])('flags %s and sets the generation the SKU has', (_name, sku, generation, available) => {
    const doc = gateway({ sku, generation });
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'vpn-sku-generation', severity: 'error', elementIds: ['vpn'] });
    expect(findings[0]!.message).toContain(`is ${sku} ${generation}, but ${sku} exists only as ${available}`);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus');
    const fixed = applyFix(doc, findings[0], `Use ${available}`);
    expect(fixed.elements.find((e) => e.id === 'vpn')!.props).toMatchObject({ sku, generation: available });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['VpnGw2AZ Gen1', 'VpnGw2AZ', 'Gen1'],
    ['VpnGw2AZ Gen2', 'VpnGw2AZ', 'Gen2'],
    ['VpnGw3AZ Gen2', 'VpnGw3AZ', 'Gen2'],
    ['VpnGw5AZ Gen2', 'VpnGw5AZ', 'Gen2'],
    ['Basic Gen1', 'Basic', 'Gen1'],
  ])('accepts %s', (_name, sku, generation) => {
    expect(run(gateway({ sku, generation }))).toEqual([]);
  });
});
