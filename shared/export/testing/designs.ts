// Designs for the export tests, written as a few readable lines and parsed through the real schema
// so every default is the one users get.
import { elementSchema, linkSchema } from '../../model/schema';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../../model/types';

type ElementInput = {
  id: string;
  kind: TopologyElement['kind'];
  x: number;
  y: number;
  name?: string;
  parentId?: string;
  size?: { width: number; height: number };
  props?: Record<string, unknown>;
};
type LinkInput = { id: string; kind: TopologyLink['kind']; source: string; target: string; name?: string };

export function designOf(title: string, elements: ElementInput[], links: LinkInput[] = []): TopologyDocument {
  return {
    title,
    description: '',
    elements: elements.map(({ x, y, ...e }) => elementSchema.parse({ ...e, position: { x, y } })),
    links: links.map((l) => linkSchema.parse(l)),
  };
}

/**
 * A hub VNet at (400, 100) holding a GatewaySubnet at (20, 40) that holds a VPN gateway at
 * (20, 30), so the gateway's absolute position is (440, 170); a VPN device and a site on the left.
 */
export function hubDesign(): TopologyDocument {
  return designOf(
    'Hub',
    [
      { id: 'site', kind: 'onPremSite', x: -300, y: 120, name: 'Office', props: { city: 'Delft', addressSpaces: ['10.1.0.0/16'] } },
      { id: 'fw', kind: 'vpnDevice', x: 0, y: 120, name: 'Edge firewall', props: { publicIp: '203.0.113.10' } },
      { id: 'vnet', kind: 'vnet', x: 400, y: 100, name: 'vnet-hub', props: { addressSpaces: ['10.0.0.0/16'] } },
      { id: 'gws', kind: 'subnet', x: 20, y: 40, name: 'GatewaySubnet', parentId: 'vnet', size: { width: 440, height: 100 }, props: { prefix: '10.0.255.0/27' } },
      { id: 'vpngw', kind: 'vpnGateway', x: 20, y: 30, name: 'vpngw-hub', parentId: 'gws' },
    ],
    [
      { id: 'lm', kind: 'lastMile', source: 'site', target: 'fw' },
      { id: 'tunnel', kind: 's2s', source: 'fw', target: 'vpngw', name: 'cn-office' },
    ],
  );
}

/**
 * `hubs` hubs in a grid: 6 elements each (site, VPN device, VNet, GatewaySubnet, two gateways), a
 * last mile, a tunnel, and a peering to the previous hub's VNet.
 */
export function largeDesign(hubs: number): TopologyDocument {
  const elements: ElementInput[] = [];
  const links: LinkInput[] = [];
  for (let h = 0; h < hubs; h++) {
    const x = (h % 10) * 1200;
    const y = Math.floor(h / 10) * 600;
    elements.push(
      { id: `site-${h}`, kind: 'onPremSite', x, y: y + 100, name: `Site ${h}` },
      { id: `fw-${h}`, kind: 'vpnDevice', x: x + 260, y: y + 100, name: `Firewall ${h}` },
      { id: `vnet-${h}`, kind: 'vnet', x: x + 560, y, name: `vnet-${h}` },
      { id: `gws-${h}`, kind: 'subnet', x: 20, y: 40, name: 'GatewaySubnet', parentId: `vnet-${h}`, size: { width: 440, height: 100 } },
      { id: `vpngw-${h}`, kind: 'vpnGateway', x: 10, y: 20, name: `vpngw-${h}`, parentId: `gws-${h}` },
      { id: `ergw-${h}`, kind: 'erGateway', x: 220, y: 20, name: `ergw-${h}`, parentId: `gws-${h}` },
    );
    links.push(
      { id: `lm-${h}`, kind: 'lastMile', source: `site-${h}`, target: `fw-${h}` },
      { id: `s2s-${h}`, kind: 's2s', source: `fw-${h}`, target: `vpngw-${h}` },
    );
    if (h > 0) links.push({ id: `peer-${h}`, kind: 'vnetPeering', source: `vnet-${h - 1}`, target: `vnet-${h}` });
  }
  return designOf('Large', elements, links);
}
