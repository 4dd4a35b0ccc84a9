// Nodes and edges carry no element or link: each node and edge reads its own from the document by
// id. So an edit of what an element or link says (a name typed into the inspector, a SKU) makes no
// new node or edge object, and React Flow has nothing to adopt again: at 10,000 elements adopting
// every node again was about 6 ms of each keystroke, and with it every visible node's box and every
// child's absolute position worked out anew (docs/performance.md, "Canvas, twenty-fifth round").
import type { TopologyElement, TopologyLink } from '../../shared/model';
import { useAppStore } from '../store/store';
import { elementIn, linkIn } from '../store/idIndex';

/**
 * The element a node draws; undefined for a moment when it has just been deleted (the store tells
 * subscribers before React Flow drops the node).
 */
export function useElement(id: string): TopologyElement | undefined {
  return useAppStore((s) => elementIn(s.doc.elements, id));
}

/** The link an edge draws; undefined for a moment when it has just been deleted. */
export function useLink(id: string): TopologyLink | undefined {
  return useAppStore((s) => linkIn(s.doc.links, id));
}
