// Template 5: two circuits at two peering locations, each connected to a hub in the primary region
// and a hub in the disaster-recovery region. Source: "Designing for disaster recovery with
// ExpressRoute private peering" and "Designing for high availability with ExpressRoute".
import type { TopologyDocument } from '../model/types';
import { addVnet, COLUMN, TemplateBuilder } from './templateBuilder';

const circuitProps = (peeringLocation: string, provider: string) => ({
  bandwidthMbps: 1000, tier: 'Standard', dataPlan: 'Metered', peeringLocation, provider, providerState: 'Provisioned',
  peerings: { private: true, microsoft: false },
});

export function buildTwoCircuitsHaDr(): TopologyDocument {
  const b = new TemplateBuilder()
    .element('onPremSite', 'site-dc', 'Amsterdam DC', { x: COLUMN.onPrem, y: 280 }, {
      city: 'Amsterdam', latitude: 52.37, longitude: 4.9, addressSpaces: ['10.20.0.0/16'], mustNotTraverseInternet: true,
      traffic: { gbPerMonth: 4000, peakMbps: 900 },
    }, { notes: 'Two partners, two circuits, two peering locations: no single line, facility or circuit can cut the data centre off from Azure.' })
    .element('connectivityProvider', 'provider-equinix', 'Equinix', { x: COLUMN.edge, y: 130 }, { provider: 'Equinix' }, { notes: 'Carries the primary circuit to Amsterdam.' })
    .element('connectivityProvider', 'provider-colt', 'Colt', { x: COLUMN.edge, y: 430 }, { provider: 'Colt' }, {
      notes: 'A second partner on a separate route, so one fibre cut or one carrier outage does not take both circuits.',
    })
    .element('peeringLocation', 'location-amsterdam', 'Equinix AM5', { x: COLUMN.azureEdge, y: 0 }, { location: 'Amsterdam' })
    .element('erCircuit', 'er-amsterdam', 'er-ams-1g', { x: COLUMN.azureEdge, y: 130 }, circuitProps('Amsterdam', 'Equinix'), {
      notes: 'The primary circuit. Both circuits are connected to both hubs (a "bow tie"), and BGP (AS path prepending or local preference) makes this one preferred.',
    })
    .element('erCircuit', 'er-dublin', 'er-dub-1g', { x: COLUMN.azureEdge, y: 430 }, circuitProps('Dublin', 'Colt'), {
      notes: 'The second circuit, at another peering location: it carries the traffic when Amsterdam, its circuit or its partner fails. Size it to carry the whole load alone.',
    })
    .element('peeringLocation', 'location-dublin', 'Equinix DB3', { x: COLUMN.azureEdge, y: 560 }, { location: 'Dublin' });
  addVnet(b, {
    id: 'vnet-weu', name: 'vnet-hub-weu', position: { x: COLUMN.azure, y: 40 }, region: 'westeurope', addressSpace: '10.30.0.0/16',
    notes: 'The primary region.',
    gatewaySubnet: { id: 'snet-gateway-weu', prefix: '10.30.255.0/27' },
    gateways: [{ id: 'ergw-weu', kind: 'erGateway', name: 'ergw-hub-weu', props: { sku: 'ErGw1Az' }, notes: 'Connected to both circuits (ErGw1Az takes up to 4).' }],
    subnets: [{ id: 'snet-app-weu', name: 'snet-app', prefix: '10.30.1.0/24' }],
  });
  addVnet(b, {
    id: 'vnet-neu', name: 'vnet-dr-neu', position: { x: COLUMN.azure, y: 360 }, region: 'northeurope', addressSpace: '10.40.0.0/16',
    notes: 'The disaster-recovery region, with its own address space so both regions can be reached at once.',
    gatewaySubnet: { id: 'snet-gateway-neu', prefix: '10.40.255.0/27' },
    gateways: [{ id: 'ergw-neu', kind: 'erGateway', name: 'ergw-dr-neu', props: { sku: 'ErGw1Az' }, notes: 'Also connected to both circuits.' }],
    subnets: [{ id: 'snet-app-neu', name: 'snet-app', prefix: '10.40.1.0/24' }],
  });
  b.link('lastMile', 'lastmile-equinix', 'site-dc', 'provider-equinix', { bandwidthMbps: 1000 }, { name: 'Equinix access 1 Gbps' })
    .link('lastMile', 'lastmile-colt', 'site-dc', 'provider-colt', { bandwidthMbps: 1000 }, { name: 'Colt access 1 Gbps' })
    .link('providerCrossConnect', 'xc-equinix', 'provider-equinix', 'er-amsterdam')
    .link('providerCrossConnect', 'xc-amsterdam', 'er-amsterdam', 'location-amsterdam')
    .link('providerCrossConnect', 'xc-colt', 'provider-colt', 'er-dublin')
    .link('providerCrossConnect', 'xc-dublin', 'er-dublin', 'location-dublin')
    .link('erConnection', 'erconn-ams-weu', 'er-amsterdam', 'ergw-weu')
    .link('erConnection', 'erconn-ams-neu', 'er-amsterdam', 'ergw-neu')
    .link('erConnection', 'erconn-dub-weu', 'er-dublin', 'ergw-weu')
    .link('erConnection', 'erconn-dub-neu', 'er-dublin', 'ergw-neu');
  const onPrem = ['site-dc', 'provider-equinix', 'provider-colt'];
  const primary = [...onPrem, 'location-amsterdam', 'er-amsterdam', 'ergw-weu', 'snet-app-weu'];
  const all = [...primary, 'er-dublin', 'location-dublin', 'ergw-neu', 'snet-app-neu'];
  b.scene({ id: 'scene-dc', title: 'The data centre', caption: 'A data centre with lines from two different partners.', show: onPrem })
    .scene({ id: 'scene-primary', title: 'The primary circuit', caption: 'Equinix delivers a circuit at Amsterdam into the hub in West Europe.', show: primary })
    .scene({ id: 'scene-second', title: 'A second peering location', caption: 'Colt delivers a second circuit at Dublin. Both circuits connect to the West Europe hub: a peering-location outage no longer cuts it off.', show: [...primary, 'er-dublin', 'location-dublin'], links: ['lastmile-equinix', 'lastmile-colt', 'xc-equinix', 'xc-amsterdam', 'xc-colt', 'xc-dublin', 'erconn-ams-weu', 'erconn-dub-weu'] })
    .scene({ id: 'scene-dr', title: 'A disaster-recovery region', caption: 'A hub in North Europe, connected to both circuits too: if West Europe fails, the workloads restart there and stay reachable.', show: all })
    .scene({ id: 'scene-failover', title: 'Amsterdam fails', caption: 'If the Amsterdam circuit goes down, BGP withdraws its routes and traffic fails over to the Dublin circuit, to both regions, still private.', show: all, failed: ['er-amsterdam'] })
    .scene({ id: 'scene-whole', title: 'The whole design', caption: 'Two partners, two peering locations, two regions, every circuit to every hub: no single failure cuts the data centre off.', show: all });
  return b.build(
    'Two circuits at two peering locations (HA and DR)',
    'An Amsterdam data centre reaches hubs in West Europe (primary) and North Europe (disaster recovery) over two 1 Gbps circuits from two partners at two peering locations, Amsterdam and Dublin, each circuit connected to both hubs.',
  );
}
