// The whole design as a standalone SVG 1.1 picture, drawn from the document model rather than by
// cloning the canvas DOM: large designs export quickly, whatever the viewport shows, and the CLI
// exports without a browser (shared/reference/stack-pitfalls.md, "Image export"). The app
// rasterises this SVG for PNG and the clipboard (renderer/export/rasterise.ts).
//
// Drawing order follows the canvas: containers (parents before children), then links, then plain
// elements. Every element and link is a group with data-id and data-kind. The picture is built as
// an array of strings joined once, so it is linear in the size of the design.
import { ELEMENT_KIND_INFO } from '../model/elementCatalog';
import type { ElementKind } from '../model/enums';
import { absoluteRects, unionOfRects, type Rect } from '../model/geometry';
import type { TopologyDocument, TopologyElement } from '../model/types';
import { iconSymbols, renderContainer, renderNode } from './svgElements';
import { footerText, layoutLegend, type SvgFooter } from './svgLegend';
import { linkBounds, linkCurve, linkLabel, renderLink, type LinkCurve } from './svgLinks';
import { fitText, textWidth, type TextStyle } from './svgText';
import { themeFor, type SvgBackground, type SvgTheme } from './svgTheme';
import { escapeXml, num } from './xml';

export type { SvgBackground } from './svgTheme';
export type { SvgFooter } from './svgLegend';

export interface SvgOptions {
  background: SvgBackground;
  /** The document title above the design. */
  title?: boolean;
  /** The element and link kinds the design uses, below it. */
  legend?: boolean;
  /** A last line with the validation counts and the monthly cost. */
  footer?: SvgFooter | null;
  /** Space around everything, in px (default 24). */
  padding?: number;
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** The canvas's font stack (renderer/styles/app.css --font). */
export const SVG_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const TITLE: TextStyle = { size: 18, bold: true };
const FOOTER: TextStyle = { size: 11 };
const TITLE_HEIGHT = 40;
const LEGEND_GAP = 24;
const FOOTER_GAP = 18;
const FOOTER_HEIGHT = 14;
/** The placeholder drawn for a design without elements. */
const EMPTY = { width: 240, height: 48 } as const;
/** Legends and titles wrap or cut at the diagram's width, but never narrower than this. */
const MIN_TEXT_WIDTH = 480;

interface DrawnLink {
  index: number;
  curve: LinkCurve;
  label: string;
}

export function renderSvg(doc: TopologyDocument, options: SvgOptions): SvgPicture {
  const theme = themeFor(options.background);
  const padding = options.padding ?? 24;
  const rects = absoluteRects(doc);
  const links: DrawnLink[] = [];
  doc.links.forEach((link, index) => {
    const source = rects.get(link.source);
    const target = rects.get(link.target);
    if (source && target) links.push({ index, curve: linkCurve(source, target), label: linkLabel(link) });
  });
  const bounds = diagramBounds(rects, links) ?? { x: 0, y: 0, ...EMPTY };

  const textRoom = Math.max(bounds.width, MIN_TEXT_WIDTH);
  const title = options.title ? fitText(doc.title, textRoom, TITLE) : null;
  const legend = options.legend ? layoutLegend(doc, theme, textRoom) : null;
  const footer = options.footer ? fitText(footerText(options.footer), textRoom, FOOTER) : null;

  let y = padding + (title === null ? 0 : TITLE_HEIGHT);
  const diagramTop = y;
  y += bounds.height;
  const legendTop = y + LEGEND_GAP;
  if (legend) y = legendTop + legend.height;
  const footerTop = y + FOOTER_GAP;
  if (footer !== null) y = footerTop + FOOTER_HEIGHT;
  const contentWidth = Math.max(
    bounds.width,
    title === null ? 0 : textWidth(title, TITLE),
    legend?.width ?? 0,
    footer === null ? 0 : textWidth(footer, FOOTER),
  );
  const width = Math.ceil(contentWidth + 2 * padding);
  const height = Math.ceil(y + padding);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(doc.title)}</title>`,
    `<defs>${iconSymbols(new Set<ElementKind>(doc.elements.map((e) => e.kind)))}</defs>`,
  ];
  if (theme.background) out.push(`<rect data-layer="background" width="${width}" height="${height}" fill="${theme.background}"/>`);
  if (title !== null) {
    out.push(`<text data-layer="title" x="${padding}" y="${padding + 20}" font-size="${TITLE.size}" font-weight="600" fill="${theme.text}">${escapeXml(title)}</text>`);
  }
  out.push(`<g data-layer="diagram" transform="translate(${num(padding - bounds.x)} ${num(diagramTop - bounds.y)})">`);
  if (doc.elements.length === 0) {
    out.push(`<text x="0" y="${EMPTY.height / 2 + 5}" font-size="14" fill="${theme.muted}">Empty design</text>`);
  } else {
    drawDiagram(out, doc, rects, links, theme);
  }
  out.push('</g>');
  legend?.render(out, padding, legendTop);
  if (footer !== null) {
    out.push(`<text data-layer="footer" x="${padding}" y="${num(footerTop + 11)}" font-size="${FOOTER.size}" fill="${theme.muted}">${escapeXml(footer)}</text>`);
  }
  out.push('</svg>\n');
  return { svg: out.join(''), width, height };
}

function drawDiagram(out: string[], doc: TopologyDocument, rects: ReadonlyMap<string, Rect>, links: readonly DrawnLink[], theme: SvgTheme): void {
  const containers: TopologyElement[] = [];
  const nodes: TopologyElement[] = [];
  for (const el of doc.elements) (ELEMENT_KIND_INFO[el.kind].container ? containers : nodes).push(el);
  for (const el of byDepth(containers, doc)) renderContainer(out, el, rects.get(el.id)!, theme);
  for (const { index, curve, label } of links) renderLink(out, doc.links[index]!, curve, label, theme);
  for (const el of nodes) renderNode(out, el, rects.get(el.id)!, theme);
}

/** Parents before children, document order otherwise (a stable sort on the nesting depth). */
function byDepth(elements: readonly TopologyElement[], doc: TopologyDocument): TopologyElement[] {
  const parentOf = new Map(doc.elements.map((e) => [e.id, e.parentId]));
  const depth = (el: TopologyElement) => {
    let d = 0;
    // The bound stops at a nesting cycle in a document that did not go through the loader.
    for (let parent = el.parentId; parent !== undefined && parentOf.has(parent) && d < 32; parent = parentOf.get(parent)) d++;
    return d;
  };
  return elements
    .map((el) => ({ el, depth: depth(el) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ el }) => el);
}

/** The box holding every element and link, or null for an empty design. */
function diagramBounds(rects: ReadonlyMap<string, Rect>, links: readonly DrawnLink[]): Rect | null {
  if (rects.size === 0) return null;
  return unionOfRects([...rects.values(), ...links.map((link) => linkBounds(link.curve, link.label))]);
}
