// The React Flow view of the document. Nodes and edges are made from the document on every
// change, but each one keeps its object identity while its place, size, parent, selection and drag
// position are unchanged, so React Flow re-renders only what moved (xyflow #4983: identities matter).
import type { Edge, Node } from '@xyflow/react';
import {
  absoluteRects,
  ELEMENT_KIND_INFO,
  elementSize,
  type Point,
  type Rect,
  type TopologyDocument,
  type TopologyElement,
  type TopologyLink,
} from '../../shared/model';
import { facingSides, type Side } from '../../shared/presentation/linkSides';
import { sideHandles } from './handleGeometry';
import { elementIn, elementIndex, linkIndex } from '../store/idIndex';

// Badges (the most severe finding of each element and link) are not in the data: each node and edge
// reads its own (useBadge in renderer/issues/findings.ts), so findings change no node object. Nor
// are the elements and links: each node and edge reads its own by id (documentItems.ts), so an edit
// of what an element says changes no node object either.
/**
 * `alone`: the node is the only one selected. Its resize frame and live handles show then only: with
 * a thousand elements selected (Control+A), mounting a resizer and four handles on each made two
 * long tasks, of 171 and 151 ms.
 */
export type ElementNodeData = { alone?: true };
export type LinkEdgeData = Record<string, never>;
export type ElementFlowNode = Node<ElementNodeData, 'element' | 'container'>;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

/** What a node object is made of, besides its id. */
interface CachedNode {
  kind: TopologyElement['kind'];
  parentId: string | undefined;
  width: number;
  height: number;
  selected: boolean;
  alone: boolean;
  x: number;
  y: number;
  node: ElementFlowNode;
}
interface CachedEdge {
  source: string;
  target: string;
  selected: boolean;
  sourceHandle: Side;
  targetHandle: Side;
  edge: LinkFlowEdge;
}

// By id, not by element or link object: an edit makes a new object for what it changed, and the
// node or edge stays the same object unless what it is made of changed.
const nodeCache = new Map<string, CachedNode>();
const edgeCache = new Map<string, CachedEdge>();

function depthOf(el: TopologyElement, elements: readonly TopologyElement[]): number {
  let depth = 0;
  let parent = el.parentId ? elementIn(elements, el.parentId) : undefined;
  while (parent && depth < 16) {
    depth++;
    parent = parent.parentId ? elementIn(elements, parent.parentId) : undefined;
  }
  return depth;
}

const sizeOf = elementSize;
const NO_HANDLES: [] = [];
const PLAIN: ElementNodeData = {};
const ALONE: ElementNodeData = { alone: true };

function toNode(el: TopologyElement, selected: boolean, alone: boolean, position: Point): ElementFlowNode {
  const size = sizeOf(el);
  const cached = nodeCache.get(el.id);
  if (
    cached &&
    cached.kind === el.kind &&
    cached.parentId === el.parentId &&
    cached.width === size.width &&
    cached.height === size.height &&
    cached.selected === selected &&
    cached.alone === alone &&
    cached.x === position.x &&
    cached.y === position.y
  ) {
    return cached.node;
  }
  const container = ELEMENT_KIND_INFO[el.kind].container !== undefined;
  const node: ElementFlowNode = {
    id: el.id,
    type: container ? 'container' : 'element',
    position,
    data: alone ? ALONE : PLAIN,
    selected,
    ...(el.parentId ? { parentId: el.parentId, extent: 'parent' as const } : {}),
    // Explicit sizes for every node: the minimap, fitView and edge routing are right from the
    // first frame. `measured` says the same to React Flow: a node object without it counts as new,
    // so React Flow drops its handle positions and re-measures it. Every drag frame makes a new
    // object for the dragged node, and each re-measure repositioned every node of the design.
    width: size.width,
    height: size.height,
    measured: size,
    // Where edges attach: React Flow needs no mounted Handle to draw them (handleGeometry.ts).
    // Subnets have none (links end on their VNet or on what they hold), but say so: React Flow
    // renders a node whose handles it does not know yet even when it is off screen.
    handles: el.kind === 'subnet' ? NO_HANDLES : sideHandles(size, container),
  };
  nodeCache.set(el.id, { kind: el.kind, parentId: el.parentId, width: size.width, height: size.height, selected, alone, x: position.x, y: position.y, node });
  return node;
}

function toEdge(link: TopologyLink, selected: boolean, sourceHandle: Side, targetHandle: Side): LinkFlowEdge {
  const cached = edgeCache.get(link.id);
  if (
    cached &&
    cached.source === link.source &&
    cached.target === link.target &&
    cached.selected === selected &&
    cached.sourceHandle === sourceHandle &&
    cached.targetHandle === targetHandle
  ) {
    return cached.edge;
  }
  const edge: LinkFlowEdge = { id: link.id, type: 'link', source: link.source, target: link.target, sourceHandle, targetHandle, selected };
  edgeCache.set(link.id, { source: link.source, target: link.target, selected, sourceHandle, targetHandle, edge });
  return edge;
}

/** Drops what the caches hold for ids no longer in the document, once they hold many more. */
function prune<T>(cache: Map<string, T>, present: ReadonlyMap<string, number>): void {
  if (cache.size <= present.size + 256) return;
  for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
}

interface Layout {
  /** Parent first, as React Flow needs every parent before its children. */
  ordered: TopologyElement[];
  /** Where each of `ordered` is in the document's elements. */
  order: number[];
  /** The links whose two ends are in the document. */
  links: TopologyLink[];
}

// The parent-first order and the links drawn depend on the document only, not on selection or drag
// positions: worked out once per document, not on every drag frame. An edit that leaves every
// element where it was and the links as they were (a rename, a property) keeps the order.
const layouts = new WeakMap<TopologyDocument, Layout>();

function layoutOf(doc: TopologyDocument, rects: Rects, previous: Previous | undefined): Layout {
  let layout = layouts.get(doc);
  if (layout) return layout;
  const { elements } = doc;
  const index = elementIndex(elements);
  // The same rectangles: every element where it was, of the same kind, parent and size, in order.
  if (previous && previous.rects === rects) {
    const { order } = previous.layout;
    const links = doc.links === previous.doc.links ? previous.layout.links : doc.links.filter((l) => index.has(l.source) && index.has(l.target));
    layout = { ordered: order.map((at) => elements[at]!), order, links };
  } else {
    const order = elements
      .map((el, at) => ({ at, depth: el.parentId ? depthOf(el, elements) : 0 }))
      .sort((a, b) => a.depth - b.depth || a.at - b.at)
      .map(({ at }) => at);
    const links = doc.links.filter((l) => index.has(l.source) && index.has(l.target));
    layout = { ordered: order.map((at) => elements[at]!), order, links };
    prune(nodeCache, index);
    prune(edgeCache, linkIndex(doc.links));
  }
  layouts.set(doc, layout);
  return layout;
}

type Rects = ReadonlyMap<string, Readonly<Rect>>;

/** What toFlow handed React Flow last time, and from what. */
interface Previous {
  doc: TopologyDocument;
  rects: Rects;
  layout: Layout;
  selectedIds: ReadonlySet<string>;
  dragPositions: ReadonlyMap<string, Point>;
  nodes: ElementFlowNode[];
  edges: LinkFlowEdge[];
}

// React Flow adopts every node again whenever the nodes array changes, and rebuilds its connection
// lookup over every edge whenever the edges array changes (about 25 ms at 10,000 elements): when
// nothing a node or an edge is made of changed (a rename, a property typed in the inspector, a drag
// frame that turns no link) the previous array is handed back instead of an equal new one. Compared
// whatever document they came from: an edit makes a new document, not always new nodes or edges.
let last: Previous | undefined;

function sameItems<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function toFlow(
  doc: TopologyDocument,
  selectedIds: ReadonlySet<string>,
  dragPositions: ReadonlyMap<string, Point>,
): { nodes: ElementFlowNode[]; edges: LinkFlowEdge[] } {
  const rects = absoluteRects(doc);
  const previous = last;
  const layout = layoutOf(doc, rects, previous);
  // Nothing a node is made of changed: no element moved, resized or changed parent, the selection
  // and the drag are the same.
  const sameNodes = previous !== undefined && previous.rects === rects && previous.selectedIds === selectedIds && previous.dragPositions === dragPositions;
  let nodes: ElementFlowNode[];
  if (sameNodes) nodes = previous.nodes;
  else {
    const single = selectedIds.size === 1;
    nodes = layout.ordered.map((el) => {
      const selected = selectedIds.has(el.id);
      return toNode(el, selected, selected && single, dragPositions.get(el.id) ?? el.position);
    });
    if (sameItems(nodes, previous?.nodes)) nodes = previous!.nodes;
  }

  let edges: LinkFlowEdge[];
  if (sameNodes && previous.layout.links === layout.links) edges = previous.edges;
  else {
    const centreOf = centresIn(doc.elements, rects, dragPositions);
    edges = layout.links.map((l) => {
      const [s, t] = facingSides(centreOf(l.source), centreOf(l.target));
      return toEdge(l, selectedIds.has(l.id), s, t);
    });
    if (sameItems(edges, previous?.edges)) edges = previous!.edges;
  }
  last = { doc, rects, layout, selectedIds, dragPositions, nodes, edges };
  return { nodes, edges };
}

const ORIGIN: Point = { x: 0, y: 0 };

/**
 * Centres of elements: from the document's rectangles, moved by how far the element, or what holds
 * it, has been dragged from where the document has it.
 */
function centresIn(elements: readonly TopologyElement[], rects: Rects, dragPositions: ReadonlyMap<string, Point>): (id: string) => Point {
  return (id) => {
    const r = rects.get(id);
    if (!r) return ORIGIN;
    let x = r.x + r.width / 2;
    let y = r.y + r.height / 2;
    if (dragPositions.size === 0) return { x, y };
    for (let el = elementIn(elements, id), depth = 0; el && depth < 16; el = el.parentId ? elementIn(elements, el.parentId) : undefined, depth++) {
      const dragged = dragPositions.get(el.id);
      if (dragged) {
        x += dragged.x - el.position.x;
        y += dragged.y - el.position.y;
      }
    }
    return { x, y };
  };
}
