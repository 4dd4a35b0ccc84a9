import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitNotProvisioned } from './circuitNotProvisioned';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitNotProvisioned]);
const circuit = (props: Record<string, unknown>) =>
  design([{ id: 'c', kind: 'erCircuit', name: 'er-ams', props: { peeringLocation: 'Amsterdam', provider: 'Equinix', ...props } }]);

describe('circuit-not-provisioned', () => {
  it.each([
    ['a new circuit', {}, /Circuit "er-ams" is NotProvisioned: no traffic flows yet\. Give the service key to Equinix and wait for Provisioned\./],
    ['a circuit the provider is provisioning', { providerState: 'Provisioning' }, /is Provisioning: no traffic flows yet\. Give the service key to Equinix/],
    ['a circuit being deprovisioned', { providerState: 'Deprovisioning' }, /is being deprovisioned: no traffic flows over it\. Delete it, or ask Equinix/],
    ['a circuit with no provider named yet', { provider: '' }, /Give the service key to your connectivity provider/],
    ['an ExpressRoute Direct circuit', { provider: '', expressRouteDirect: true }, /Connect your routers to the ExpressRoute Direct ports and wait for Provisioned/],
  ])('warns about %s', (_name, props, message) => {
    const findings = run(circuit(props));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-not-provisioned', severity: 'warning', elementIds: ['c'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-workflows');
  });

  it('accepts a Provisioned circuit', () => {
    expect(run(circuit({ providerState: 'Provisioned' }))).toEqual([]);
  });
});
