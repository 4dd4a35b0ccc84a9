import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design, hubWithGateways } from '../testing/designBuilder';
import { subnetSize } from './subnetSize';

const run = (doc: ReturnType<typeof design>) => validate(doc, [subnetSize]);
const subnet = (prefix: string, name = 'snet-app') =>
  design([
    { id: 'v', kind: 'vnet', props: { addressSpaces: ['10.0.0.0/16', 'fd00:db8::/48'] } },
    { id: 's', kind: 'subnet', name, parentId: 'v', props: { prefix } },
  ]);

describe('subnet-size', () => {
  it.each([
    ['an IPv4 /30', '10.0.0.4/30', /is 10\.0\.0\.4\/30, but the smallest subnet Azure accepts is \/29/],
    ['an IPv4 /32', '10.0.0.1/32', /smallest subnet Azure accepts is \/29/],
    ['an IPv4 /1', '0.0.0.0/1', /is 0\.0\.0\.0\/1, but the largest subnet Azure accepts is \/2: split it/],
    ['an IPv6 /56', 'fd00:db8::/56', /IPv6 subnets must be exactly \/64/],
    ['an IPv6 /80', 'fd00:db8::/80', /IPv6 subnets must be exactly \/64/],
  ])('flags %s', (_name, prefix, message) => {
    const findings = run(subnet(prefix));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'subnet-size', severity: 'error', elementIds: ['s', 'v'] });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.source).toBe('https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq');
  });

  it.each([
    ['an IPv4 /29', subnet('10.0.0.8/29')],
    ['an IPv4 /2', subnet('0.0.0.0/2')],
    ['an IPv6 /64', subnet('fd00:db8:0:1::/64')],
    ['an invalid prefix (reported by invalid-cidr)', subnet('10.0.0.0/40')],
    ['a GatewaySubnet /30 with a gateway (reported by gateway-subnet-too-small)', design(hubWithGateways('10.0.255.0/30', [{ id: 'vpn', kind: 'vpnGateway' }]))],
  ])('accepts %s', (_name, doc) => {
    expect(run(doc)).toEqual([]);
  });

  it('flags a GatewaySubnet /30 that has no gateway yet', () => {
    expect(run(subnet('10.0.255.0/30', 'GatewaySubnet'))).toHaveLength(1);
  });

  it('resizes a too-small subnet to the /29 that contains it, and the finding goes away', () => {
    const doc = subnet('10.0.0.4/30');
    const [f] = run(doc);
    expect(f!.fix!.label).toBe('Resize to 10.0.0.0/29');
    const fixed = f!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 's')!.props).toMatchObject({ prefix: '10.0.0.0/29' });
    expect(run(fixed)).toEqual([]);
  });
});
