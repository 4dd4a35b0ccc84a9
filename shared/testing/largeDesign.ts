// Large, realistic designs for benchmarks and scale tests: an enterprise hub-and-spoke estate.
// Each hub is a VNet in an Azure region with a GatewaySubnet holding an active-active VPN gateway
// and an ExpressRoute gateway, a circuit delivered by a provider at the region's peering location,
// spokes peered to the hub (using its gateways), and branch sites tunnelling to the hub, every
// fourth also on ExpressRoute through the provider. Address ranges are unique across the design
// (VNets are /20s of 10.0.0.0/8, sites /24s of 172.16.0.0/12), so the design validates mostly clean.
// Elements come in the same proportions at every size, so links grow in proportion too.
import { elementSchema, linkSchema } from '../model/schema';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';

interface HubPlace {
  region: string;
  location: string;
  provider: string;
  latitude: number;
  longitude: number;
}

// Regions paired with a peering location in the same geopolitical region (so Standard circuits
// stay in scope) and a provider present there (shared/data/peeringLocations.ts).
const PLACES: readonly HubPlace[] = [
  { region: 'westeurope', location: 'Amsterdam', provider: 'Equinix', latitude: 52.37, longitude: 4.9 },
  { region: 'northeurope', location: 'Dublin', provider: 'Equinix', latitude: 53.35, longitude: -6.26 },
  { region: 'uksouth', location: 'London', provider: 'Equinix', latitude: 51.51, longitude: -0.13 },
  { region: 'germanywestcentral', location: 'Frankfurt', provider: 'Interxion', latitude: 50.11, longitude: 8.68 },
  { region: 'francecentral', location: 'Paris', provider: 'Interxion', latitude: 48.86, longitude: 2.35 },
  { region: 'eastus', location: 'Washington DC', provider: 'Equinix', latitude: 38.9, longitude: -77.04 },
  { region: 'westus2', location: 'Seattle', provider: 'Equinix', latitude: 47.61, longitude: -122.33 },
  { region: 'northcentralus', location: 'Chicago', provider: 'Equinix', latitude: 41.88, longitude: -87.63 },
  { region: 'southeastasia', location: 'Singapore', provider: 'Equinix', latitude: 1.29, longitude: 103.85 },
  { region: 'japaneast', location: 'Tokyo', provider: 'Equinix', latitude: 35.68, longitude: 139.69 },
  { region: 'australiaeast', location: 'Sydney', provider: 'Equinix', latitude: -33.87, longitude: 151.21 },
];

const SPOKES_PER_HUB = 8;
const SITES_PER_HUB = 12;
/** VNets are /20s of 10.0.0.0/8 and sites /24s of 172.16.0.0/12: room for 4,096 of each. */
const MAX_RANGES = 4096;

/** Where a hub's block sits on the canvas, and the offsets inside it. */
const BLOCK = { columns: 6, width: 2400, height: 1500 };

type ElementInput = Record<string, unknown> & { id: string; kind: TopologyElement['kind'] };
type LinkInput = Record<string, unknown> & { id: string; kind: TopologyLink['kind']; source: string; target: string };

/**
 * A hub-and-spoke design of exactly `elementCount` elements (hubs are filled in order: core, then
 * spokes and sites alternately; what is left when no whole hub fits becomes extra subnets of the
 * last hub). Deterministic: the same count gives the same design.
 */
export function largeDesign(elementCount: number): TopologyDocument {
  if (!Number.isInteger(elementCount) || elementCount < 7) throw new RangeError(`largeDesign: need a whole number of elements ≥ 7, got ${elementCount}`);
  const elements: ElementInput[] = [];
  const links: LinkInput[] = [];
  const room = () => elementCount - elements.length;
  let vnets = 0;
  let sites = 0;
  const nextVnetRange = () => {
    if (vnets >= MAX_RANGES) throw new RangeError(`largeDesign: more than ${MAX_RANGES} VNets do not fit in 10.0.0.0/8 as /20s`);
    const n = vnets++;
    return { a: n >> 4, b: (n & 15) << 4 };
  };

  let lastHub = { id: '', a: 0, b: 0 };
  for (let h = 0; room() >= 7; h++) {
    const place = PLACES[h % PLACES.length]!;
    const ox = (h % BLOCK.columns) * BLOCK.width;
    const oy = Math.floor(h / BLOCK.columns) * BLOCK.height;
    const hub = `hub-${h}`;
    const { a, b } = nextVnetRange();
    lastHub = { id: hub, a, b };
    const gws = `${hub}-gws`;
    const vpngw = `${hub}-vpngw`;
    const ergw = `${hub}-ergw`;
    const circuit = `${hub}-er`;
    const provider = `${hub}-provider`;
    const location = `${hub}-location`;
    elements.push(
      { id: hub, kind: 'vnet', name: `vnet-hub-${place.region}-${h}`, position: { x: ox + 900, y: oy + 500 }, size: { width: 560, height: 300 }, props: { region: place.region, addressSpaces: [`10.${a}.${b}.0/20`] } },
      { id: gws, kind: 'subnet', name: 'GatewaySubnet', parentId: hub, position: { x: 20, y: 50 }, size: { width: 520, height: 220 }, props: { prefix: `10.${a}.${b + 15}.0/27` } },
      { id: vpngw, kind: 'vpnGateway', name: `vpngw-${h}`, parentId: gws, position: { x: 20, y: 60 }, props: { sku: 'VpnGw2AZ', generation: 'Gen2', activeActive: true, bgp: { enabled: true, asn: 65515, peerIp: '' } } },
      { id: ergw, kind: 'erGateway', name: `ergw-${h}`, parentId: gws, position: { x: 280, y: 60 }, props: { sku: 'ErGw2Az' } },
      { id: circuit, kind: 'erCircuit', name: `er-${place.location.toLowerCase().replace(/\s+/g, '-')}-${h}`, position: { x: ox + 600, y: oy + 200 }, props: { bandwidthMbps: 1000, tier: 'Standard', peeringLocation: place.location, provider: place.provider, providerState: 'Provisioned' } },
      { id: provider, kind: 'connectivityProvider', name: `${place.provider} ${h}`, position: { x: ox + 300, y: oy + 100 }, props: { provider: place.provider } },
      { id: location, kind: 'peeringLocation', name: place.location, position: { x: ox + 600, y: oy }, props: { location: place.location } },
    );
    links.push(
      { id: `${circuit}-conn`, kind: 'erConnection', source: ergw, target: circuit },
      { id: `${provider}-xc`, kind: 'providerCrossConnect', source: provider, target: circuit },
      { id: `${location}-xc`, kind: 'providerCrossConnect', source: location, target: circuit },
    );
    for (let i = 0; i < Math.max(SPOKES_PER_HUB, SITES_PER_HUB); i++) {
      if (i < SPOKES_PER_HUB && room() >= 3) {
        const spoke = `${hub}-spoke-${i}`;
        const r = nextVnetRange();
        elements.push(
          { id: spoke, kind: 'vnet', name: `vnet-spoke-${h}-${i}`, position: { x: ox + 1700 + (i % 2) * 340, y: oy + Math.floor(i / 2) * 300 }, size: { width: 300, height: 240 }, props: { region: place.region, addressSpaces: [`10.${r.a}.${r.b}.0/20`] } },
          { id: `${spoke}-app`, kind: 'subnet', name: 'snet-app', parentId: spoke, position: { x: 20, y: 50 }, size: { width: 260, height: 70 }, props: { prefix: `10.${r.a}.${r.b}.0/24` } },
          { id: `${spoke}-data`, kind: 'subnet', name: 'snet-data', parentId: spoke, position: { x: 20, y: 140 }, size: { width: 260, height: 70 }, props: { prefix: `10.${r.a}.${r.b + 1}.0/24` } },
        );
        links.push({ id: `${spoke}-peering`, kind: 'vnetPeering', source: hub, target: spoke, props: { allowGatewayTransit: true, useRemoteGateways: true } });
      }
      if (i < SITES_PER_HUB && room() >= 2) {
        if (sites >= MAX_RANGES) throw new RangeError(`largeDesign: more than ${MAX_RANGES} sites do not fit in 172.16.0.0/12 as /24s`);
        const n = sites++;
        const site = `${hub}-site-${i}`;
        const device = `${site}-fw`;
        const y = oy + i * 120;
        elements.push(
          { id: site, kind: 'onPremSite', name: `Branch ${h}-${i}`, position: { x: ox, y }, props: { city: place.location, latitude: place.latitude + (i % 5) * 0.3, longitude: place.longitude + (i % 3) * 0.3, addressSpaces: [`172.${16 + (n >> 8)}.${n & 255}.0/24`], traffic: { gbPerMonth: 200 + 50 * (i % 4), peakMbps: 100 } } },
          { id: device, kind: 'vpnDevice', name: `fw-${h}-${i}`, position: { x: ox + 300, y: y + 40 }, props: { publicIp: `51.${100 + (n >> 8)}.${n & 255}.10`, vendor: 'FortiGate 100F', asn: 64512 + (n % 1000) } },
        );
        links.push(
          { id: `${site}-lastmile`, kind: 'lastMile', source: site, target: device, props: { bandwidthMbps: 500 } },
          { id: `${device}-s2s`, kind: 's2s', source: device, target: vpngw, props: { sharedKey: `Psk${h}x${i}Branch`, bgp: true } },
        );
        if (i % 4 === 0) links.push({ id: `${site}-lastmile-er`, kind: 'lastMile', source: site, target: provider, props: { bandwidthMbps: 1000 } });
      }
    }
  }
  // Fewer than 7 left over (too few for another hub): extra subnets in the last hub (its /20 has room).
  for (let extra = 0; room() > 0; extra++) {
    elements.push({ id: `${lastHub.id}-extra-${extra}`, kind: 'subnet', name: `snet-shared-${extra}`, parentId: lastHub.id, position: { x: 20 + extra * 10, y: 280 }, props: { prefix: `10.${lastHub.a}.${lastHub.b + 2 + extra}.0/24` } });
  }

  return {
    title: `Hub-and-spoke estate (${elementCount} elements)`,
    description: 'Generated for benchmarks: regional hubs with VPN and ExpressRoute, peered spokes and branch sites.',
    elements: elements.map((e) => elementSchema.parse(e)),
    links: links.map((l) => linkSchema.parse(l)),
  };
}

