import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitPublicPeering } from './circuitPublicPeering';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitPublicPeering]);
const circuit = (peerings: Record<string, unknown>) => design([{ id: 'c', kind: 'erCircuit', name: 'er-old', props: { peerings } }]);

describe('circuit-public-peering', () => {
  it('flags public peering loaded from an old file', () => {
    const findings = run(circuit({ private: true, microsoft: false, public: true }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-public-peering', severity: 'error', elementIds: ['c'] });
    expect(findings[0]!.message).toMatch(/Circuit "er-old" uses public peering, which was retired on 31 March 2024: turn it off and use Microsoft peering/);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-faqs');
  });

  it.each([
    ['a circuit without the public flag', {}],
    ['public peering turned off', { public: false }],
  ])('accepts %s', (_name, peerings) => {
    expect(run(circuit(peerings))).toEqual([]);
  });

  it('turns public peering off and Microsoft peering on, and the finding goes away', () => {
    const doc = circuit({ private: true, microsoft: false, public: true });
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Use Microsoft peering instead');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ peerings: { private: true, microsoft: true, public: false } });
    expect(run(fixed)).toEqual([]);
  });
});
