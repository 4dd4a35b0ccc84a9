// Template 8: hub and spoke with gateway transit. One VPN gateway in the hub serves every spoke:
// the hub side of each peering allows gateway transit, the spoke side uses the remote gateway.
// Source: "Configure VPN gateway transit for virtual network peering" (peering is not transitive).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

/** Spokes sit in a row below the hub, so the peerings read top-down from the hub. */
const SPOKE_Y = 330;

export function buildHubAndSpoke(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-office', 'Dublin office', { x: COLUMN.onPrem, y: 80 }, {
      city: 'Dublin', latitude: 53.35, longitude: -6.26, addressSpaces: ['192.168.64.0/20'], traffic: { gbPerMonth: 600, peakMbps: 200 },
    }, { notes: 'Reaches every spoke through one tunnel to the hub.' })
    .element('vpnDevice', 'device-office', 'Office firewall', { x: COLUMN.edge, y: 80 }, { publicIp: '203.0.113.80', vendor: 'Cisco Catalyst 8200', asn: 65080 }, {
      notes: '203.0.113.0/24 is a documentation range: use your own static public IP.',
    })
    .element('localNetworkGateway', 'lng-office', 'lng-dublin', { x: COLUMN.azureEdge, y: 80 }, {
      gatewayIp: '203.0.113.80', addressSpaces: ['192.168.64.0/20'], bgp: { enabled: true, asn: 65080, peerIp: '192.168.64.1' },
    }, { notes: 'With BGP the gateway advertises the spoke prefixes to the office by itself, as spokes are added.' });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-neu', position: { x: COLUMN.azure, y: 0 }, region: 'northeurope', addressSpace: '10.10.0.0/16',
    notes: 'The hub holds the shared gateway (and typically a firewall); workloads live in the spokes.',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.10.255.0/27' },
    gateways: [{
      id: 'vpngw-hub', kind: 'vpnGateway', name: 'vpngw-hub-neu', props: { sku: 'VpnGw1AZ', generation: 'Gen1', activeActive: true, bgp: { enabled: true, asn: 65515 } },
      notes: 'The only gateway: spokes use it through peering instead of each paying for their own.',
    }],
    subnets: [{ id: 'snet-shared', name: 'snet-shared', prefix: '10.10.1.0/24' }],
  });
  addVnet(b, {
    id: 'vnet-app', name: 'vnet-spoke-app', position: { x: COLUMN.azure, y: SPOKE_Y }, region: 'northeurope', addressSpace: '10.11.0.0/16',
    notes: 'A spoke without a gateway of its own: "use remote gateways" on its peering sends on-premises traffic through the hub.',
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.11.1.0/24' }],
  });
  addVnet(b, {
    id: 'vnet-data', name: 'vnet-spoke-data', position: { x: COLUMN.azure + 300, y: SPOKE_Y }, region: 'northeurope', addressSpace: '10.12.0.0/16',
    notes: 'Spokes are not peered with each other: peering is not transitive, so spoke-to-spoke traffic needs a router or firewall in the hub.',
    subnets: [{ id: 'snet-data', name: 'snet-data', prefix: '10.12.1.0/24' }],
  });
  const transit = { allowGatewayTransit: true, useRemoteGateways: true };
  const peeringNote = 'Hub side: allow gateway transit. Spoke side: use remote gateways. Both directions of the peering are drawn as one link.';
  b.link('lastMile', 'lastmile-office', 'site-office', 'device-office', { bandwidthMbps: 500 }, { name: 'Internet line 500 Mbps' })
    .link('s2s', 's2s-office', 'lng-office', 'vpngw-hub', { ikeVersion: 'IKEv2', bgp: true, sharedKey: 'Replace_with_a_long_random_key_8' }, { name: 'cn-dublin-neu' })
    .link('vnetPeering', 'peering-app', 'vnet-hub', 'vnet-app', transit, { name: 'hub ⇄ app', notes: peeringNote })
    .link('vnetPeering', 'peering-data', 'vnet-hub', 'vnet-data', transit, { name: 'hub ⇄ data', notes: peeringNote });
  const hub = ['site-office', 'device-office', 'lng-office', 'vpngw-hub', 'snet-shared'];
  b.scene({ id: 'scene-office', title: 'The office', caption: 'An office with a firewall that speaks BGP.', show: ['site-office', 'device-office'] })
    .scene({ id: 'scene-hub', title: 'The hub', caption: 'A hub VNet in North Europe with the one VPN gateway, and a BGP tunnel from the office.', show: hub })
    .scene({ id: 'scene-spokes', title: 'Spokes', caption: 'Workloads get VNets of their own, the spokes, with no gateway: a gateway each would cost as much as the hub one.', show: [...hub, 'snet-app', 'snet-data'] , links: ['lastmile-office', 's2s-office'] })
    .scene({ id: 'scene-transit', title: 'Gateway transit', caption: 'Gateway transit on the peerings lets the office reach every spoke through the hub gateway.', show: [...hub, 'snet-app', 'snet-data'] });
  return b.build(
    'Hub and spoke with gateway transit',
    'A Dublin office reaches a hub VNet in North Europe over a BGP site-to-site tunnel; two spoke VNets peered with the hub use its VPN gateway through gateway transit.',
  );
}
