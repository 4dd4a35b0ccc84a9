// What a laid-out design must satisfy, as lists of readable problems (empty when all is well), so a
// failing test names the elements at fault.
import { absoluteRects, type Rect } from '../../model/geometry';
import type { TopologyDocument } from '../../model/types';
import { BAND_GUTTER, COLUMN_GAP } from '../autoLayout';
import { columnIndex, LAYOUT_COLUMNS } from '../columns';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function ancestorsOf(doc: TopologyDocument): (id: string) => Set<string> {
  const parentOf = new Map(doc.elements.map((e) => [e.id, e.parentId]));
  return (id) => {
    const chain = new Set<string>();
    for (let p = parentOf.get(id); p !== undefined && !chain.has(p); p = parentOf.get(p)) chain.add(p);
    return chain;
  };
}

/** Pairs of elements, neither inside the other, whose drawn rectangles overlap. */
export function overlaps(doc: TopologyDocument): string[] {
  const rects = absoluteRects(doc);
  const ancestors = ancestorsOf(doc);
  const problems: string[] = [];
  const { elements } = doc;
  for (let i = 0; i < elements.length; i++) {
    for (let j = i + 1; j < elements.length; j++) {
      const a = elements[i]!;
      const b = elements[j]!;
      if (ancestors(a.id).has(b.id) || ancestors(b.id).has(a.id)) continue;
      if (overlap(rects.get(a.id)!, rects.get(b.id)!)) problems.push(`${a.id} overlaps ${b.id}`);
    }
  }
  return problems;
}

/** Children whose rectangle reaches outside their parent's. */
export function childrenOutside(doc: TopologyDocument): string[] {
  const rects = absoluteRects(doc);
  return doc.elements.flatMap((e) => {
    if (!e.parentId) return [];
    const c = rects.get(e.id)!;
    const p = rects.get(e.parentId)!;
    const inside = c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width && c.y + c.height <= p.y + p.height;
    return inside ? [] : [`${e.id} reaches outside ${e.parentId}`];
  });
}

/**
 * The band of each element (./stackBatches.ts): top-level elements whose stretches of x overlap, or
 * lie closer together than halfway from the gap between columns to the gutter between bands, are
 * in one band; a child is in its top-level ancestor's. A design laid out in one piece is one band.
 */
export function bandsOf(doc: TopologyDocument): Map<string, number> {
  const rects = absoluteRects(doc);
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const topOf = (id: string) => {
    let current = byId.get(id)!;
    for (let depth = 0; current.parentId && byId.has(current.parentId) && depth < 16; depth++) current = byId.get(current.parentId)!;
    return current.id;
  };
  const tops = doc.elements.filter((e) => !e.parentId || !byId.has(e.parentId)).map((e) => rects.get(e.id)!);
  const order = tops.map((r, i) => ({ left: r.x, right: r.x + r.width, i })).sort((a, b) => a.left - b.left);
  const apart = (COLUMN_GAP + BAND_GUTTER) / 2;
  const bandOfTop = new Map<number, number>();
  let band = 0;
  let reach = -Infinity;
  for (const { left, right, i } of order) {
    if (reach !== -Infinity && left - reach >= apart) band++;
    reach = Math.max(reach, right);
    bandOfTop.set(i, band);
  }
  const topIndex = new Map(doc.elements.filter((e) => !e.parentId || !byId.has(e.parentId)).map((e, i) => [e.id, i]));
  return new Map(doc.elements.map((e) => [e.id, bandOfTop.get(topIndex.get(topOf(e.id))!)!]));
}

/** Elements that are not wholly left of every element of a later column in their band. */
export function columnsOutOfOrder(doc: TopologyDocument): string[] {
  const rects = absoluteRects(doc);
  const bands = bandsOf(doc);
  const problems: string[] = [];
  for (const a of doc.elements) {
    for (const b of doc.elements) {
      if (columnIndex(a.kind) >= columnIndex(b.kind) || bands.get(a.id) !== bands.get(b.id)) continue;
      const ra = rects.get(a.id)!;
      if (ra.x + ra.width >= rects.get(b.id)!.x) {
        problems.push(`${a.id} (${LAYOUT_COLUMNS[columnIndex(a.kind)]}) is not left of ${b.id} (${LAYOUT_COLUMNS[columnIndex(b.kind)]})`);
      }
    }
  }
  return problems;
}

/** Everything the layout promises about geometry, in one list. */
export function layoutProblems(doc: TopologyDocument): string[] {
  return [...overlaps(doc), ...childrenOutside(doc), ...columnsOutOfOrder(doc)];
}

/** The document with every position and size removed: what layout must leave unchanged. */
export function withoutGeometry(doc: TopologyDocument): unknown {
  return { ...doc, elements: doc.elements.map(({ position: _position, size: _size, ...rest }) => rest) };
}
