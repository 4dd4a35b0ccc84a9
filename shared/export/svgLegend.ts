// The legend (the element and link kinds a design uses, with a swatch or line sample each) and the
// footer line (validation counts and the monthly cost) of an exported picture.
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME } from '../model/elementCatalog';
import { ELEMENT_KINDS, LINK_KINDS, type ElementKind, type LinkKind } from '../model/enums';
import { LINK_KIND_INFO } from '../model/linkKinds';
import type { TopologyDocument } from '../model/types';
import { ELEMENT_COLORS, GATEWAY_SUBNET_COLOR, LINK_STYLES } from '../presentation/kindStyles';
import { icon } from './svgElements';
import { textWidth, type TextStyle } from './svgText';
import type { SvgTheme } from './svgTheme';
import { escapeXml, num } from './xml';

export interface SvgFooter {
  errors: number;
  warnings: number;
  info: number;
  /** The estimate's total, or null when no price of the design is known. */
  monthlyUsd: number | null;
  /** The total leaves out lines whose price is unknown: it is a lower bound. */
  incomplete?: boolean;
}

type LegendKey = ElementKind | LinkKind | 'gatewaySubnet';

interface LegendEntry {
  key: LegendKey;
  group: 'element' | 'link';
  label: string;
  /** Width of the swatch or line sample before the label. */
  sample: number;
  draw(out: string[]): void;
}

export interface Legend {
  width: number;
  height: number;
  render(out: string[], x: number, y: number): void;
}

const LABEL: TextStyle = { size: 11 };
const ROW = 22;
const GAP = 18;

/** The kinds the design uses, in catalogue order: element kinds first, then link kinds. */
function entries(doc: TopologyDocument): LegendEntry[] {
  const elementKinds = new Set(doc.elements.map((e) => e.kind));
  const linkKinds = new Set(doc.links.map((l) => l.kind));
  const hasGatewaySubnet = doc.elements.some((e) => e.kind === 'subnet' && e.name === GATEWAY_SUBNET_NAME);
  const list: LegendEntry[] = [];
  for (const kind of ELEMENT_KINDS) {
    if (!elementKinds.has(kind)) continue;
    list.push({
      key: kind,
      group: 'element',
      label: ELEMENT_KIND_INFO[kind].label,
      sample: 16,
      draw: (out) => out.push(`<rect width="16" height="16" rx="4" fill="${ELEMENT_COLORS[kind]}"/>`, icon(kind, 2, 2, 12, '#ffffff')),
    });
    if (kind === 'subnet' && hasGatewaySubnet) {
      list.push({
        key: 'gatewaySubnet',
        group: 'element',
        label: GATEWAY_SUBNET_NAME,
        sample: 16,
        draw: (out) => out.push(`<rect x="0.75" y="0.75" width="14.5" height="14.5" rx="3" fill="${GATEWAY_SUBNET_COLOR}" fill-opacity="0.15" stroke="${GATEWAY_SUBNET_COLOR}" stroke-width="1.5" stroke-dasharray="3 2"/>`),
      });
    }
  }
  for (const kind of LINK_KINDS) {
    if (!linkKinds.has(kind)) continue;
    const style = LINK_STYLES[kind];
    list.push({
      key: kind,
      group: 'link',
      label: LINK_KIND_INFO[kind].label,
      sample: 32,
      draw: (out) => out.push(`<line x1="0" y1="8" x2="32" y2="8" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`),
    });
  }
  return list;
}

/** Lays the entries out in rows no wider than `maxWidth`; link kinds start on a new row. */
export function layoutLegend(doc: TopologyDocument, theme: SvgTheme, maxWidth: number): Legend | null {
  const list = entries(doc);
  if (list.length === 0) return null;
  const placed: Array<{ entry: LegendEntry; x: number; y: number }> = [];
  let x = 0;
  let y = 0;
  let width = 0;
  let group = list[0]!.group;
  for (const entry of list) {
    const itemWidth = entry.sample + 6 + textWidth(entry.label, LABEL);
    const newRow = x > 0 && (x + itemWidth > maxWidth || entry.group !== group);
    if (newRow) {
      x = 0;
      y += ROW;
    }
    placed.push({ entry, x, y });
    width = Math.max(width, x + itemWidth);
    x += itemWidth + GAP;
    group = entry.group;
  }
  return {
    width,
    height: y + ROW - 6,
    render(out, left, top) {
      out.push(`<g data-layer="legend" transform="translate(${num(left)} ${num(top)})">`);
      for (const { entry, x: ex, y: ey } of placed) {
        out.push(`<g data-legend-kind="${entry.key}" transform="translate(${num(ex)} ${num(ey)})">`);
        entry.draw(out);
        out.push(`<text x="${entry.sample + 6}" y="12" font-size="${LABEL.size}" fill="${theme.text}">${escapeXml(entry.label)}</text></g>`);
      }
      out.push('</g>');
    },
  };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "1,234.50": two decimals and thousands separators, without relying on the host's locale data. */
function usd(value: number): string {
  const [whole, cents] = value.toFixed(2).split('.');
  return `$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** "0 errors · 1 warning · 2 info · $957.83/month (estimate)". */
export function footerText(footer: SvgFooter): string {
  const cost =
    footer.monthlyUsd === null
      ? 'monthly cost unknown'
      : `${usd(footer.monthlyUsd)}/month (${footer.incomplete ? 'estimate, lower bound: some prices unknown' : 'estimate'})`;
  return [plural(footer.errors, 'error'), plural(footer.warnings, 'warning'), `${footer.info} info`, cost].join(' · ');
}
