// Non-AZ VpnGw1–5 can no longer be created since 1 January 2025; existing ones are being migrated
// to the AZ SKUs. Source: VPN Gateway SKU consolidation and migration.
//
// Also the SKU-switching helpers the other VPN rules share: what a gateway carries (tunnels, users,
// NAT) and the smallest AZ SKU that carries it, so a "Switch to …" fix never trades one error for another.
import { DOCS } from '../../data/docs';
import { VPN_SKUS, azEquivalent } from '../../data/vpnGatewaySkus';
import type { VpnGatewaySku, VpnGeneration } from '../../model/enums';
import { updateElement } from '../../model/operations';
import type { ElementOfKind, TopologyDocument } from '../../model/types';
import type { ValidationContext } from '../context';
import { finding } from '../finding';
import type { Finding, Fix, Rule } from '../types';

export const AZ_SKUS: readonly VpnGatewaySku[] = ['VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ'];

/** The current generation when `sku` exists in it, otherwise the SKU's first generation. */
export function generationFor(sku: VpnGatewaySku, current: VpnGeneration): VpnGeneration {
  const generations = VPN_SKUS[sku].generations;
  return generations.includes(current) ? current : generations[0]!;
}

export interface GatewayLoad {
  s2sLinks: number;
  /** Users of groups offering IKEv2 or OpenVPN (they share one limit). */
  ikev2OpenVpnUsers: number;
  /** Users of groups offering SSTP only. */
  sstpUsers: number;
}

/** Site-to-site links and point-to-site users on a VPN gateway, counted as the SKU limits count them. */
export function gatewayLoad(ctx: ValidationContext, gatewayId: string): GatewayLoad {
  let ikev2OpenVpnUsers = 0;
  let sstpUsers = 0;
  for (const group of ctx.neighbours(gatewayId, 'p2s', ['p2sUserGroup'])) {
    if (group.kind !== 'p2sUserGroup') continue;
    const protocols = group.props.protocols;
    if (protocols.includes('IKEv2') || protocols.includes('OpenVPN')) ikev2OpenVpnUsers += group.props.users;
    else if (protocols.includes('SSTP')) sstpUsers += group.props.users;
  }
  return { s2sLinks: ctx.linksOf(gatewayId, 's2s').length, ikev2OpenVpnUsers, sstpUsers };
}

/**
 * The smallest AZ SKU that carries `load` (and NAT when asked), or undefined when none does. SSTP
 * users do not choose the SKU: every SKU takes the same 128.
 */
export function smallestAzSku(load: GatewayLoad, needs: { nat?: boolean } = {}): VpnGatewaySku | undefined {
  return AZ_SKUS.find((sku) => {
    const caps = VPN_SKUS[sku];
    return caps.s2sTunnels >= load.s2sLinks && caps.p2sIkev2OpenVpn >= load.ikev2OpenVpnUsers && (!needs.nat || caps.nat);
  });
}

/**
 * "Switch to <sku>": keeps the generation when the SKU has it (else its first one), makes a
 * policy-based gateway route-based (only Basic can be policy-based), and turns BGP on when the
 * gateway's connections already use it but its old SKU had none (Basic).
 */
export function switchSkuFix(ctx: ValidationContext, gateway: ElementOfKind<'vpnGateway'>, sku: VpnGatewaySku): Fix {
  const { props } = gateway;
  const generation = generationFor(sku, props.generation);
  const routeBased = props.vpnType === 'PolicyBased' && sku !== 'Basic';
  const enableBgp =
    !props.bgp.enabled &&
    !VPN_SKUS[props.sku].bgp &&
    VPN_SKUS[sku].bgp &&
    ctx.linksOf(gateway.id, 's2s').some((l) => l.kind === 's2s' && l.props.bgp);
  const notes = [...(generation !== props.generation ? [generation] : []), ...(routeBased ? ['route-based'] : []), ...(enableBgp ? ['with BGP'] : [])];
  return {
    label: `Switch to ${sku}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    apply: (doc: TopologyDocument) =>
      updateElement(doc, gateway.id, {
        props: {
          sku,
          generation,
          ...(routeBased ? { vpnType: 'RouteBased' } : {}),
          ...(enableBgp ? { bgp: { ...props.bgp, enabled: true } } : {}),
        },
      }),
  };
}

export const vpnLegacySku: Rule = {
  id: 'vpn-legacy-sku',
  title: 'Legacy non-AZ VPN gateway SKU',
  severity: 'warning',
  category: 'VPN gateway SKU',
  description:
    'The non-zone-redundant VpnGw1–VpnGw5 SKUs can no longer be created since 1 January 2025; existing gateways are being migrated to VpnGw1AZ–VpnGw5AZ, which now cost the same or less. A new design should use the AZ SKU.',
  source: DOCS.vpnSkuConsolidation,
  reads: ['vpnGateway'],
  readsNames: [],
  check(ctx) {
    const findings: Finding[] = [];
    for (const gateway of ctx.elementsOfKind('vpnGateway')) {
      const sku = gateway.props.sku;
      if (VPN_SKUS[sku].creatable) continue;
      const target = azEquivalent(sku);
      findings.push(
        finding(
          this,
          [gateway.id],
          `VPN gateway ${ctx.label(gateway.id)} uses ${sku}, which can no longer be created since 1 January 2025 (existing ${sku} gateways are being migrated to ${target}). Use ${target}, the zone-redundant equivalent.`,
          { fix: switchSkuFix(ctx, gateway, target) },
        ),
      );
    }
    return findings;
  },
};
