// Display names by id, indexed once per document. Panels list hundreds of rows, each subscribed to
// the store; a linear search of the document in each row's selector ran on every store update —
// every drag frame — and was the designer's largest cost while dragging in a large design.
import type { TopologyDocument } from '../../shared/model';

const indexes = new WeakMap<TopologyDocument, Map<string, string>>();

/** The element's name, else the link's name, else the id itself (an unnamed or unknown item). */
export function nameOf(doc: TopologyDocument, id: string): string {
  let names = indexes.get(doc);
  if (!names) {
    names = new Map();
    for (const l of doc.links) if (l.name) names.set(l.id, l.name);
    // Elements win over links, as when elements were searched first.
    for (const e of doc.elements) if (e.name) names.set(e.id, e.name);
    indexes.set(doc, names);
  }
  return names.get(id) || id;
}
