// What a laid-out design must satisfy, as lists of readable problems (empty when all is well), so a
// failing test names the elements at fault.
import { absoluteRects, type Rect } from '../../model/geometry';
import type { TopologyDocument } from '../../model/types';
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

/** Elements that are not wholly left of every element of a later column. */
export function columnsOutOfOrder(doc: TopologyDocument): string[] {
  const rects = absoluteRects(doc);
  const problems: string[] = [];
  for (const a of doc.elements) {
    for (const b of doc.elements) {
      if (columnIndex(a.kind) >= columnIndex(b.kind)) continue;
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
