// Fields React Flow puts on nodes and edges for the current session (selection, drag state,
// measured size). They belong to the view, so they are never saved, and a file that has them
// (hand-edited, or saved by a buggy build) loads without them.

export const ELEMENT_SESSION_FIELDS: readonly string[] = ['selected', 'dragging', 'measured', 'width', 'height'];
export const LINK_SESSION_FIELDS: readonly string[] = ['selected'];

/** The item itself when it has none of the fields, else a shallow copy without them. */
export function withoutFields<T extends object>(item: T, fields: readonly string[]): T {
  if (!fields.some((f) => Object.hasOwn(item, f))) return item;
  const copy = { ...item } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  return copy as T;
}
