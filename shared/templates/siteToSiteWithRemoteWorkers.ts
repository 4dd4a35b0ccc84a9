// Template 2: the office tunnel of template 1 plus remote workers on point-to-site VPN to the same
// gateway. Source: "About point-to-site VPN" (OpenVPN with Microsoft Entra ID authentication).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

export function buildSiteToSiteWithRemoteWorkers(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-office', 'Leeds office', { x: COLUMN.onPrem, y: 60 }, {
      city: 'Leeds', latitude: 53.8, longitude: -1.55, addressSpaces: ['192.168.32.0/20'], traffic: { gbPerMonth: 400, peakMbps: 150 },
    }, { notes: 'The office network, reached over the site-to-site tunnel.' })
    .element('p2sUserGroup', 'p2s-remote', 'Remote workers', { x: COLUMN.onPrem, y: 260 }, {
      users: 120, protocols: ['OpenVPN'], authentication: 'EntraID', addressPool: '172.16.200.0/24', traffic: { gbPerMonth: 150, peakMbps: 100 },
    }, {
      notes: 'Laptops with the Azure VPN Client, signing in with Microsoft Entra ID (OpenVPN only). Each gets an address from the client pool, ' +
        'which must not overlap the office or the VNet. The gateway routes between them, so remote workers reach the VNet; reaching the office too needs its prefixes advertised to the clients.',
    })
    .element('vpnDevice', 'device-office', 'Office firewall', { x: COLUMN.edge, y: 60 }, {
      publicIp: '203.0.113.20', vendor: 'Palo Alto PA-440',
    }, { notes: 'Needs a static public IPv4 address (203.0.113.0/24 is a documentation range: use your own).' })
    .element('localNetworkGateway', 'lng-office', 'lng-leeds', { x: COLUMN.azureEdge, y: 60 }, {
      gatewayIp: '203.0.113.20', addressSpaces: ['192.168.32.0/20'],
    }, { notes: "Azure's record of the office firewall: its public IP and the office prefixes." });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-uks', position: { x: COLUMN.azure, y: 0 }, region: 'uksouth', addressSpace: '10.2.0.0/16',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.2.255.0/27' },
    gateways: [{
      id: 'vpngw-hub', kind: 'vpnGateway', name: 'vpngw-hub-uks', props: { sku: 'VpnGw1AZ', generation: 'Gen1', activeActive: true },
      notes: 'One gateway serves both: the office tunnel and up to 250 point-to-site connections on VpnGw1AZ. Point-to-site needs a route-based gateway, not Basic, for OpenVPN and Entra ID.',
    }],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.2.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-office', 'site-office', 'device-office', { bandwidthMbps: 500 }, { name: 'Internet line 500 Mbps' })
    .link('s2s', 's2s-office', 'lng-office', 'vpngw-hub', { ikeVersion: 'IKEv2', sharedKey: 'Replace_with_a_long_random_key_2' }, { name: 'cn-leeds-uks' })
    .link('p2s', 'p2s-remote-vpn', 'p2s-remote', 'vpngw-hub', {}, { name: 'Point-to-site', notes: 'Each client builds its own OpenVPN (TLS) tunnel over the internet to the gateway.' })
    .scene({ id: 'scene-office', title: 'The office', caption: 'An office with its firewall, and staff who often work from home.', show: ['site-office', 'device-office', 'p2s-remote'] })
    .scene({ id: 'scene-s2s', title: 'The office tunnel', caption: 'As in the first template: a site-to-site tunnel from the firewall to the VPN gateway.', show: ['site-office', 'device-office', 'p2s-remote', 'lng-office', 'vpngw-hub', 'snet-app'] , links: ['lastmile-office', 's2s-office'] })
    .scene({ id: 'scene-p2s', title: 'Remote workers join', caption: 'Remote workers connect their laptops to the same gateway with OpenVPN and their Entra ID sign-in.', show: ['site-office', 'device-office', 'p2s-remote', 'lng-office', 'vpngw-hub', 'snet-app'] });
  return b.build(
    'Site-to-site plus point-to-site remote workers',
    'A Leeds office reaches a VNet in UK South over a site-to-site tunnel, and 120 remote workers connect to the same VPN gateway with point-to-site OpenVPN and Microsoft Entra ID sign-in.',
  );
}
