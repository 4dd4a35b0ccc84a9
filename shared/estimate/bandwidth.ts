// The bandwidth bottleneck of a path: the smallest capacity along it, and which one it is.
// Candidates, in path order: the site's last-mile link (when its bandwidth is set), the ExpressRoute
// circuit, the VPN gateway's single-tunnel and aggregate throughput, the ExpressRoute gateway.
// On a tie the first in that order is named (so VpnGw1AZ, 650 Mbps both per tunnel and in aggregate,
// is limited by its "single tunnel").
import { erGatewayCapabilities, ER_GATEWAY_SOURCE } from '../data/erGatewaySkus';
import { DOCS } from '../data/docs';
import { VPN_SKUS, VPN_SKU_SOURCE } from '../data/vpnGatewaySkus';
import type { VpnGeneration } from '../model/enums';
import type { ElementOfKind, LinkOfKind } from '../model/types';
import type { PathEstimate } from './types';
import { flat } from '../kept/flat';

export type Capacity = PathEstimate['bandwidthInputs'][number];

export interface Bottleneck {
  mbps: number | null;
  at: string;
}

/** The smallest capacity (the first of equals), or null/"unknown" when there is none. */
export function bottleneck(capacities: readonly Capacity[]): Bottleneck {
  let best: Capacity | undefined;
  for (const c of capacities) if (!best || c.mbps < best.mbps) best = c;
  return best ? { mbps: best.mbps, at: best.name } : { mbps: null, at: 'unknown' };
}

const PER_TUNNEL_SOURCE =
  'MS Docs includes/vpn-gateway-table-sku-performance.md (2024-01-04) [DOC]: Azure-to-Azure tests, GCMAES256, per tunnel';

/** The site's last mile, when the design gives its bandwidth. */
export function lastMileCapacity(link: LinkOfKind<'lastMile'>, label: string): Capacity | undefined {
  const mbps = link.props.bandwidthMbps;
  if (mbps === null || !(mbps > 0)) return undefined;
  return { name: flat(`Last mile ${label} (${mbps} Mbps)`), mbps, provenance: 'doc', source: 'Design value: the last-mile link’s bandwidth.' };
}

/** An ExpressRoute circuit's provisioned bandwidth (each way). */
export function circuitCapacity(circuit: ElementOfKind<'erCircuit'>, label: string, note?: string): Capacity {
  const mbps = circuit.props.bandwidthMbps;
  const capacity: Capacity = {
    name: flat(`Circuit ${label} (${mbps} Mbps)`),
    mbps,
    provenance: 'doc',
    source: `Design value: the circuit's bandwidth. ${DOCS.erFaq.url}: duplex; bursts up to 2× over the secondary link are not guaranteed, so not counted.`,
  };
  return note ? { ...capacity, note } : capacity;
}

// A gateway's figures are those of its SKU and generation, the same for every gateway of them in
// every design: made once, not in every run, whose results keep them (../kept/lists.ts). Read-only.
// By SKU and generation, then with and without active-active: a key joined from the three was a new
// string hashed on every way in.
const VPN_CAPACITIES = new Map<string, Map<string, [Capacity[]?, Capacity[]?]>>();
const ER_CAPACITIES = new Map<string, Capacity>();

/**
 * A VPN gateway's single-tunnel and aggregate throughput for its generation. A path is one tunnel
 * (device → gateway); active-active does not raise the single-tunnel limit. When the SKU does not
 * exist in the stated generation but exists in exactly one other, that one's figures are used with a
 * warning; otherwise the figure is unknown (warning, no capacity).
 */
export function vpnGatewayCapacities(gateway: ElementOfKind<'vpnGateway'>, warnings: string[], label: string = gateway.props.sku): Capacity[] {
  const { sku, generation, activeActive } = gateway.props;
  const skuCaps = VPN_SKUS[sku];
  let gen: VpnGeneration = generation;
  if (skuCaps.throughputMbps[gen] === undefined || skuCaps.tunnelMbps[gen] === undefined) {
    if (skuCaps.generations.length === 1) {
      gen = skuCaps.generations[0] as VpnGeneration;
      warnings.push(`VPN gateway ${label}: ${sku} does not exist in ${generation}; its ${gen} throughput is used.`);
    } else {
      warnings.push(`VPN gateway ${label}: no throughput figure for ${sku} ${generation}; its capacity is unknown.`);
      return [];
    }
  }
  let byGeneration = VPN_CAPACITIES.get(sku);
  if (!byGeneration) VPN_CAPACITIES.set(sku, (byGeneration = new Map()));
  let both = byGeneration.get(gen);
  if (!both) byGeneration.set(gen, (both = [undefined, undefined]));
  const at = activeActive ? 1 : 0;
  return (both[at] ??= vpnCapacities(sku, gen, activeActive));
}

function vpnCapacities(sku: ElementOfKind<'vpnGateway'>['props']['sku'], gen: VpnGeneration, activeActive: boolean): Capacity[] {
  const skuCaps = VPN_SKUS[sku];
  const tunnel = skuCaps.tunnelMbps[gen] as number;
  const aggregate = skuCaps.throughputMbps[gen] as number;
  const tunnelCapacity: Capacity = {
    name: flat(`${sku} single tunnel (${tunnel} Mbps, GCMAES256)`),
    mbps: tunnel,
    provenance: 'doc',
    source: sku === 'Basic' ? `${VPN_SKU_SOURCE.url}: Basic has no per-tunnel figure; its aggregate benchmark is used` : PER_TUNNEL_SOURCE,
    note:
      'The best cipher measured; AES256+SHA256 tunnels measured lower (500–700 Mbps).' +
      (activeActive ? ' Active-active does not raise the single-tunnel limit.' : ''),
  };
  const aggregateCapacity: Capacity = {
    name: flat(`${sku} ${gen} aggregate (${aggregate} Mbps)`),
    mbps: aggregate,
    provenance: 'doc',
    source: `${VPN_SKU_SOURCE.url} [DOC]: aggregate throughput benchmark, S2S and P2S combined, not guaranteed`,
    note: 'Shared by every tunnel and point-to-site user of the gateway.',
  };
  return [tunnelCapacity, aggregateCapacity];
}

/**
 * An ExpressRoute gateway's throughput (ErGwScale: 1,000 Mbps per scale unit). FastPath, when on and
 * supported by the SKU, takes the gateway out of the data path to VMs in its own VNet, so the gateway
 * is then no limit (FastPath does not apply to peered VNets): undefined is returned.
 */
export function erGatewayCapacity(gateway: ElementOfKind<'erGateway'>, throughPeering: boolean): Capacity | undefined {
  const { sku, scaleUnits, fastPath } = gateway.props;
  const caps = erGatewayCapabilities(sku, scaleUnits);
  if (fastPath && caps.fastPath && !throughPeering) return undefined;
  const units = sku === 'ErGwScale' ? `, ${Math.max(1, Math.min(40, Math.floor(scaleUnits)))} scale units` : '';
  const key = `${sku}${units}`;
  let capacity = ER_CAPACITIES.get(key);
  if (!capacity) {
    capacity = { name: flat(`${sku} gateway${units} (${caps.throughputMbps} Mbps)`), mbps: caps.throughputMbps, provenance: 'doc', source: `${ER_GATEWAY_SOURCE.url} [DOC]: gateway throughput` };
    ER_CAPACITIES.set(key, capacity);
  }
  return capacity;
}

/** Why an ExpressRoute gateway is not a bandwidth limit on this path, when FastPath takes it out. */
export function fastPathNote(gateway: ElementOfKind<'erGateway'>, throughPeering: boolean): string | undefined {
  const caps = erGatewayCapabilities(gateway.props.sku, gateway.props.scaleUnits);
  if (!gateway.props.fastPath || !caps.fastPath || throughPeering) return undefined;
  return `FastPath is on: the ${gateway.props.sku} gateway is not in the data path (${DOCS.erFastPath.url}), so its throughput is not a limit.`;
}
