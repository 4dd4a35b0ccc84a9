import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { circuitProvider } from './circuitProvider';

const run = (doc: ReturnType<typeof design>) => validate(doc, [circuitProvider]);
const circuit = (props: Record<string, unknown>) =>
  design([{ id: 'c', kind: 'erCircuit', name: 'er-ams', props: { peeringLocation: 'Amsterdam', provider: 'Equinix', bandwidthMbps: 1000, ...props } }]);

describe('circuit-provider', () => {
  it.each([
    ['a circuit with no peering location', { peeringLocation: '' }, 'error', /Circuit "er-ams" has no peering location: choose the location where Equinix hands the circuit over/],
    ['a provider circuit with no provider', { provider: '' }, 'error', /has no connectivity provider: choose the provider .* or make it an ExpressRoute Direct circuit/],
    ['a provider that does not serve the location', { provider: 'Airtel' }, 'error', /Airtel does not offer ExpressRoute at Amsterdam, where circuit "er-ams" is: choose a provider listed there \(Aryaka, AT&T NetBond, BT, Colt, Equinix, euNetworks, …\)/],
    ['a 100 Gbps provider circuit', { bandwidthMbps: 100000 }, 'error', /is 100 Gbps, but provider circuits go up to 10 Gbps: 40 and 100 Gbps need ExpressRoute Direct/],
    ['ExpressRoute Direct where no Direct ports exist', { peeringLocation: 'Busan', provider: '', expressRouteDirect: true }, 'error', /uses ExpressRoute Direct, but Busan offers no Direct ports/],
    ['a peering location nobody lists', { peeringLocation: 'Atlantis' }, 'warning', /"Atlantis", which is not in the list of ExpressRoute peering locations known here/],
  ])('flags %s', (_name, props, severity, message) => {
    const findings = run(circuit(props));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'circuit-provider', severity, elementIds: ['c'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers');
  });

  it.each([
    ['a provider that serves the location, in any case', { provider: 'equinix' }],
    ['a location written with other spacing', { peeringLocation: 'newport (wales)', provider: 'BT' }],
    ['ExpressRoute Direct at 100 Gbps without a provider', { provider: '', expressRouteDirect: true, bandwidthMbps: 100000 }],
    ['a location whose provider list is empty', { peeringLocation: 'Abu Dhabi', provider: 'Etisalat' }],
    ['a location whose providers are unknown', { peeringLocation: 'Madrid2', provider: 'Anyone' }],
  ])('accepts %s', (_name, props) => {
    expect(run(circuit(props))).toEqual([]);
  });

  it('lowers a provider circuit to 10 Gbps in one step, and the finding goes away', () => {
    const doc = circuit({ bandwidthMbps: 40000 });
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Set bandwidth to 10 Gbps');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.elements[0]!.props).toMatchObject({ bandwidthMbps: 10000 });
    expect(run(fixed)).toEqual([]);
  });
});
