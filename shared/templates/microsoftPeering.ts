// Template 7: Microsoft peering on a Premium circuit carries Microsoft 365 traffic, beside private
// peering to a hub VNet. Source: "ExpressRoute for Microsoft 365" and "Configure route filters for
// Microsoft peering" (Premium add-on, route filter, public prefixes you own).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

export function buildMicrosoftPeering(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-hq', 'Paris HQ', { x: COLUMN.onPrem, y: 160 }, {
      city: 'Paris', latitude: 48.86, longitude: 2.35, addressSpaces: ['10.80.0.0/16'], traffic: { gbPerMonth: 2500, peakMbps: 700 },
    }, { notes: 'Headquarters with strict rules on how its traffic reaches Microsoft: both Azure and Microsoft 365 over a private circuit.' })
    .element('connectivityProvider', 'provider-orange', 'Orange', { x: COLUMN.edge, y: 160 }, { provider: 'Orange' })
    .element('peeringLocation', 'location-paris', 'Interxion PAR5', { x: COLUMN.azureEdge, y: 20 }, { location: 'Paris' })
    .element('erCircuit', 'er-paris', 'er-paris-1g', { x: COLUMN.azureEdge, y: 160 }, {
      bandwidthMbps: 1000, tier: 'Premium', dataPlan: 'Metered', peeringLocation: 'Paris', provider: 'Orange', providerState: 'Provisioned',
      peerings: { private: true, microsoft: true },
    }, {
      notes: 'Two peerings on one circuit: private peering to the VNet and Microsoft peering to Microsoft 365. Microsoft 365 over ExpressRoute needs the Premium add-on ' +
        '(and Microsoft\'s approval: it recommends the internet for Microsoft 365 in most cases). The Premium price has no sourced figure in the price book, so the cost total leaves it out and says so. ' +
        'One circuit keeps the template short, hence the "single circuit" warning; production designs add a second circuit at another location (template 5).',
    })
    .element('microsoftServices', 'm365', 'Microsoft 365', { x: COLUMN.azure, y: 330 }, { services: ['Microsoft365'] }, {
      notes: 'Exchange Online, SharePoint Online and Teams, reached on their public addresses over Microsoft peering.',
    });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-frc', position: { x: COLUMN.azure, y: 0 }, region: 'francecentral', addressSpace: '10.81.0.0/16',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.81.255.0/27' },
    gateways: [{ id: 'ergw-hub', kind: 'erGateway', name: 'ergw-hub-frc', props: { sku: 'ErGw1Az' }, notes: 'Private peering only: Microsoft peering does not go through a gateway.' }],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.81.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-orange', 'site-hq', 'provider-orange', { bandwidthMbps: 1000 }, { name: 'Orange access 1 Gbps' })
    .link('providerCrossConnect', 'xc-orange', 'provider-orange', 'er-paris')
    .link('providerCrossConnect', 'xc-paris', 'er-paris', 'location-paris')
    .link('erConnection', 'erconn-hub', 'er-paris', 'ergw-hub', {}, { name: 'Private peering' })
    .link('microsoftPeering', 'msp-m365', 'er-paris', 'm365', { advertisedPrefixes: ['198.51.100.0/28'], routeFilter: true }, {
      name: 'Microsoft peering',
      notes: 'Uses public addresses you own (198.51.100.0/28 is a documentation range): on-premises traffic is NATed to them before it enters the circuit. ' +
        'A route filter selects the BGP communities of the services used (Exchange, SharePoint, Teams); without one Microsoft advertises nothing.',
    });
  const er = ['site-hq', 'provider-orange', 'location-paris', 'er-paris'];
  b.scene({ id: 'scene-hq', title: 'Headquarters', caption: 'Paris HQ and its connectivity partner.', show: ['site-hq', 'provider-orange'] })
    .scene({ id: 'scene-circuit', title: 'A Premium circuit', caption: 'Orange delivers a Premium ExpressRoute circuit at the Paris peering location.', show: er })
    .scene({ id: 'scene-private', title: 'Private peering', caption: 'Private peering carries private addresses into the hub VNet in France Central.', show: [...er, 'ergw-hub', 'snet-app'] })
    .scene({ id: 'scene-microsoft', title: 'Microsoft peering', caption: 'Microsoft peering, with a route filter, carries Microsoft 365 traffic on public addresses over the same circuit.', show: [...er, 'ergw-hub', 'snet-app', 'm365'] });
  return b.build(
    'Microsoft peering to Microsoft 365',
    'Paris HQ reaches a hub VNet in France Central over private peering and Microsoft 365 over Microsoft peering, both on one Premium ExpressRoute circuit from Orange at the Paris peering location.',
  );
}
