// Canvas geometry on the document itself (no view needed): absolute rectangles and hit tests.
import { ELEMENT_KIND_INFO } from './elementCatalog';
import type { Point, Size, TopologyDocument, TopologyElement } from './types';

/** Size of a plain (non-container) element as the canvas draws it. */
export const DEFAULT_NODE_SIZE: Size = { width: 200, height: 64 };

export function elementSize(el: TopologyElement): Size {
  return el.size ?? ELEMENT_KIND_INFO[el.kind].container?.defaultSize ?? DEFAULT_NODE_SIZE;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding all of `rects`, or null when there are none. */
export function unionOfRects(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Whether every element of `b` stands where `a` had it, as large and of the same kind, in the same
 * order: what the rectangles of a layout, and drawings of them, rest on. A rename or a property
 * typed in the inspector keeps it; a move, a resize, a reparenting or an added element does not.
 */
export function sameGeometry(a: readonly TopologyElement[], b: readonly TopologyElement[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || x.parentId !== y.parentId) return false;
    if (x.position.x !== y.position.x || x.position.y !== y.position.y) return false;
    if (x.size?.width !== y.size?.width || x.size?.height !== y.size?.height) return false;
  }
  return true;
}

// Documents are immutable: the rectangles of one are worked out once, however many views ask (the
// fit before the first frame and the minimap of an opened design, each dragged element on a drop).
// An edit that leaves the layout as it was hands on the previous document's rectangles, and with
// them what views drew from them (the minimap): at 10,000 elements working them out again took
// about 5 ms of every keystroke typed into the inspector.
const rectsByDocument = new WeakMap<TopologyDocument, ReadonlyMap<string, Readonly<Rect>>>();
/** The elements of the document asked about last, and its rectangles. */
let lastElements: readonly TopologyElement[] | undefined;
let lastRects: ReadonlyMap<string, Readonly<Rect>> | undefined;

/**
 * Absolute rectangles of every element, parents resolved once each (memoised per document: read-only;
 * the same map as the last document's while sameGeometry holds).
 */
export function absoluteRects(doc: TopologyDocument): ReadonlyMap<string, Readonly<Rect>> {
  let found = rectsByDocument.get(doc);
  if (!found) {
    found = lastElements && lastRects && sameGeometry(lastElements, doc.elements) ? lastRects : computeAbsoluteRects(doc);
    rectsByDocument.set(doc, found);
  }
  lastElements = doc.elements;
  lastRects = found;
  return found;
}

function computeAbsoluteRects(doc: TopologyDocument): Map<string, Rect> {
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const rects = new Map<string, Rect>();
  const resolve = (el: TopologyElement, guard: number): Rect => {
    const known = rects.get(el.id);
    if (known) return known;
    const parent = el.parentId && guard < 32 ? byId.get(el.parentId) : undefined;
    const origin = parent ? resolve(parent, guard + 1) : { x: 0, y: 0 };
    const rect = { x: origin.x + el.position.x, y: origin.y + el.position.y, ...elementSize(el) };
    rects.set(el.id, rect);
    return rect;
  };
  for (const el of doc.elements) resolve(el, 0);
  return rects;
}

function contains(rect: Rect, p: Point): boolean {
  return p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height;
}

/** The innermost container element under a point, ignoring the given ids (e.g. the dragged ones). */
export function containerAt(doc: TopologyDocument, point: Point, ignore: ReadonlySet<string> = new Set()): TopologyElement | undefined {
  const rects = absoluteRects(doc);
  let best: TopologyElement | undefined;
  let bestArea = Infinity;
  for (const el of doc.elements) {
    if (!ELEMENT_KIND_INFO[el.kind].container || ignore.has(el.id)) continue;
    const rect = rects.get(el.id)!;
    const area = rect.width * rect.height;
    if (contains(rect, point) && area < bestArea) {
      best = el;
      bestArea = area;
    }
  }
  return best;
}
