import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { LINK_STYLES } from '../presentation/kindStyles';
import { toDrawio } from './drawio';
import { designOf, hubDesign, largeDesign } from './testing/designs';
import { findAll, parseXml, type XmlElement } from './testing/parseXml';

function cellsOf(doc: TopologyDocument) {
  const root = parseXml(toDrawio(doc));
  const cells = findAll(root, (el) => el.name === 'mxCell');
  return {
    root,
    cells,
    vertices: cells.filter((c) => c.attrs.vertex === '1'),
    edges: cells.filter((c) => c.attrs.edge === '1'),
    cell: (id: string) => cells.find((c) => c.attrs.id === id)!,
  };
}

const geometryOf = (cell: XmlElement) => cell.children.find((c) => c.name === 'mxGeometry')!.attrs;
const styleOf = (cell: XmlElement) => Object.fromEntries(cell.attrs.style!.split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string]));

describe('toDrawio', () => {
  it('writes an uncompressed draw.io file with the root cell, the default layer and the title as the page name', () => {
    const { root, cells } = cellsOf(hubDesign());
    expect(root.name).toBe('mxfile');
    expect(root.attrs.host).toBe('Hybrid Topology Designer');
    const diagram = root.children[0]!;
    expect(diagram.name).toBe('diagram');
    expect(diagram.attrs.name).toBe('Hub');
    expect(diagram.attrs.id).toBeTruthy();
    expect(diagram.children.map((c) => c.name)).toEqual(['mxGraphModel']);
    expect(diagram.children[0]!.children.map((c) => c.name)).toEqual(['root']);
    expect(cells[0]!.attrs).toEqual({ id: '0' });
    expect(cells[1]!.attrs).toEqual({ id: '1', parent: '0' });
  });

  it('writes one vertex per element and one edge per link, with their ids', () => {
    const doc = largeDesign(5);
    const { vertices, edges } = cellsOf(doc);
    expect(vertices.map((v) => v.attrs.id).sort()).toEqual(doc.elements.map((e) => e.id).sort());
    expect(edges.map((e) => e.attrs.id).sort()).toEqual(doc.links.map((l) => l.id).sort());
  });

  it('nests children in their container with geometry relative to it', () => {
    const { cell, vertices } = cellsOf(hubDesign());
    expect(cell('vnet').attrs.parent).toBe('1');
    expect(cell('gws').attrs.parent).toBe('vnet');
    expect(cell('vpngw').attrs.parent).toBe('gws');
    expect(geometryOf(cell('vnet'))).toMatchObject({ x: '400', y: '100', width: '480', height: '320', as: 'geometry' });
    expect(geometryOf(cell('gws'))).toMatchObject({ x: '20', y: '40', width: '440', height: '100' });
    expect(geometryOf(cell('vpngw'))).toMatchObject({ x: '20', y: '30', width: '200', height: '64' });
    expect(styleOf(cell('vnet')).container).toBe('1');
    expect(styleOf(cell('gws')).container).toBe('1');
    expect(styleOf(cell('vpngw')).container).toBeUndefined();
    // Parents come before their children, as draw.io reads them.
    const order = vertices.map((v) => v.attrs.id);
    expect(order.indexOf('vnet')).toBeLessThan(order.indexOf('gws'));
    expect(order.indexOf('gws')).toBeLessThan(order.indexOf('vpngw'));
  });

  it('colours vertices by kind, the GatewaySubnet in orange', () => {
    const { cell } = cellsOf(hubDesign());
    expect(styleOf(cell('fw'))).toMatchObject({ strokeColor: '#8a4fbf', rounded: '1', whiteSpace: 'wrap', html: '0' });
    expect(styleOf(cell('fw')).fillColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(styleOf(cell('gws'))).toMatchObject({ strokeColor: '#d9622b', dashed: '1' });
  });

  it('joins the element cells with edges in the link colour and dash, labelled with the name or tag', () => {
    const { cell } = cellsOf(hubDesign());
    const tunnel = cell('tunnel');
    expect(tunnel.attrs).toMatchObject({ edge: '1', source: 'fw', target: 'vpngw', value: 'cn-office' });
    expect(styleOf(tunnel)).toMatchObject({ strokeColor: LINK_STYLES.s2s.color, dashed: '1', dashPattern: LINK_STYLES.s2s.dash, endArrow: 'none' });
    expect(geometryOf(tunnel)).toEqual({ relative: '1', as: 'geometry' });
    expect(cell('lm').attrs.value).toBe(LINK_STYLES.lastMile.tag);
    const er = cellsOf(designOf('ER', [
      { id: 'c', kind: 'erCircuit', x: 0, y: 0 },
      { id: 'g', kind: 'erGateway', x: 300, y: 0 },
    ], [{ id: 'e', kind: 'erConnection', source: 'g', target: 'c' }])).cell('e');
    expect(styleOf(er).dashed).toBeUndefined();
    expect(styleOf(er).dashPattern).toBeUndefined();
  });

  it('escapes <, >, &, " and \' in names and titles', () => {
    const nasty = `<script>alert("1")</script> & 'x'`;
    const doc = designOf(nasty, [
      { id: 'a', kind: 'onPremSite', x: 0, y: 0, name: nasty },
      { id: 'b"&<', kind: 'vpnDevice', x: 300, y: 0, name: '"quoted" & <b>' },
    ], [{ id: 'l', kind: 'lastMile', source: 'a', target: 'b"&<', name: "it's <here>" }]);
    const xml = toDrawio(doc);
    expect(xml).not.toMatch(/<script|<b>|<here>/);
    const { root, cell } = cellsOf(doc);
    expect(root.children[0]!.attrs.name).toBe(nasty);
    expect(cell('a').attrs.value).toBe(nasty);
    expect(cell('b"&<').attrs.value).toBe('"quoted" & <b>');
    expect(cell('l').attrs).toMatchObject({ value: "it's <here>", target: 'b"&<' });
  });

  it("renames an element whose id is one of draw.io's own cell ids, and keeps its links attached", () => {
    const doc = designOf('Clash', [
      { id: '1', kind: 'vpnDevice', x: 0, y: 0 },
      { id: 'gw', kind: 'vpnGateway', x: 300, y: 0 },
    ], [{ id: 'gw', kind: 's2s', source: '1', target: 'gw' }]);
    const { cells, vertices, edges } = cellsOf(doc);
    expect(new Set(cells.map((c) => c.attrs.id)).size).toBe(cells.length);
    const device = vertices.find((v) => v.attrs.value === 'VPN device')!;
    expect(device.attrs.id).not.toBe('1');
    expect(edges[0]!.attrs).toMatchObject({ source: device.attrs.id, target: 'gw' });
    expect(edges[0]!.attrs.id).not.toBe('gw');
  });

  it('leaves out a link whose element is missing, and keeps an element with a missing parent at the top level', () => {
    const doc = designOf('Broken', [{ id: 'a', kind: 'vpnGateway', x: 5, y: 6, parentId: 'gone' }], [
      { id: 'l', kind: 's2s', source: 'a', target: 'gone' },
    ]);
    const { vertices, edges } = cellsOf(doc);
    expect(edges).toEqual([]);
    expect(vertices[0]!.attrs.parent).toBe('1');
    expect(geometryOf(vertices[0]!)).toMatchObject({ x: '5', y: '6' });
  });
});
