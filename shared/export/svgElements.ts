// Elements as the canvas draws them (renderer/canvas/ElementNode.tsx, ContainerNode.tsx and the
// .htd-node / .htd-container rules of renderer/styles/app.css), as SVG groups placed at their
// absolute position. Each group carries data-id and data-kind, like the canvas's data-testid.
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME } from '../model/elementCatalog';
import type { Rect } from '../model/geometry';
import type { ElementKind } from '../model/enums';
import type { TopologyElement } from '../model/types';
import { describeElement } from '../presentation/describeElement';
import { KIND_ICON_PATHS, KIND_ICON_STROKE_WIDTH } from '../presentation/kindIcons';
import { ELEMENT_COLORS, GATEWAY_SUBNET_COLOR } from '../presentation/kindStyles';
import { fitText, textWidth, type TextStyle } from './svgText';
import { mixColor } from './color';
import type { SvgTheme } from './svgTheme';
import { escapeXml, num } from './xml';

const NAME: TextStyle = { size: 13, bold: true };
const KIND: TextStyle = { size: 10.5, bold: true };
const DETAIL: TextStyle = { size: 11 };

/** Node layout (app.css .htd-node): 4 px kind bar, 8 px padding, 36 px icon tile, 10 px gap. */
const TILE = { x: 12, size: 36, icon: 22 } as const;
const TEXT_X = TILE.x + TILE.size + 10;

const iconId = (kind: ElementKind) => `htd-icon-${kind}`;

/** One `<symbol>` per kind drawn; `<use stroke>` colours it (the stroke is inherited). */
export function iconSymbols(kinds: Iterable<ElementKind>): string {
  let out = '';
  for (const kind of kinds) {
    out +=
      `<symbol id="${iconId(kind)}" viewBox="0 0 24 24"><path d="${KIND_ICON_PATHS[kind]}" fill="none" ` +
      `stroke-width="${KIND_ICON_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/></symbol>`;
  }
  return out;
}

export function icon(kind: ElementKind, x: number, y: number, size: number, color: string): string {
  return `<use xlink:href="#${iconId(kind)}" x="${num(x)}" y="${num(y)}" width="${size}" height="${size}" stroke="${color}"/>`;
}

function open(out: string[], el: TopologyElement, r: Rect): void {
  out.push(`<g data-id="${escapeXml(el.id)}" data-kind="${el.kind}" transform="translate(${num(r.x)} ${num(r.y)})">`);
}

/** A plain element: rounded card, kind-coloured left bar, icon tile, name, kind and summary. */
export function renderNode(out: string[], el: TopologyElement, r: Rect, theme: SvgTheme): void {
  const color = ELEMENT_COLORS[el.kind];
  const label = ELEMENT_KIND_INFO[el.kind].label;
  const { width: w, height: h } = r;
  const textWidthAvailable = w - TEXT_X - 10;
  const detail = describeElement(el);
  // The text block is centred vertically, as the flex layout of .htd-node centres it.
  const top = h / 2 - (detail ? 32 : 25);
  open(out, el, r);
  out.push(
    `<rect x="0.5" y="0.5" width="${num(w - 1)}" height="${num(h - 1)}" rx="7.5" fill="${theme.nodeFill}" stroke="${theme.border}"/>`,
    // border-left: 4px on an 8px radius: outer arc r 8, inner arc 4 × 7 (CSS inner radii).
    `<path d="M8 0A8 8 0 0 0 0 8V${num(h - 8)}A8 8 0 0 0 8 ${num(h)}V${num(h - 1)}A4 7 0 0 1 4 ${num(h - 8)}V8A4 7 0 0 1 8 1Z" fill="${color}"/>`,
    `<rect x="${TILE.x}" y="${num((h - TILE.size) / 2)}" width="${TILE.size}" height="${TILE.size}" rx="8" fill="${color}"/>`,
    icon(el.kind, TILE.x + (TILE.size - TILE.icon) / 2, h / 2 - TILE.icon / 2, TILE.icon, '#ffffff'),
    `<text x="${TEXT_X}" y="${num(top + 24)}" font-size="${NAME.size}" font-weight="600" fill="${theme.text}">${escapeXml(fitText(el.name || label, textWidthAvailable, NAME))}</text>`,
    `<text x="${TEXT_X}" y="${num(top + 38)}" font-size="${KIND.size}" font-weight="600" fill="${color}">${escapeXml(fitText(label, textWidthAvailable, KIND))}</text>`,
  );
  if (detail) {
    out.push(`<text x="${TEXT_X}" y="${num(top + 51)}" font-size="${DETAIL.size}" fill="${theme.muted}">${escapeXml(fitText(detail, textWidthAvailable, DETAIL))}</text>`);
  }
  out.push('</g>');
}

/** A VNet or subnet: a tinted area with a header (icon, name, summary); GatewaySubnet in orange. */
export function renderContainer(out: string[], el: TopologyElement, r: Rect, theme: SvgTheme): void {
  const isSubnet = el.kind === 'subnet';
  const isGatewaySubnet = isSubnet && el.name === GATEWAY_SUBNET_NAME;
  const color = isGatewaySubnet ? GATEWAY_SUBNET_COLOR : ELEMENT_COLORS[el.kind];
  const fill = isGatewaySubnet
    ? `fill="${mixColor(GATEWAY_SUBNET_COLOR, 0.07, theme.nodeFill)}"`
    : isSubnet
      ? `fill="${mixColor(color, 0.08, theme.nodeFill)}"`
      : `fill="${color}" fill-opacity="0.06"`;
  const { width: w, height: h } = r;
  const radius = isSubnet ? 6 : 10;
  open(out, el, r);
  out.push(
    `<rect x="0.75" y="0.75" width="${num(Math.max(0, w - 1.5))}" height="${num(Math.max(0, h - 1.5))}" rx="${radius}" ${fill} stroke="${color}" stroke-width="1.5"${isSubnet ? ' stroke-dasharray="6 4"' : ''}/>`,
    icon(el.kind, 8, 6, 16, ELEMENT_COLORS[el.kind]),
  );
  // The header is one line, cut at the right edge: the name first, then the summary.
  const room = w - 30 - 8;
  const name = fitText(el.name || ELEMENT_KIND_INFO[el.kind].label, room, NAME);
  out.push(`<text x="30" y="18.5" font-size="${NAME.size}" font-weight="600" fill="${theme.text}">${escapeXml(name)}</text>`);
  const detailX = 30 + textWidth(name, NAME) + 6;
  const detail = fitText(describeElement(el), w - detailX - 8, DETAIL);
  if (detail) {
    out.push(`<text x="${num(detailX)}" y="18.5" font-size="${DETAIL.size}" fill="${theme.muted}">${escapeXml(detail)}</text>`);
  }
  out.push('</g>');
}
