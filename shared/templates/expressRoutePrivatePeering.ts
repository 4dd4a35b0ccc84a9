// Template 3: a data centre reaches Azure over an ExpressRoute circuit that a connectivity partner
// delivers at a peering location, using private peering. Source: "ExpressRoute overview" and
// "ExpressRoute connectivity models" (any-to-any / point-to-point through a provider).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

export function buildExpressRoutePrivatePeering(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-dc', 'Amsterdam DC', { x: COLUMN.onPrem, y: 160 }, {
      city: 'Amsterdam', latitude: 52.37, longitude: 4.9, addressSpaces: ['10.20.0.0/16'], mustNotTraverseInternet: true,
      traffic: { gbPerMonth: 2000, peakMbps: 600 },
    }, { notes: 'Marked "must not traverse the internet": a private circuit is the way to Azure that keeps the traffic off the public internet.' })
    .element('connectivityProvider', 'provider-equinix', 'Equinix', { x: COLUMN.edge, y: 160 }, { provider: 'Equinix' }, {
      notes: "The connectivity partner: it carries the circuit from the data centre to Microsoft's edge and sets up its side of the BGP sessions (layer 2 providers leave BGP to you).",
    })
    .element('peeringLocation', 'location-amsterdam', 'Equinix AM5', { x: COLUMN.azureEdge, y: 20 }, { location: 'Amsterdam' }, {
      notes: "The meet-me facility where the partner hands the circuit to Microsoft's edge routers. It sets the circuit's pricing zone (zone 1) and, for a Standard circuit, the geopolitical region it reaches (Europe).",
    })
    .element('erCircuit', 'er-amsterdam', 'er-ams-1g', { x: COLUMN.azureEdge, y: 160 }, {
      bandwidthMbps: 1000, tier: 'Standard', dataPlan: 'Metered', peeringLocation: 'Amsterdam', provider: 'Equinix', providerState: 'Provisioned',
      peerings: { private: true, microsoft: false },
    }, {
      notes: 'A 1 Gbps Standard circuit with private peering: the VNet address space is advertised to the data centre over BGP and back. ' +
        'Each circuit is two links (primary and secondary) to two Microsoft edge routers, but both at this one peering location: the "single circuit" warning says so, and templates 4 and 5 answer it.',
    });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-weu', position: { x: COLUMN.azure, y: 60 }, region: 'westeurope', addressSpace: '10.30.0.0/16',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.30.255.0/27' },
    gateways: [{
      id: 'ergw-hub', kind: 'erGateway', name: 'ergw-hub-weu', props: { sku: 'ErGw1Az', scaleUnits: 1 },
      notes: 'The ExpressRoute gateway connects the VNet to the circuit. ErGw1Az: zone-redundant, about 1 Gbps, matching the circuit.',
    }],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.30.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-dc', 'site-dc', 'provider-equinix', { bandwidthMbps: 1000 }, { name: 'Partner access 1 Gbps' })
    .link('providerCrossConnect', 'xc-equinix', 'provider-equinix', 'er-amsterdam')
    .link('providerCrossConnect', 'xc-amsterdam', 'er-amsterdam', 'location-amsterdam')
    .link('erConnection', 'erconn-hub', 'er-amsterdam', 'ergw-hub', {}, { name: 'cn-er-ams-weu', notes: 'Connects the gateway to the private peering of the circuit.' })
    .scene({ id: 'scene-dc', title: 'The data centre', caption: 'A data centre whose traffic must not cross the public internet.', show: ['site-dc'] })
    .scene({ id: 'scene-partner', title: 'A connectivity partner', caption: 'A partner (Equinix) carries a private line from the data centre to the Amsterdam peering location.', show: ['site-dc', 'provider-equinix', 'location-amsterdam'], links: ['lastmile-dc'] })
    .scene({ id: 'scene-circuit', title: 'The circuit', caption: "The ExpressRoute circuit is handed to Microsoft's edge at the peering location; private peering carries the private addresses.", show: ['site-dc', 'provider-equinix', 'location-amsterdam', 'er-amsterdam'] })
    .scene({ id: 'scene-vnet', title: 'Into the VNet', caption: 'An ExpressRoute gateway in the GatewaySubnet connects the VNet to the circuit: the data centre reaches West Europe privately.', show: ['site-dc', 'provider-equinix', 'location-amsterdam', 'er-amsterdam', 'ergw-hub', 'snet-app'] });
  return b.build(
    'ExpressRoute with private peering',
    'An Amsterdam data centre reaches a VNet in West Europe over a 1 Gbps ExpressRoute circuit that Equinix delivers at the Amsterdam peering location, with private peering and a zone-redundant ExpressRoute gateway.',
  );
}
