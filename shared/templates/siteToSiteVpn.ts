// Template 1: one office reaches Azure over a site-to-site IPsec tunnel. The smallest real hybrid
// design: VPN device, its local network gateway (Azure's record of it), a VPN gateway in a /27
// GatewaySubnet. Source for the parts: "About VPN Gateway" and "Create a site-to-site VPN connection".
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

export function buildSiteToSiteVpn(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-office', 'Manchester office', { x: COLUMN.onPrem, y: 80 }, {
      city: 'Manchester', latitude: 53.48, longitude: -2.24, addressSpaces: ['192.168.16.0/20'], traffic: { gbPerMonth: 300, peakMbps: 100 },
    }, { notes: 'The office network. Its address space must not overlap the VNet: Azure routes between the two by prefix.' })
    .element('vpnDevice', 'device-office', 'Office firewall', { x: COLUMN.edge, y: 80 }, {
      publicIp: '203.0.113.10', vendor: 'FortiGate 100F',
    }, { notes: 'The customer end of the tunnel. It needs a static public IPv4 address, not behind NAT (203.0.113.0/24 is a documentation range: use your own).' })
    .element('localNetworkGateway', 'lng-office', 'lng-manchester', { x: COLUMN.azureEdge, y: 80 }, {
      gatewayIp: '203.0.113.10', addressSpaces: ['192.168.16.0/20'],
    }, { notes: "Azure's record of the office firewall: its public IP and the office prefixes that Azure sends into the tunnel. No traffic flows through it; the tunnel is the connection resource." });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-uks', position: { x: COLUMN.azure, y: 0 }, region: 'uksouth', addressSpace: '10.1.0.0/16',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.1.255.0/27', notes: 'Gateways live only in a subnet named GatewaySubnet; /27 leaves room for a second gateway later.' },
    gateways: [{
      id: 'vpngw-hub', kind: 'vpnGateway', name: 'vpngw-hub-uks', props: { sku: 'VpnGw1AZ', generation: 'Gen1', activeActive: true },
      notes: 'Zone-redundant (AZ) SKU, active-active: two instances with their own public IPs, so the firewall keeps a tunnel up while one instance is serviced.',
    }],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.1.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-office', 'site-office', 'device-office', { bandwidthMbps: 500 }, { name: 'Internet line 500 Mbps' })
    .link('s2s', 's2s-office', 'lng-office', 'vpngw-hub', { ikeVersion: 'IKEv2', sharedKey: 'Replace_with_a_long_random_key_1' }, {
      name: 'cn-manchester-uks',
      notes: 'The IPsec/IKEv2 tunnel over the internet, authenticated by the shared key. Traffic is encrypted end to end.',
    })
    .scene({ id: 'scene-office', title: 'The office', caption: 'An office with its own network and an internet line to its firewall.', show: ['site-office', 'device-office'] })
    .scene({ id: 'scene-azure', title: 'The Azure side', caption: 'A VNet in UK South. Its VPN gateway sits in the GatewaySubnet, the only subnet gateways may use.', show: ['site-office', 'device-office', 'vpngw-hub', 'snet-app'] })
    .scene({ id: 'scene-lng', title: 'Azure learns about the office', caption: "The local network gateway records the firewall's public IP and the office prefixes.", show: ['site-office', 'device-office', 'lng-office', 'vpngw-hub', 'snet-app'], links: ['lastmile-office'] })
    .scene({ id: 'scene-tunnel', title: 'The tunnel', caption: 'An IPsec tunnel over the internet joins the two: the office reaches the VNet, encrypted.', show: ['site-office', 'device-office', 'lng-office', 'vpngw-hub', 'snet-app'] });
  return b.build(
    'Site-to-site VPN from one office',
    'A Manchester office reaches a VNet in UK South over an IPsec tunnel from its firewall to a zone-redundant, active-active VPN gateway.',
  );
}
