import { describe, expect, it } from 'vitest';
import { DOCS } from '../../data/docs';
import { validate } from '../validate';
import { design, hubWithGateways } from '../testing/designBuilder';
import { expressRouteNotEncrypted } from './expressRouteNotEncrypted';

const run = (doc: ReturnType<typeof design>) => validate(doc, [expressRouteNotEncrypted]);

/** A circuit with the given props, connected to a hub's ExpressRoute gateway unless `connected` is false. */
function circuit(props: Record<string, unknown>, connected = true) {
  return design(
    [...hubWithGateways('10.0.255.0/27', [{ id: 'er', kind: 'erGateway' }]), { id: 'circuit', kind: 'erCircuit', name: 'er-ams', props }],
    connected ? [{ id: 'conn', kind: 'erConnection', source: 'er', target: 'circuit' }] : [],
  );
}

describe('expressroute-not-encrypted', () => {
  it.each([
    ['a provider circuit', circuit({}), /ExpressRoute does not encrypt by default, and MACsec exists only on ExpressRoute Direct\. .*a site-to-site VPN over private peering/, undefined],
    [
      'a provider circuit with MACsec set (which a provider circuit cannot have)',
      circuit({ macsec: true }),
      /run IPsec over the circuit/,
      undefined,
    ],
    ['an ExpressRoute Direct circuit without MACsec', circuit({ expressRouteDirect: true, bandwidthMbps: 10000 }), /ExpressRoute Direct circuit without MACsec\. Turn on MACsec/, 'Turn on MACsec'],
  ])('flags %s', (_name, doc, message, fixLabel) => {
    const findings = run(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'expressroute-not-encrypted', severity: 'info', elementIds: ['circuit', 'conn'], source: DOCS.erEncryption.url });
    expect(findings[0]!.message).toMatch(/^Private traffic over "er-ams" is not encrypted: /);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.fix?.label).toBe(fixLabel);
  });

  it.each([
    ['an ExpressRoute Direct circuit with MACsec', circuit({ expressRouteDirect: true, macsec: true, bandwidthMbps: 10000 })],
    ['a circuit not connected to any VNet', circuit({}, false)],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('turns MACsec on for an ExpressRoute Direct circuit, and the finding goes away', () => {
    const doc = circuit({ expressRouteDirect: true, bandwidthMbps: 10000 });
    const fixed = run(doc)[0]!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 'circuit')!.props).toMatchObject({ macsec: true, expressRouteDirect: true });
    expect(run(fixed)).toEqual([]);
  });
});
