// Links as the canvas draws them: a cubic bézier from the side of one element that faces the other
// to the facing side of the other, with React Flow's curvature (getBezierPath in @xyflow/system),
// and a pill with the link's name or tag at the curve's midpoint.
import type { Rect } from '../model/geometry';
import type { TopologyLink } from '../model/types';
import { LINK_STYLES } from '../presentation/kindStyles';
import { escapeXml, num } from './xml';
import { fitText, textWidth } from './svgText';
import type { SvgTheme } from './svgTheme';
import { facingSides, type Side } from '../presentation/linkSides';


interface Point {
  x: number;
  y: number;
}

export interface LinkCurve {
  start: Point;
  startControl: Point;
  endControl: Point;
  end: Point;
  /** The point at t = 0.5, where the label sits. */
  middle: Point;
}

/** React Flow's default bézier curvature. */
const CURVATURE = 0.25;
const LABEL = { size: 10.5, bold: true } as const;
const LABEL_MAX_WIDTH = 160;
const PILL_HEIGHT = 16;

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

function sidePoint(r: Rect, side: Side): Point {
  switch (side) {
    case 't':
      return { x: r.x + r.width / 2, y: r.y };
    case 'b':
      return { x: r.x + r.width / 2, y: r.y + r.height };
    case 'l':
      return { x: r.x, y: r.y + r.height / 2 };
    case 'r':
      return { x: r.x + r.width, y: r.y + r.height / 2 };
  }
}

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'l':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y };
    case 'r':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y };
    case 't':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) };
    case 'b':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) };
  }
}

export function linkCurve(source: Rect, target: Rect): LinkCurve {
  const [sourceSide, targetSide] = facingSides(centre(source), centre(target));
  const start = sidePoint(source, sourceSide);
  const end = sidePoint(target, targetSide);
  const startControl = control(sourceSide, start, end);
  const endControl = control(targetSide, end, start);
  const mid = (a: number, b: number, c: number, d: number) => a * 0.125 + b * 0.375 + c * 0.375 + d * 0.125;
  return {
    start,
    startControl,
    endControl,
    end,
    middle: { x: mid(start.x, startControl.x, endControl.x, end.x), y: mid(start.y, startControl.y, endControl.y, end.y) },
  };
}

/** A box holding the whole drawn link: the curve lies inside its control points' hull, plus the label pill. */
export function linkBounds(curve: LinkCurve, label: string): Rect {
  const pill = pillSize(label);
  const xs = [curve.start.x, curve.startControl.x, curve.endControl.x, curve.end.x, curve.middle.x - pill.width / 2, curve.middle.x + pill.width / 2];
  const ys = [curve.start.y, curve.startControl.y, curve.endControl.y, curve.end.y, curve.middle.y - pill.height / 2, curve.middle.y + pill.height / 2];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function linkLabel(link: TopologyLink): string {
  return fitText(link.name || LINK_STYLES[link.kind].tag, LABEL_MAX_WIDTH, LABEL);
}

function pillSize(label: string): { width: number; height: number } {
  return { width: textWidth(label, LABEL) + 14, height: PILL_HEIGHT };
}

/** One link: `<g data-id data-kind>` with the curve and its label pill. */
export function renderLink(out: string[], link: TopologyLink, curve: LinkCurve, label: string, theme: SvgTheme): void {
  const style = LINK_STYLES[link.kind];
  const { start: s, startControl: sc, endControl: ec, end: e, middle: m } = curve;
  const pill = pillSize(label);
  out.push(
    `<g data-id="${escapeXml(link.id)}" data-kind="${link.kind}">`,
    `<path d="M${num(s.x)},${num(s.y)} C${num(sc.x)},${num(sc.y)} ${num(ec.x)},${num(ec.y)} ${num(e.x)},${num(e.y)}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
    `<rect x="${num(m.x - pill.width / 2)}" y="${num(m.y - pill.height / 2)}" width="${num(pill.width)}" height="${pill.height}" rx="8" fill="${theme.panel}" stroke="${style.color}"/>`,
    `<text x="${num(m.x)}" y="${num(m.y + 3.5)}" text-anchor="middle" font-size="${LABEL.size}" font-weight="600" fill="${style.color}">${escapeXml(label)}</text>`,
    '</g>',
  );
}
