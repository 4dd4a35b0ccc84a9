// Template 6: ExpressRoute Global Reach joins the circuits of two offices, so the offices reach each
// other over Microsoft's backbone as well as the hub in Azure. Source: "About ExpressRoute Global Reach"
// (circuits at different peering locations, a /29 for the connection, not transitive).
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

const circuitProps = (peeringLocation: string, provider: string) => ({
  bandwidthMbps: 500, tier: 'Standard', dataPlan: 'Metered', peeringLocation, provider, providerState: 'Provisioned',
  peerings: { private: true, microsoft: false },
});

export function buildGlobalReach(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-london', 'London office', { x: COLUMN.onPrem, y: 100 }, {
      city: 'London', latitude: 51.51, longitude: -0.13, addressSpaces: ['10.50.0.0/16'], traffic: { gbPerMonth: 1500, peakMbps: 300 },
    }, { notes: 'Each office has its own circuit near it.' })
    .element('onPremSite', 'site-frankfurt', 'Frankfurt office', { x: COLUMN.onPrem, y: 420 }, {
      city: 'Frankfurt', latitude: 50.11, longitude: 8.68, addressSpaces: ['10.60.0.0/16'], traffic: { gbPerMonth: 1500, peakMbps: 300 },
    }, { notes: 'Its address space differs from London\'s: Global Reach routes between the two offices by prefix.' })
    .element('connectivityProvider', 'provider-colt', 'Colt', { x: COLUMN.edge, y: 100 }, { provider: 'Colt' })
    .element('connectivityProvider', 'provider-equinix', 'Equinix', { x: COLUMN.edge, y: 420 }, { provider: 'Equinix' })
    .element('peeringLocation', 'location-london', 'Equinix LD5', { x: COLUMN.azureEdge, y: -30 }, { location: 'London' })
    .element('erCircuit', 'er-london', 'er-london-500m', { x: COLUMN.azureEdge, y: 100 }, circuitProps('London', 'Colt'), {
      notes: 'Global Reach needs both circuits Provisioned with private peering and not Local; Standard is enough while both peering locations are in one geopolitical region (Europe).',
    })
    .element('erCircuit', 'er-frankfurt', 'er-fra-500m', { x: COLUMN.azureEdge, y: 420 }, circuitProps('Frankfurt', 'Equinix'), {
      notes: 'At a different peering location from the London circuit, as Global Reach requires. The Global Reach add-on fee has no sourced price in the price book, so the cost total leaves it out and says so.',
    })
    .element('peeringLocation', 'location-frankfurt', 'Interxion FRA11', { x: COLUMN.azureEdge, y: 550 }, { location: 'Frankfurt' });
  addVnet(b, {
    id: 'vnet-hub', name: 'vnet-hub-weu', position: { x: COLUMN.azure, y: 200 }, region: 'westeurope', addressSpace: '10.70.0.0/16',
    gatewaySubnet: { id: 'snet-gateway', prefix: '10.70.255.0/27' },
    gateways: [{ id: 'ergw-hub', kind: 'erGateway', name: 'ergw-hub-weu', props: { sku: 'ErGw1Az' }, notes: 'Connected to both circuits, so the hub also survives the loss of either one.' }],
    subnets: [{ id: 'snet-app', name: 'snet-app', prefix: '10.70.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-london', 'site-london', 'provider-colt', { bandwidthMbps: 500 }, { name: 'Colt access' })
    .link('lastMile', 'lastmile-frankfurt', 'site-frankfurt', 'provider-equinix', { bandwidthMbps: 500 }, { name: 'Equinix access' })
    .link('providerCrossConnect', 'xc-colt', 'provider-colt', 'er-london')
    .link('providerCrossConnect', 'xc-london', 'er-london', 'location-london')
    .link('providerCrossConnect', 'xc-equinix', 'provider-equinix', 'er-frankfurt')
    .link('providerCrossConnect', 'xc-frankfurt', 'er-frankfurt', 'location-frankfurt')
    .link('erConnection', 'erconn-london', 'er-london', 'ergw-hub')
    .link('erConnection', 'erconn-frankfurt', 'er-frankfurt', 'ergw-hub')
    .link('globalReach', 'gr-london-frankfurt', 'er-london', 'er-frankfurt', { subnet: '172.31.255.0/29' }, {
      name: 'Global Reach',
      notes: 'Joins the private peerings of the two circuits: office-to-office traffic crosses Microsoft\'s backbone instead of a WAN of your own. ' +
        'It needs a /29 that overlaps nothing else. It is not transitive: a third office would need its own Global Reach connections.',
    });
  const offices = ['site-london', 'site-frankfurt', 'provider-colt', 'provider-equinix'];
  const circuits = [...offices, 'location-london', 'er-london', 'er-frankfurt', 'location-frankfurt'];
  const all = [...circuits, 'ergw-hub', 'snet-app'];
  b.scene({ id: 'scene-offices', title: 'Two offices', caption: 'Offices in London and Frankfurt, each with a line from a connectivity partner.', show: offices })
    .scene({ id: 'scene-circuits', title: 'A circuit each', caption: 'Each office gets an ExpressRoute circuit at its nearest peering location.', show: circuits, links: ['lastmile-london', 'lastmile-frankfurt', 'xc-colt', 'xc-london', 'xc-equinix', 'xc-frankfurt'] })
    .scene({ id: 'scene-hub', title: 'Both reach the hub', caption: 'Both circuits connect to one hub in West Europe. Without Global Reach, the offices still cannot talk to each other through Azure.', show: all, links: ['lastmile-london', 'lastmile-frankfurt', 'xc-colt', 'xc-london', 'xc-equinix', 'xc-frankfurt', 'erconn-london', 'erconn-frankfurt'] })
    .scene({ id: 'scene-global-reach', title: 'Global Reach', caption: "Global Reach joins the two circuits: London and Frankfurt now reach each other over Microsoft's backbone.", show: all });
  return b.build(
    'Global Reach between two offices',
    'Offices in London and Frankfurt each reach a hub in West Europe over their own ExpressRoute circuit, and Global Reach joins the two circuits so the offices reach each other over the Microsoft backbone.',
  );
}
