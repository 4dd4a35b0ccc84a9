import { describe, expect, it } from 'vitest';
import { absoluteRects } from '../model/geometry';
import type { TopologyDocument } from '../model/types';
import { LINK_STYLES } from '../presentation/kindStyles';
import { renderSvg, type SvgOptions } from './svg';
import { designOf, hubDesign, largeDesign } from './testing/designs';
import { findAll, parseXml, translation, type XmlElement } from './testing/parseXml';

const WHITE: SvgOptions = { background: 'white' };
const FOOTER = { errors: 0, warnings: 1, info: 2, monthlyUsd: 957.83 };

function picture(doc: TopologyDocument, options: SvgOptions = WHITE) {
  const result = renderSvg(doc, options);
  return { ...result, root: parseXml(result.svg) };
}

const groupsWith = (root: XmlElement, attr: string) => findAll(root, (el) => el.name === 'g' && attr in el.attrs);
const layer = (root: XmlElement, name: string) => findAll(root, (el) => el.attrs['data-layer'] === name);
const texts = (el: XmlElement) => findAll(el, (e) => e.name === 'text').map((t) => t.text);

describe('renderSvg', () => {
  it('draws every element and link as a group with its id and kind', () => {
    const doc = hubDesign();
    const { root } = picture(doc);
    const groups = groupsWith(root, 'data-id');
    expect(groups.map((g) => g.attrs['data-id']).sort()).toEqual([...doc.elements.map((e) => e.id), ...doc.links.map((l) => l.id)].sort());
    for (const el of doc.elements) expect(groups.find((g) => g.attrs['data-id'] === el.id)?.attrs['data-kind']).toBe(el.kind);
    for (const link of doc.links) expect(groups.find((g) => g.attrs['data-id'] === link.id)?.attrs['data-kind']).toBe(link.kind);
  });

  it('is a standalone SVG 1.1 document in a system font stack', () => {
    const { root, svg, width, height } = picture(hubDesign());
    expect(svg).toMatch(/^<svg /);
    expect(root.name).toBe('svg');
    expect(root.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}` });
    expect(root.attrs['font-family']).toMatch(/^system-ui, .*sans-serif$/);
  });

  it('draws containers first, then links, then plain elements', () => {
    const { root } = picture(hubDesign());
    const order = groupsWith(root, 'data-id').map((g) => g.attrs['data-id']);
    expect(order).toEqual(['vnet', 'gws', 'lm', 'tunnel', 'site', 'fw', 'vpngw']);
  });

  it('draws nested elements at their absolute position', () => {
    const doc = hubDesign();
    const { root } = picture(doc, { ...WHITE, padding: 10 });
    const diagram = translation(layer(root, 'diagram')[0]!);
    const at = (id: string) => translation(groupsWith(root, 'data-id').find((g) => g.attrs['data-id'] === id)!);
    expect(at('vpngw')).toEqual({ x: 440, y: 170 });
    expect(at('gws')).toEqual({ x: 420, y: 140 });
    // The leftmost element (the site at x = -300) sits on the padding.
    expect(diagram.x + at('site').x).toBe(10);
  });

  it('is sized to hold every element plus the padding on each side', () => {
    const doc = largeDesign(3);
    const padding = 30;
    const { root, width, height } = picture(doc, { background: 'white', padding });
    const diagram = translation(layer(root, 'diagram')[0]!);
    const rects = absoluteRects(doc);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const r of rects.values()) {
      minX = Math.min(minX, diagram.x + r.x);
      minY = Math.min(minY, diagram.y + r.y);
      maxX = Math.max(maxX, diagram.x + r.x + r.width);
      maxY = Math.max(maxY, diagram.y + r.y + r.height);
    }
    expect(minX).toBe(padding);
    expect(minY).toBe(padding);
    expect(maxX).toBeLessThanOrEqual(width - padding);
    expect(maxY).toBeLessThanOrEqual(height - padding);
    expect(width - padding - maxX).toBeLessThan(2);
  });

  it('draws each link as a bézier between facing sides, in its kind colour and dash, with its name or tag', () => {
    const doc = hubDesign();
    const { root } = picture(doc);
    const tunnel = groupsWith(root, 'data-id').find((g) => g.attrs['data-id'] === 'tunnel')!;
    const path = findAll(tunnel, (e) => e.name === 'path')[0]!;
    // From the firewall's right side (0 + 200, 120 + 32) to the gateway's left side (440, 170 + 32).
    expect(path.attrs.d).toMatch(/^M200,152 C[\d.]+,152 [\d.]+,202 440,202$/);
    expect(path.attrs).toMatchObject({ stroke: LINK_STYLES.s2s.color, 'stroke-dasharray': LINK_STYLES.s2s.dash, fill: 'none' });
    expect(texts(tunnel)).toEqual(['cn-office']);
    const lastMile = groupsWith(root, 'data-id').find((g) => g.attrs['data-id'] === 'lm')!;
    expect(texts(lastMile)).toEqual([LINK_STYLES.lastMile.tag]);
  });

  it("draws a plain element's name, kind and summary, and the GatewaySubnet in orange", () => {
    const { root } = picture(hubDesign());
    const group = (id: string) => groupsWith(root, 'data-id').find((g) => g.attrs['data-id'] === id)!;
    expect(texts(group('site'))).toEqual(['Office', 'On-premises site', 'Delft · 10.1.0.0/16']);
    expect(findAll(group('gws'), (e) => e.name === 'rect')[0]!.attrs.stroke).toBe('#d9622b');
    expect(findAll(group('vnet'), (e) => e.name === 'rect')[0]!.attrs.stroke).toBe('#0a66c2');
  });

  it('cuts long text with an ellipsis to fit the node', () => {
    const doc = designOf('Long', [{ id: 'a', kind: 'vpnDevice', x: 0, y: 0, name: 'A firewall with a very long name indeed' }]);
    const [name] = texts(groupsWith(picture(doc).root, 'data-id')[0]!);
    expect(name).toMatch(/^A firewall.*…$/);
    expect(name!.length).toBeLessThan(25);
  });

  it('lists in the legend only the element and link kinds the design uses', () => {
    const { root } = picture(hubDesign(), { ...WHITE, legend: true });
    const kinds = groupsWith(root, 'data-legend-kind').map((g) => g.attrs['data-legend-kind']);
    expect(kinds).toEqual(['onPremSite', 'vpnDevice', 'vnet', 'subnet', 'gatewaySubnet', 'vpnGateway', 's2s', 'lastMile']);
    expect(texts(layer(root, 'legend')[0]!)).toContain('Site-to-site IPsec');
  });

  it('leaves the legend, title and footer out unless asked', () => {
    const { root } = picture(hubDesign());
    expect(layer(root, 'legend')).toEqual([]);
    expect(layer(root, 'title')).toEqual([]);
    expect(layer(root, 'footer')).toEqual([]);
  });

  it('writes the title at the top and the footer with counts and the monthly cost at the bottom', () => {
    const { root, height } = picture(hubDesign(), { ...WHITE, title: true, legend: true, footer: FOOTER });
    const title = layer(root, 'title')[0]!;
    const footer = layer(root, 'footer')[0]!;
    expect(title.text).toBe('Hub');
    expect(footer.text).toBe('0 errors · 1 warning · 2 info · $957.83/month (estimate)');
    expect(Number(title.attrs.y)).toBeLessThan(translation(layer(root, 'diagram')[0]!).y + 100);
    expect(Number(footer.attrs.y)).toBeGreaterThan(translation(layer(root, 'legend')[0]!).y);
    expect(Number(footer.attrs.y)).toBeLessThanOrEqual(height);
  });

  it.each([
    [{ errors: 1, warnings: 0, info: 0, monthlyUsd: 12345.5 }, '1 error · 0 warnings · 0 info · $12,345.50/month (estimate)'],
    [{ errors: 2, warnings: 2, info: 1, monthlyUsd: 100, incomplete: true }, '2 errors · 2 warnings · 1 info · $100.00/month (estimate, lower bound: some prices unknown)'],
    [{ errors: 0, warnings: 0, info: 0, monthlyUsd: null }, '0 errors · 0 warnings · 0 info · monthly cost unknown'],
  ])('words the footer %o as "%s"', (footer, text) => {
    expect(layer(picture(hubDesign(), { ...WHITE, footer }).root, 'footer')[0]!.text).toBe(text);
  });

  it('paints a white, dark or no background with the matching theme colours', () => {
    const colours = (background: SvgOptions['background']) => {
      const { root } = picture(hubDesign(), { background });
      const site = groupsWith(root, 'data-id').find((g) => g.attrs['data-id'] === 'site')!;
      return {
        background: layer(root, 'background')[0]?.attrs.fill,
        nodeFill: findAll(site, (e) => e.name === 'rect')[0]!.attrs.fill,
        border: findAll(site, (e) => e.name === 'rect')[0]!.attrs.stroke,
        name: findAll(site, (e) => e.name === 'text')[0]!.attrs.fill,
      };
    };
    expect(colours('white')).toEqual({ background: '#ffffff', nodeFill: '#ffffff', border: '#d9dde3', name: '#1d232b' });
    expect(colours('dark')).toEqual({ background: '#111418', nodeFill: '#1f242c', border: '#343b46', name: '#e6e9ee' });
    expect(colours('transparent')).toEqual({ background: undefined, nodeFill: '#ffffff', border: '#d9dde3', name: '#1d232b' });
  });

  it('writes names with HTML or script in them as text, never as markup', () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    const doc = designOf(
      title,
      [
        { id: 'v"1', kind: 'vnet', x: 0, y: 0, name: '<b onmouseover="alert(1)">&amp;</b>' },
        { id: 's', kind: 'onPremSite', x: 600, y: 0, name: '<img src=x>' },
        { id: 'd', kind: 'vpnDevice', x: 600, y: 200, name: 'ctrl\u0001char' },
      ],
      [{ id: 'l', kind: 'lastMile', source: 's', target: 'd', name: '</g><script>' }],
    );
    const { svg, root } = picture(doc, { ...WHITE, title: true });
    expect(svg).not.toMatch(/<script|<b |<img|<\/g><script/);
    expect(layer(root, 'title')[0]!.text).toBe(title);
    expect(findAll(root, (e) => e.name === 'title')[0]!.text).toBe(title);
    const groups = groupsWith(root, 'data-id');
    expect(groups[0]!.attrs['data-id']).toBe('v"1');
    expect(texts(groups[0]!)[0]).toBe('<b onmouseover="alert(1)">&amp;</b>');
    expect(texts(groups.find((g) => g.attrs['data-id'] === 's')!)[0]).toBe('<img src=x>');
    expect(texts(groups.find((g) => g.attrs['data-id'] === 'l')!)[0]).toBe('</g><script>');
    expect(texts(groups.find((g) => g.attrs['data-id'] === 'd')!)[0]).toBe('ctrlchar');
  });

  it('draws an empty design as a small picture with the title and "Empty design"', () => {
    const { root, width, height } = picture(designOf('Nothing yet', []), { ...WHITE, title: true, legend: true });
    expect(layer(root, 'title')[0]!.text).toBe('Nothing yet');
    expect(texts(layer(root, 'diagram')[0]!)).toEqual(['Empty design']);
    expect(layer(root, 'legend')).toEqual([]);
    expect(width).toBeLessThan(600);
    expect(height).toBeLessThan(200);
  });

  it('draws a design of 500 elements completely', () => {
    const doc = largeDesign(84);
    doc.elements.splice(500);
    doc.links = doc.links.filter((l) => /-(\d+)$/.test(l.id) && Number(l.id.split('-').pop()) < 83);
    expect(doc.elements).toHaveLength(500);
    const { root, width, height } = picture(doc, { background: 'dark', title: true, legend: true, footer: FOOTER });
    const groups = groupsWith(root, 'data-id');
    expect(groups).toHaveLength(doc.elements.length + doc.links.length);
    expect(new Set(groups.map((g) => g.attrs['data-id'])).size).toBe(groups.length);
    // Ten hubs a row, nine rows: the picture spans the whole grid.
    expect(width).toBeGreaterThan(9 * 1200 + 1040);
    expect(height).toBeGreaterThan(8 * 600 + 320);
  });
});
