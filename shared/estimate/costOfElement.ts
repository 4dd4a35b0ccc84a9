// The monthly cost of the elements that carry a price: VPN gateways, ExpressRoute gateways and
// ExpressRoute circuits. Each returns one line whose formula and inputs say how it was reached.
import { ALLOWANCE_IDS, HOURS_PER_MONTH, PRICE_IDS, bandwidthLabel } from '../data/priceBook';
import { peeringLocationByName } from '../data/peeringLocations';
import type { ElementOfKind } from '../model/types';
import { circuitPeeringLocation } from '../topology/sitePaths';
import type { ElementKind } from '../model/enums';
import type { ValidationContext } from '../validation/context';
import { LineBuilder, gb, rate } from './costLine';
import type { Shares } from './shares';
import type { CostLine, PriceBook } from './types';

const H = HOURS_PER_MONTH;

/**
 * Site-to-site tunnels of a gateway: one per s2s link, except that a device drawn both straight to
 * the gateway and through its local network gateway (same public IP) is one tunnel, as in sitePaths.
 */
function tunnelCount(ctx: ValidationContext, gatewayId: string): number {
  // Two sets rather than one of prefixed keys: a key made per tunnel was a new string hashed.
  const ips = new Set<string>();
  let withoutIp: Set<string> | undefined;
  for (const link of ctx.linksOf(gatewayId, 's2s')) {
    const peer = ctx.otherEnd(link, gatewayId);
    if (!peer) continue;
    const ip = peer.kind === 'vpnDevice' ? peer.props.publicIp.trim() : peer.kind === 'localNetworkGateway' ? peer.props.gatewayIp.trim() : '';
    if (ip) ips.add(ip);
    else (withoutIp ??= new Set()).add(link.id);
  }
  return ips.size + (withoutIp?.size ?? 0);
}

/**
 * The kinds of element a gateway's, and a circuit's, line reads besides its own: the devices and
 * local network gateways its tunnels count by address, the point-to-site groups' users; the sites a
 * circuit's data out names, its peering location. Held to it by costKept.test.ts.
 */
export const VPN_GATEWAY_LINE_READS: readonly ElementKind[] = ['vpnDevice', 'localNetworkGateway', 'p2sUserGroup'];
export const CIRCUIT_LINE_READS: readonly ElementKind[] = ['onPremSite', 'peeringLocation'];
/**
 * The kinds whose names a circuit's line reads other than in labels: its peering location's (the
 * location of a peering location element may be its name). The other lines read no names but in labels.
 */
export const CIRCUIT_LINE_NAME_READS: readonly ElementKind[] = ['peeringLocation'];

export function vpnGatewayCost(gateway: ElementOfKind<'vpnGateway'>, ctx: ValidationContext, book: PriceBook): CostLine {
  const b = new LineBuilder(book);
  const { sku, activeActive } = gateway.props;
  const hourly = b.price(PRICE_IDS.vpnGatewayHour(sku));
  b.term(`${rate(hourly)} $/h × ${H} h`, hourly === null ? null : hourly * H);

  const tunnels = tunnelCount(ctx, gateway.id);
  b.input('Site-to-site tunnels', `${tunnels} (one per connection; active-active does not double them)`);
  const includedTunnels = b.allowance(ALLOWANCE_IDS.s2sTunnelsIncluded);
  const extraTunnels = includedTunnels === null ? null : Math.max(0, tunnels - includedTunnels);
  if (extraTunnels === null) b.term('extra tunnels (included number unknown)', null);
  else if (extraTunnels > 0) {
    const perTunnel = b.price(PRICE_IDS.s2sTunnelHour);
    b.term(`${extraTunnels} tunnels beyond ${includedTunnels} × ${rate(perTunnel)} $/h × ${H} h`, perTunnel === null ? null : extraTunnels * perTunnel * H);
  }

  const groups = [...new Map(ctx.neighbours(gateway.id, 'p2s', ['p2sUserGroup']).map((g) => [g.id, g])).values()];
  if (groups.length > 0) {
    const users = groups.reduce((sum, g) => sum + (g.kind === 'p2sUserGroup' ? g.props.users : 0), 0);
    b.input('Point-to-site connections', `${users}: the users of the linked groups, all assumed connected at once`, 'assumption');
    const included = b.allowance(ALLOWANCE_IDS.p2sConnectionsIncluded);
    const extra = included === null ? null : Math.max(0, users - included);
    if (extra === null) b.term('extra connections (included number unknown)', null);
    else if (extra > 0) {
      const perConnection = b.price(PRICE_IDS.p2sConnectionHour);
      b.term(`${extra} connections beyond ${included} × ${rate(perConnection)} $/h × ${H} h`, perConnection === null ? null : extra * perConnection * H);
    }
  }
  b.input(
    'Active-active',
    activeActive
      ? 'yes: no extra gateway charge (VPN FAQ); the second public IP it needs is not priced (no source)'
      : 'no',
    'doc',
  );
  return b.build(gateway.id, `VPN gateway ${sku}`);
}

export function erGatewayCost(gateway: ElementOfKind<'erGateway'>, book: PriceBook): CostLine {
  const b = new LineBuilder(book);
  const { sku, scaleUnits } = gateway.props;
  if (sku === 'ErGwScale') {
    const perUnit = b.price(PRICE_IDS.erGwScaleUnitHour);
    b.input('Scale units', String(scaleUnits));
    b.term(`${scaleUnits} scale units × ${rate(perUnit)} $/h × ${H} h`, perUnit === null ? null : scaleUnits * perUnit * H);
  } else {
    const hourly = b.price(PRICE_IDS.erGatewayHour(sku));
    b.term(`${rate(hourly)} $/h × ${H} h`, hourly === null ? null : hourly * H);
  }
  return b.build(gateway.id, `ExpressRoute gateway ${sku}`);
}

/**
 * A circuit: its monthly fee (by tier, data plan, bandwidth and the pricing zone of its peering
 * location; the port pair on ExpressRoute Direct) plus, on a Metered plan, the data sent to the
 * sites whose traffic goes over it.
 */
export function circuitCost(circuit: ElementOfKind<'erCircuit'>, egress: Shares | undefined, ctx: ValidationContext, book: PriceBook): CostLine {
  const b = new LineBuilder(book);
  const { tier, bandwidthMbps, expressRouteDirect } = circuit.props;
  const location = circuitPeeringLocation(ctx, circuit.id);
  const zone = location ? (peeringLocationByName(location)?.zone ?? null) : null;
  b.input('Peering location', location ? `${location}, pricing zone ${zone ?? 'unknown'}` : 'not set: the pricing zone is unknown');
  const plan = tier === 'Local' ? 'Unlimited' : circuit.props.dataPlan;
  if (tier === 'Local') b.input('Data plan', 'Unlimited: Local circuits are always Unlimited (plan-manage-cost)', 'doc');
  else b.input('Data plan', plan);

  if (expressRouteDirect) {
    const port = bandwidthMbps >= 40_000 ? '100G' : '10G';
    b.input('ExpressRoute Direct', `the port-pair fee includes the Local and Standard circuit fees; a ${port} pair is assumed for ${bandwidthLabel(bandwidthMbps)}, one pair per circuit`, 'assumption');
    const fee = b.price(PRICE_IDS.directPortMonth(port));
    b.term(`${port} port pair ${rate(fee)} $/month`, fee);
    if (tier === 'Premium') {
      const premium = b.price(PRICE_IDS.directPremiumMonth(bandwidthMbps));
      b.term(`Premium circuit fee ${rate(premium)} $/month`, premium);
    }
  } else if (zone === null) {
    b.term('circuit fee (pricing zone unknown)', null);
  } else {
    const fee = b.price(PRICE_IDS.circuitMonth(tier, plan, bandwidthMbps, zone));
    b.term(`${tier} ${plan} ${bandwidthLabel(bandwidthMbps)} ${rate(fee)} $/month`, fee);
  }

  if (plan === 'Unlimited') {
    b.input('Data out', 'included in the Unlimited plan');
  } else {
    const volume = egress?.sum() ?? 0;
    const bySite: string[] = [];
    egress?.forEach((v, siteId) => bySite.push(`${ctx.label(siteId)} ${gb(v)} GB`));
    b.input('Data out (metered)', `${gb(volume)} GB a month${bySite.length ? `: ${bySite.join(', ')}` : ''}; sites with ExpressRoute paths send over them, split evenly`);
    if (volume > 0) {
      const perGb = zone === null ? null : b.price(PRICE_IDS.circuitEgressGb(zone));
      b.term(`${gb(volume)} GB × ${rate(perGb)} $/GB`, perGb === null ? null : volume * perGb);
    }
  }
  return b.build(circuit.id, `ExpressRoute circuit ${tier} ${plan} ${bandwidthLabel(bandwidthMbps)}`);
}
