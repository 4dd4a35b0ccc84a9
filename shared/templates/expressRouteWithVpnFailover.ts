// Template 4: ExpressRoute as the main path with a site-to-site VPN as failover, both gateways in one
// GatewaySubnet. Source: "Configure ExpressRoute and site-to-site coexisting connections" (route-based,
// non-Basic VPN gateway; /27 or larger GatewaySubnet; ExpressRoute preferred over VPN for the same prefixes).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

export function buildExpressRouteWithVpnFailover(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-hq', 'London HQ', { x: COLUMN.onPrem, y: 200 }, {
      city: 'London', latitude: 51.51, longitude: -0.13, addressSpaces: ['10.50.0.0/16'], traffic: { gbPerMonth: 3000, peakMbps: 800 },
    }, { notes: 'Headquarters and its data centre. It reaches Azure two ways, so it keeps working when one fails.' })
    .element('connectivityProvider', 'provider-colt', 'Colt', { x: COLUMN.edge, y: 100 }, { provider: 'Colt' }, { notes: 'Delivers the circuit from HQ to the London peering location.' })
    .element('vpnDevice', 'device-hq', 'HQ firewall', { x: COLUMN.edge, y: 320 }, { publicIp: '203.0.113.30', vendor: 'FortiGate 200F', asn: 65050 }, {
      notes: 'Terminates the failover tunnels and speaks BGP (ASN 65050) with the VPN gateway, so routes move to the tunnel by themselves when the circuit fails. 203.0.113.0/24 is a documentation range.',
    })
    .element('peeringLocation', 'location-london', 'Equinix LD5', { x: COLUMN.azureEdge, y: -30 }, { location: 'London' })
    .element('erCircuit', 'er-london', 'er-london-1g', { x: COLUMN.azureEdge, y: 100 }, {
      bandwidthMbps: 1000, tier: 'Standard', dataPlan: 'Metered', peeringLocation: 'London', provider: 'Colt', providerState: 'Provisioned',
      peerings: { private: true, microsoft: false },
    }, {
      notes: 'The primary path: private and predictable. Azure prefers ExpressRoute routes over VPN routes for the same prefix, so traffic uses the circuit while it is up. ' +
        'The "single circuit" warning stays on purpose: the VPN is the failover that answers it; template 5 shows the second-circuit answer.',
    })
    .element('localNetworkGateway', 'lng-hq', 'lng-london-hq', { x: COLUMN.azureEdge, y: 320 }, {
      gatewayIp: '203.0.113.30', addressSpaces: ['10.50.0.0/16'], bgp: { enabled: true, asn: 65050, peerIp: '10.50.255.1' },
    }, { notes: "Azure's record of the HQ firewall, with its BGP ASN and peer address." });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-uks', position: { x: COLUMN.azure, y: 60 }, region: 'uksouth', addressSpace: '10.100.0.0/16',
    gatewaySubnet: {
      id: 'snet-gateway', prefix: '10.100.255.0/27',
      notes: 'Both gateways share this one GatewaySubnet. Coexistence needs it to be /27 or larger.',
    },
    gateways: [
      { id: 'ergw-hub', kind: 'erGateway', name: 'ergw-hub-uks', props: { sku: 'ErGw1Az', scaleUnits: 1 }, notes: 'The ExpressRoute gateway: the main way in.' },
      {
        id: 'vpngw-hub', kind: 'vpnGateway', name: 'vpngw-hub-uks', props: { sku: 'VpnGw1AZ', generation: 'Gen1', activeActive: true, bgp: { enabled: true, asn: 65515 } },
        notes: 'The failover gateway. Coexistence needs it route-based and not Basic; BGP lets the routes fail over without anyone touching them.',
      },
    ],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.100.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-colt', 'site-hq', 'provider-colt', { bandwidthMbps: 1000 }, { name: 'Colt access 1 Gbps' })
    .link('lastMile', 'lastmile-internet', 'site-hq', 'device-hq', { bandwidthMbps: 500 }, { name: 'Internet line 500 Mbps' })
    .link('providerCrossConnect', 'xc-colt', 'provider-colt', 'er-london')
    .link('providerCrossConnect', 'xc-london', 'er-london', 'location-london')
    .link('erConnection', 'erconn-hub', 'er-london', 'ergw-hub', {}, { name: 'cn-er-london-uks' })
    .link('s2s', 's2s-failover', 'lng-hq', 'vpngw-hub', { ikeVersion: 'IKEv2', bgp: true, sharedKey: 'Replace_with_a_long_random_key_4' }, {
      name: 'IPsec failover', notes: 'Always up, carrying traffic only when the circuit routes are withdrawn.',
    })
    .scene({ id: 'scene-hq', title: 'Headquarters', caption: 'London HQ with two ways out: a line from Colt and an internet line.', show: ['site-hq', 'provider-colt', 'device-hq'] })
    .scene({ id: 'scene-er', title: 'ExpressRoute first', caption: 'The main path: a Colt circuit at the London peering location into an ExpressRoute gateway.', show: ['site-hq', 'provider-colt', 'device-hq', 'location-london', 'er-london', 'ergw-hub', 'snet-app'] })
    .scene({ id: 'scene-vpn', title: 'A VPN beside it', caption: 'A VPN gateway joins the ExpressRoute gateway in the same /27 GatewaySubnet, with a BGP tunnel from the HQ firewall.', show: ['site-hq', 'provider-colt', 'device-hq', 'location-london', 'er-london', 'lng-hq', 'ergw-hub', 'vpngw-hub', 'snet-app'] })
    .scene({ id: 'scene-failover', title: 'The circuit fails', caption: 'If the circuit goes down, BGP withdraws its routes and traffic fails over to the site-to-site VPN over the internet: slower, but HQ stays connected.', show: ['site-hq', 'provider-colt', 'device-hq', 'location-london', 'er-london', 'lng-hq', 'ergw-hub', 'vpngw-hub', 'snet-app'], failed: ['er-london'] })
    .scene({ id: 'scene-whole', title: 'The whole design', caption: 'Circuit first, VPN as failover: one VNet, two gateways, two independent paths.', show: ['site-hq', 'provider-colt', 'device-hq', 'location-london', 'er-london', 'lng-hq', 'ergw-hub', 'vpngw-hub', 'snet-app'] });
  return b.build(
    'ExpressRoute with site-to-site VPN failover',
    'London HQ reaches a hub VNet in UK South over a 1 Gbps ExpressRoute circuit from Colt, with a site-to-site VPN over the internet as failover. Both gateways coexist in one /27 GatewaySubnet and BGP moves the routes when the circuit fails.',
  );
}
