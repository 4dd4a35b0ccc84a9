import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design } from '../testing/designBuilder';
import { singleCircuit } from './singleCircuit';

type Elements = Parameters<typeof design>[0];
const run = (doc: ReturnType<typeof design>) => validate(doc, [singleCircuit]);

/** A hub VNet with an ExpressRoute gateway (and optionally a VPN gateway) connected to the given circuits. */
function hub(circuits: Array<{ id: string; location?: string }>, withVpn = false) {
  const elements: Elements = [
    { id: 'vnet', kind: 'vnet', name: 'vnet-hub' },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'vnet', props: { prefix: '10.0.255.0/27' } },
    { id: 'ergw', kind: 'erGateway', name: 'ergw', parentId: 'gws' },
    ...(withVpn ? [{ id: 'vpngw', kind: 'vpnGateway' as const, parentId: 'gws' }] : []),
    ...circuits.map((c) => ({ id: c.id, kind: 'erCircuit' as const, name: `er-${c.id}`, props: { peeringLocation: c.location ?? '' } })),
  ];
  return design(
    elements,
    circuits.map((c) => ({ id: `conn-${c.id}`, kind: 'erConnection' as const, source: 'ergw', target: c.id })),
  );
}

describe('single-circuit', () => {
  it.each([
    ['a VNet on one circuit', hub([{ id: 'c1', location: 'Amsterdam' }]), /reaches on-premises over one ExpressRoute circuit only, "er-c1" at Amsterdam: .*Add a second circuit at another peering location, or a site-to-site VPN as failover\./],
    ['a VNet on one circuit of unknown location', hub([{ id: 'c1' }]), /circuit only, "er-c1": its two links both end at that peering location/],
    ['a VNet on one circuit with a VPN gateway beside it', hub([{ id: 'c1', location: 'Amsterdam' }], true), /keep the site-to-site VPN ready as failover/],
  ])('flags %s', (_name, doc, message) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'single-circuit', severity: 'warning', elementIds: ['vnet', 'c1', 'ergw'], source: DOCS.erFaq.url });
    expect(findings[0]!.message).toMatch(/^"vnet-hub" reaches on-premises/);
    expect(findings[0]!.message).toMatch(message);
  });

  it.each([
    ['a VNet on two circuits', hub([{ id: 'c1', location: 'Amsterdam' }, { id: 'c2', location: 'London' }])],
    ['an ExpressRoute gateway with no circuit yet', hub([])],
    ['a VNet with no gateway', design([{ id: 'vnet', kind: 'vnet' }, { id: 'c1', kind: 'erCircuit' }])],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('counts a circuit connected twice to the same VNet once', () => {
    const doc = design(
      [
        { id: 'vnet', kind: 'vnet' },
        { id: 'ergw', kind: 'erGateway', parentId: 'vnet' },
        { id: 'ergw2', kind: 'erGateway', parentId: 'vnet' },
        { id: 'c1', kind: 'erCircuit' },
      ],
      [
        { kind: 'erConnection', source: 'ergw', target: 'c1' },
        { kind: 'erConnection', source: 'ergw2', target: 'c1' },
      ],
    );
    expect(run(doc)).toMatchObject([{ ruleId: 'single-circuit', elementIds: ['vnet', 'c1', 'ergw'] }]);
  });
});
