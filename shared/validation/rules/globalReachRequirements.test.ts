import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { globalReachRequirements } from './globalReachRequirements';

const run = (doc: ReturnType<typeof design>) => validate(doc, [globalReachRequirements]);

const ready = { tier: 'Standard', providerState: 'Provisioned', peerings: { private: true } };

/** Circuits "er-a" (Amsterdam) and "er-b" (London), both ready for Global Reach unless overridden. */
function reach(a: Record<string, unknown> = {}, b: Record<string, unknown> = {}, subnet = '192.168.100.0/29') {
  return design(
    [
      { id: 'a', kind: 'erCircuit', name: 'er-a', props: { ...ready, peeringLocation: 'Amsterdam', ...a } },
      { id: 'b', kind: 'erCircuit', name: 'er-b', props: { ...ready, peeringLocation: 'London', ...b } },
    ],
    [{ id: 'gr', kind: 'globalReach', source: 'a', target: 'b', props: { subnet } }],
  );
}

const PAIR = 'Global Reach between "er-a" and "er-b"';

describe('global-reach-requirements', () => {
  it.each([
    ['two circuits at the same peering location', reach({}, { peeringLocation: 'amsterdam' }), ['gr', 'a', 'b'], /both circuits are at Amsterdam, but Global Reach joins circuits at different peering locations/],
    ['a circuit that is not provisioned yet', reach({}, { providerState: 'Provisioning' }), ['gr', 'b'], /circuit "er-b" is Provisioning, but Global Reach needs both circuits Provisioned/],
    ['a circuit without private peering', reach({ peerings: { private: false } }), ['gr', 'a'], /circuit "er-a" has no private peering, which Global Reach joins/],
    ['a Local circuit', reach({ tier: 'Local', dataPlan: 'Unlimited' }), ['gr', 'a'], /circuit "er-a" is Local, and Local circuits do not support Global Reach/],
    ['circuits in different geopolitical regions that are not both Premium', reach({ tier: 'Premium' }, { peeringLocation: 'New York' }), ['gr', 'a', 'b'], /different geopolitical regions \(Europe and North America\), which needs both circuits Premium/],
    ['a location where Global Reach is not offered', reach({}, { peeringLocation: 'Milan' }), ['gr', 'b'], /Global Reach is not offered at Milan \(Italy\), where circuit "er-b" is/],
    ['South Africa outside Johannesburg', reach({ tier: 'Premium', peeringLocation: 'Cape Town' }, { tier: 'Premium', peeringLocation: 'Johannesburg' }), ['gr', 'a'], /not offered at Cape Town \(South Africa\)/],
    ['a Global Reach subnet that is not a /29', reach({}, {}, '192.168.100.0/28'), ['gr', 'a', 'b'], /uses 192\.168\.100\.0\/28, but each Global Reach connection needs an IPv4 \/29/],
  ])('flags %s', (_name, doc, elementIds, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'global-reach-requirements', severity: 'error', elementIds });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.message.startsWith(PAIR)).toBe(true);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-global-reach');
  });

  it.each([
    ['Standard circuits at two locations in one geopolitical region', reach()],
    ['two locations in one metro', reach({}, { peeringLocation: 'Amsterdam2' })],
    ['Premium circuits on two continents', reach({ tier: 'Premium' }, { tier: 'Premium', peeringLocation: 'New York' })],
    ['a connection whose subnet is not chosen yet', reach({}, {}, '')],
    ['an invalid subnet (reported by invalid-cidr)', reach({}, {}, '192.168.100.0/33')],
    ['a location nobody lists (reported by circuit-provider)', reach({}, { peeringLocation: 'Atlantis' })],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it.each([
    ['upgrades both circuits to Premium', reach({}, { peeringLocation: 'Tokyo' }), 'Upgrade both circuits to Premium'],
    ['enables private peering', reach({}, { peerings: { private: false, microsoft: true } }), 'Enable private peering on "er-b"'],
  ])('%s in one step, and the finding goes away', (_name, doc, label) => {
    const [f] = run(doc);
    expect(f!.fix!.label).toBe(label);
    expect(run(f!.fix!.apply(doc))).toEqual([]);
  });
});
