// The design as an uncompressed draw.io (diagrams.net) file, so it can be reworked in a general
// drawing tool: one vertex per element, one edge per link, in the canvas's colours. VNets and
// subnets are draw.io containers (style container=1) and their children are nested cells whose
// geometry is relative to the parent, as draw.io stores groups; links are edges between the
// element cells, so they stay attached when shapes are moved in draw.io.
import { APP_NAME } from '../format/constants';
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME } from '../model/elementCatalog';
import { absoluteRects, type Rect } from '../model/geometry';
import type { TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import { ELEMENT_COLORS, GATEWAY_SUBNET_COLOR, LINK_STYLES } from '../presentation/kindStyles';
import { mixColor } from './color';
import { escapeXml, num } from './xml';

const TEXT = '#1d232b';
const WHITE = '#ffffff';
/** Cell ids draw.io reserves for the root cell and the default layer. */
const RESERVED_IDS = ['0', '1'];
const LAYER = '1';

type Style = Record<string, string | number>;

const styleText = (style: Style) => `${Object.entries(style).map(([k, v]) => `${k}=${v}`).join(';')};`;

/** Containers carry their name at the top left, like the canvas's header, leaving room for children. */
const HEADER: Style = { verticalAlign: 'top', align: 'left', spacingLeft: 8, spacingTop: 2, fontStyle: 1 };

const styleCache = new Map<string, string>();

/** Styles depend on the kind alone (and GatewaySubnet's name), so each is built once. */
function cachedStyle(key: string, build: () => Style): string {
  let text = styleCache.get(key);
  if (text === undefined) {
    text = styleText(build());
    styleCache.set(key, text);
  }
  return text;
}

function vertexStyle(el: TopologyElement): Style {
  const base: Style = { rounded: 1, whiteSpace: 'wrap', html: 0, absoluteArcSize: 1, fontColor: TEXT };
  if (el.kind === 'vnet') {
    const color = ELEMENT_COLORS.vnet;
    return { ...base, arcSize: 20, container: 1, collapsible: 0, fillColor: mixColor(color, 0.06, WHITE), strokeColor: color, ...HEADER };
  }
  if (el.kind === 'subnet') {
    const color = el.name === GATEWAY_SUBNET_NAME ? GATEWAY_SUBNET_COLOR : ELEMENT_COLORS.subnet;
    const share = el.name === GATEWAY_SUBNET_NAME ? 0.07 : 0.08;
    return { ...base, arcSize: 12, container: 1, collapsible: 0, dashed: 1, fillColor: mixColor(color, share, WHITE), strokeColor: color, ...HEADER };
  }
  const color = ELEMENT_COLORS[el.kind];
  return { ...base, arcSize: 16, fillColor: mixColor(color, 0.12, WHITE), strokeColor: color, strokeWidth: 2 };
}

function edgeStyle(link: TopologyLink): Style {
  const style = LINK_STYLES[link.kind];
  return {
    endArrow: 'none',
    startArrow: 'none',
    html: 0,
    rounded: 0,
    strokeColor: style.color,
    strokeWidth: style.width,
    // fixDash: the pattern is in px, as in the canvas's stroke-dasharray, not scaled by the width.
    ...(style.dash ? { dashed: 1, dashPattern: style.dash, fixDash: 1 } : {}),
    fontColor: style.color,
    fontSize: 10,
    fontStyle: 1,
    labelBackgroundColor: WHITE,
  };
}

/**
 * The parent an element is nested under in the file: its parentId when that element exists and
 * the chain of parents ends (a cycle, possible only in a document that skipped the loader, would
 * make draw.io loop).
 */
function nestingParents(doc: TopologyDocument): Map<string, string> {
  const parentOf = new Map(doc.elements.map((e) => [e.id, e.parentId]));
  const nested = new Map<string, string>();
  for (const el of doc.elements) {
    if (el.parentId === undefined || !parentOf.has(el.parentId)) continue;
    const seen = new Set([el.id]);
    let at: string | undefined = el.parentId;
    while (at !== undefined && parentOf.has(at) && !seen.has(at)) {
      seen.add(at);
      at = parentOf.get(at);
    }
    if (at === undefined || !parentOf.has(at)) nested.set(el.id, el.parentId);
  }
  return nested;
}

function depthIn(id: string, nested: Map<string, string>): number {
  let depth = 0;
  for (let at = nested.get(id); at !== undefined; at = nested.get(at)) depth++;
  return depth;
}

/** Element and link ids become cell ids, made unique where they clash with each other or draw.io's own. */
function cellIds(doc: TopologyDocument): { elements: string[]; byElementId: Map<string, string>; links: string[] } {
  const taken = new Set(RESERVED_IDS);
  const claim = (id: string) => {
    let cell = id;
    for (let n = 2; taken.has(cell); n++) cell = `${id}-${n}`;
    taken.add(cell);
    return cell;
  };
  const elements = doc.elements.map((el) => claim(el.id));
  const byElementId = new Map<string, string>();
  doc.elements.forEach((el, index) => {
    if (!byElementId.has(el.id)) byElementId.set(el.id, elements[index]!);
  });
  return { elements, byElementId, links: doc.links.map((l) => claim(l.id)) };
}

const geometry = (r: Rect) =>
  `<mxGeometry x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" as="geometry"/>`;

export function toDrawio(doc: TopologyDocument): string {
  const rects = absoluteRects(doc);
  const nested = nestingParents(doc);
  const ids = cellIds(doc);
  let maxX = 0;
  let maxY = 0;
  for (const r of rects.values()) {
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  const out: string[] = [
    `<mxfile host="${APP_NAME}" agent="${APP_NAME}" type="device">`,
    `  <diagram name="${escapeXml(doc.title)}" id="topology">`,
    `    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${Math.ceil(Math.max(maxX, 850))}" pageHeight="${Math.ceil(Math.max(maxY, 1100))}" math="0" shadow="0">`,
    '      <root>',
    '        <mxCell id="0"/>',
    `        <mxCell id="${LAYER}" parent="0"/>`,
  ];
  // draw.io reads parents before their children.
  const ordered = doc.elements
    .map((el, index) => ({ el, index, depth: depthIn(el.id, nested) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index);
  for (const { el, index } of ordered) {
    const parentId = nested.get(el.id);
    const rect = rects.get(el.id)!;
    const box = parentId === undefined ? rect : { ...rect, x: el.position.x, y: el.position.y };
    const parentCell = parentId === undefined ? LAYER : ids.byElementId.get(parentId)!;
    out.push(
      `        <mxCell id="${escapeXml(ids.elements[index]!)}" value="${escapeXml(el.name || ELEMENT_KIND_INFO[el.kind].label)}" style="${cachedStyle(el.kind === 'subnet' && el.name === GATEWAY_SUBNET_NAME ? 'gatewaySubnet' : el.kind, () => vertexStyle(el))}" vertex="1" parent="${escapeXml(parentCell)}">`,
      `          ${geometry(box)}`,
      '        </mxCell>',
    );
  }
  doc.links.forEach((link, index) => {
    const source = ids.byElementId.get(link.source);
    const target = ids.byElementId.get(link.target);
    if (source === undefined || target === undefined) return;
    out.push(
      `        <mxCell id="${escapeXml(ids.links[index]!)}" value="${escapeXml(link.name || LINK_STYLES[link.kind].tag)}" style="${cachedStyle(`link:${link.kind}`, () => edgeStyle(link))}" edge="1" parent="${LAYER}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      '          <mxGeometry relative="1" as="geometry"/>',
      '        </mxCell>',
    );
  });
  out.push('      </root>', '    </mxGraphModel>', '  </diagram>', '</mxfile>', '');
  return out.join('\n');
}
