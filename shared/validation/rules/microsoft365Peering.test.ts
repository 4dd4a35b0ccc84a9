import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { microsoft365Peering } from './microsoft365Peering';

const run = (doc: ReturnType<typeof design>) => validate(doc, [microsoft365Peering]);

function peered(circuit: Record<string, unknown>, services: string[] = ['Microsoft365'], routeFilter = true) {
  return design(
    [
      { id: 'c', kind: 'erCircuit', name: 'er-ams', props: circuit },
      { id: 'm365', kind: 'microsoftServices', name: 'Microsoft 365', props: { services } },
    ],
    [{ id: 'mp', kind: 'microsoftPeering', source: 'c', target: 'm365', props: { routeFilter } }],
  );
}

describe('microsoft-365-peering', () => {
  it.each([
    ['a Standard circuit without Microsoft peering', { tier: 'Standard', peerings: { microsoft: false } }, /but Microsoft peering is off and it is Standard, not Premium: Microsoft 365 over ExpressRoute needs Microsoft peering on a Premium circuit/, 'Enable Microsoft peering and upgrade to Premium'],
    ['a Premium circuit without Microsoft peering', { tier: 'Premium', peerings: { microsoft: false } }, /but Microsoft peering is off:/, 'Enable Microsoft peering'],
    ['a Standard circuit with Microsoft peering', { tier: 'Standard', peerings: { microsoft: true } }, /but it is Standard, not Premium:/, 'Upgrade to Premium'],
  ])('flags %s, and one fix makes the finding go away', (_name, props, message, label) => {
    const doc = peered(props);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'microsoft-365-peering', severity: 'error', elementIds: ['c', 'mp', 'm365'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-faqs#expressroute-for-microsoft-365');
    expect(findings[0]!.fix!.label).toBe(label);
    const fixed = findings[0]!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ tier: 'Premium', peerings: { private: true, microsoft: true } });
    expect(run(fixed)).toEqual([]);
  });

  it('warns about Microsoft peering without a route filter, and attaching one makes the warning go away', () => {
    const doc = peered({ tier: 'Premium', peerings: { microsoft: true } }, ['AzurePaaS'], false);
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'microsoft-365-peering', severity: 'warning', elementIds: ['mp', 'c'] });
    expect(findings[0]!.message).toMatch(/Microsoft peering of circuit "er-ams" to "Microsoft 365" has no route filter: Microsoft advertises no prefixes until one is attached/);
    expect(findings[0]!.fix!.label).toBe('Attach a route filter');
    expect(run(findings[0]!.fix!.apply(doc))).toEqual([]);
  });

  it.each([
    ['a Premium circuit with Microsoft peering and a route filter', peered({ tier: 'Premium', peerings: { microsoft: true } })],
    ['Azure PaaS only over a Standard circuit', peered({ tier: 'Standard', peerings: { microsoft: true } }, ['AzurePaaS', 'Dynamics365'])],
    ['a circuit with no Microsoft peering link', design([{ id: 'c', kind: 'erCircuit' }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });
});
