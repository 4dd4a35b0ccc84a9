// Display names by id. Panels list hundreds of rows, each subscribed to the store; a linear search
// of the document in each row's selector ran on every store update — every drag frame — and was the
// designer's largest cost while dragging in a large design. Looked up through the document's id
// indexes, which an edit that keeps every id in its place hands on: a map of every name, made per
// document, was about 2.5 ms of each keystroke typed into the inspector at 10,000 elements.
import type { TopologyDocument } from '../../shared/model';
import { elementIn, linkIn } from './idIndex';

/** The element's name, else the link's name, else the id itself (an unnamed or unknown item). */
export function nameOf(doc: TopologyDocument, id: string): string {
  return elementIn(doc.elements, id)?.name || linkIn(doc.links, id)?.name || id;
}
