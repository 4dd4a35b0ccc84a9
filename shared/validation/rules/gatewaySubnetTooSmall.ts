// GatewaySubnet size: /29 is the smallest any gateway accepts (error); /27 or larger is recommended
// (warning); VPN and ExpressRoute gateways sharing it need /27 (error); 16 ExpressRoute circuits on
// one gateway need /26 (error). Source: VPN Gateway settings, ExpressRoute gateways, coexistence.
import { GATEWAY_SUBNET_SIZES } from '../../data/addressRules';
import { DOCS } from '../../data/docs';
import { updateElement } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';

/** The same network address with a shorter prefix, e.g. 10.0.255.0/29 → 10.0.255.0/27. */
export function resizedPrefix(prefix: string, length: number): string {
  return `${prefix.trim().split('/')[0]}/${length}`;
}

function requiredSize(ctx: ValidationContext, vnetId: string): { length: number; reason: string; severity: 'error' | 'warning' } {
  const gateways = ctx.gatewaysIn(vnetId);
  const both = gateways.some((g) => g.kind === 'vpnGateway') && gateways.some((g) => g.kind === 'erGateway');
  const circuits = Math.max(0, ...gateways.filter((g) => g.kind === 'erGateway').map((g) => ctx.linksOf(g.id, 'erConnection').length));
  if (circuits > 8) return { length: GATEWAY_SUBNET_SIZES.sixteenCircuits, reason: `it connects ${circuits} ExpressRoute circuits, which needs /26 or larger`, severity: 'error' };
  if (both) return { length: GATEWAY_SUBNET_SIZES.coexistence, reason: 'a VPN gateway and an ExpressRoute gateway share it, which needs /27 or larger', severity: 'error' };
  return { length: GATEWAY_SUBNET_SIZES.recommended, reason: 'Microsoft recommends /27 or larger', severity: 'warning' };
}

export const gatewaySubnetTooSmall: Rule = {
  id: 'gateway-subnet-too-small',
  title: 'GatewaySubnet too small',
  severity: 'error',
  severities: ['error', 'warning'],
  category: 'GatewaySubnet',
  description:
    'A GatewaySubnet must be /29 or larger; /27 or larger is recommended, required when a VPN and an ExpressRoute gateway share it, and /26 is needed for 16 ExpressRoute circuits on one gateway.',
  source: DOCS.vpnGatewaySettings,
  reads: ['subnet', 'vnet'],
  readsNames: ['subnet'],
  check(ctx) {
    const findings: Finding[] = [];
    for (const vnet of ctx.elementsOfKind('vnet')) {
      const subnet = ctx.gatewaySubnetOf(vnet.id);
      if (!subnet || ctx.gatewaysIn(vnet.id).length === 0) continue;
      const parsed = ctx.cidr(subnet.props.prefix);
      if (!parsed.ok || parsed.cidr.version !== 4) continue;
      const length = parsed.cidr.prefixLength;
      const fixTo = (target: number) => ({
        label: `Resize GatewaySubnet to /${target}`,
        apply: (doc: TopologyDocument) => updateElement(doc, subnet.id, { props: { prefix: resizedPrefix(subnet.props.prefix, target) } }),
      });
      if (length > GATEWAY_SUBNET_SIZES.minimum) {
        findings.push(finding(this, [subnet.id, vnet.id], `GatewaySubnet of ${ctx.label(vnet.id)} is /${length}: gateways need /29 or larger, and /27 is recommended. Resize it to /27.`, { fix: fixTo(GATEWAY_SUBNET_SIZES.recommended) }));
        continue;
      }
      const need = requiredSize(ctx, vnet.id);
      if (length > need.length) {
        const message = `GatewaySubnet of ${ctx.label(vnet.id)} is /${length}, but ${need.reason}. Resize it to /${need.length}${need.severity === 'error' ? ' (with existing gateways: delete them, resize, recreate)' : ''}.`;
        findings.push(finding(this, [subnet.id, vnet.id], message, { severity: need.severity, fix: fixTo(need.length) }));
      }
    }
    return findings;
  },
};
