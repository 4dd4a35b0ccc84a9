// Editing commands: each reads the store, applies one pure operation from shared/model and
// records one undo step. Keyboard, menu, toolbar and canvas events all come through here.
import {
  addElements,
  addLink,
  allIds,
  checkConnection,
  containerAt,
  createElement,
  deleteItems,
  extractItems,
  moveElements,
  nestingParent,
  pasteItems,
  absoluteRects,
  presetById,
  reparentElement,
  updateElement,
  updateLink,
  type Point,
  type Size,
} from '../../shared/model';
import { useAppStore, history } from '../store/store';
import { breakCoalescing } from '../store/history';

const store = () => useAppStore.getState();

const PASTE_STEP = 24;

/** Adds an element from a palette preset at a canvas point, nesting it in the container under the point. */
export function addFromPreset(presetId: string, at: Point): string | null {
  const preset = presetById(presetId);
  if (!preset) return null;
  const { doc } = store();
  const parent = nestingParent(doc, preset.kind, containerAt(doc, at));
  let position = at;
  if (parent) {
    const origin = absoluteRects(doc).get(parent.id)!;
    position = { x: Math.max(10, at.x - origin.x), y: Math.max(32, at.y - origin.y) };
  }
  const element = createElement(preset, position, allIds(doc), parent?.id);
  store().edit((d) => addElements(d, [element]));
  store().select([element.id]);
  return element.id;
}

export function connect(sourceId: string, targetId: string): void {
  const { doc } = store();
  const check = checkConnection(doc, sourceId, targetId);
  if (!check.ok) {
    store().notify('error', check.reason);
    return;
  }
  const before = new Set(doc.links.map((l) => l.id));
  store().edit((d) => addLink(d, sourceId, targetId));
  const added = store().doc.links.find((l) => !before.has(l.id));
  if (added) store().select([added.id]);
}

export function deleteSelection(): void {
  const ids = store().selectedIds;
  if (ids.size === 0) return;
  store().edit((d) => deleteItems(d, ids));
  store().select([]);
}

export function copySelection(): void {
  const { doc, selectedIds } = store();
  const items = extractItems(doc, selectedIds);
  if (items.elements.length === 0) return;
  store().setClipboard(items);
}

export function cutSelection(): void {
  copySelection();
  deleteSelection();
}

export function paste(): void {
  const { clipboard, pasteCount } = store();
  if (!clipboard) return;
  const step = (pasteCount + 1) * PASTE_STEP;
  const result = pasteItems(store().doc, clipboard, { x: step, y: step });
  store().edit(() => result.doc);
  useAppStore.setState({ pasteCount: pasteCount + 1 });
  store().select(result.newIds);
}

export function duplicateSelection(): void {
  const { doc, selectedIds } = store();
  const items = extractItems(doc, selectedIds);
  if (items.elements.length === 0) return;
  const result = pasteItems(doc, items, { x: PASTE_STEP, y: PASTE_STEP });
  store().edit(() => result.doc);
  store().select(result.newIds);
}

export function selectAll(): void {
  const { doc } = store();
  store().select([...doc.elements.map((e) => e.id), ...doc.links.map((l) => l.id)]);
}

export function nudgeSelection(dx: number, dy: number): void {
  const { doc, selectedIds } = store();
  const positions = new Map<string, Point>();
  for (const el of doc.elements) {
    // Children move with their parent, so nudge only the outermost selected elements.
    if (selectedIds.has(el.id) && !(el.parentId && selectedIds.has(el.parentId))) {
      positions.set(el.id, { x: el.position.x + dx, y: el.position.y + dy });
    }
  }
  store().edit((d) => moveElements(d, positions), 'nudge');
}

/** Ends a drag: one undo step for the whole move, and top-level elements dropped on a VNet join it. */
export function commitDrag(positions: ReadonlyMap<string, Point>): void {
  const moved = moveElements(store().doc, positions);
  let next = moved;
  for (const id of positions.keys()) {
    const el = next.elements.find((e) => e.id === id);
    if (!el || el.parentId) continue;
    const rect = absoluteRects(next).get(id)!;
    const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    const parent = nestingParent(next, el.kind, containerAt(next, centre, new Set([id])));
    if (parent) next = reparentElement(next, id, parent.id);
  }
  store().edit(() => next);
}

export function resizeElement(id: string, size: Size, position?: Point): void {
  store().edit((d) => updateElement(d, id, position ? { size, position } : { size }), `resize:${id}`);
}

export function editElement(id: string, patch: Parameters<typeof updateElement>[2], field: string): void {
  store().edit((d) => updateElement(d, id, patch), `element:${id}:${field}`);
}

export function editLink(id: string, patch: Parameters<typeof updateLink>[2], field: string): void {
  store().edit((d) => updateLink(d, id, patch), `link:${id}:${field}`);
}

export function editTitle(title: string): void {
  store().edit((d) => ({ ...d, title }), 'title');
}

export function undo(): void {
  breakCoalescing();
  history().undo();
}

export function redo(): void {
  breakCoalescing();
  history().redo();
}
