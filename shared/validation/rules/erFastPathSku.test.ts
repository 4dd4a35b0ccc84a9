import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { erFastPathSku } from './erFastPathSku';

const run = (doc: ReturnType<typeof design>) => validate(doc, [erFastPathSku]);
const gateway = (props: Record<string, unknown>) =>
  design([
    { id: 'v', kind: 'vnet' },
    { id: 'gw', kind: 'erGateway', name: 'ergw-hub', parentId: 'v', props },
  ]);

describe('er-fastpath-sku', () => {
  it.each([
    ['ErGw1Az', { sku: 'ErGw1Az' }, /ExpressRoute gateway "ergw-hub" has FastPath on, but ErGw1Az does not support it: upgrade to UltraPerformance or ErGw3Az/],
    ['HighPerformance', { sku: 'HighPerformance' }, /but HighPerformance does not support it/],
    ['ErGwScale with 9 units', { sku: 'ErGwScale', scaleUnits: 9 }, /but ErGwScale with 9 scale units does not support it/],
  ])('flags FastPath on %s, and turning it off makes the finding go away', (_name, props, message) => {
    const doc = gateway({ ...props, fastPath: true });
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'er-fastpath-sku', severity: 'error', elementIds: ['gw'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/about-fastpath');
    expect(findings[0]!.fix!.label).toBe('Turn FastPath off');
    const fixed = findings[0]!.fix!.apply(doc);
    expect(fixed.elements[1]!.props).toMatchObject({ fastPath: false, ...props });
    expect(run(fixed)).toEqual([]);
  });

  it.each([
    ['ErGw3Az', { sku: 'ErGw3Az', fastPath: true }],
    ['UltraPerformance', { sku: 'UltraPerformance', fastPath: true }],
    ['ErGwScale with 10 units', { sku: 'ErGwScale', scaleUnits: 10, fastPath: true }],
    ['ErGw1Az without FastPath', { sku: 'ErGw1Az' }],
  ])('accepts %s', (_name, props) => {
    expect(run(gateway(props))).toEqual([]);
  });
});
