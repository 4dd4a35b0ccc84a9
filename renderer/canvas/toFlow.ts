// The React Flow view of the document. Nodes and edges are rebuilt from the document on every
// change, but each one keeps its object identity while its element, selection and drag position
// are unchanged, so React Flow re-renders only what moved (xyflow #4983: identities matter).
import type { Edge, Node } from '@xyflow/react';
import { ELEMENT_KIND_INFO, elementSize, type Point, type TopologyDocument, type TopologyElement, type TopologyLink } from '../../shared/model';
import { facingSides, type Side } from '../../shared/presentation/linkSides';
import { sideHandles } from './handleGeometry';

// Badges (the most severe finding of each element and link) are not in the data: each node and edge
// reads its own (useBadge in renderer/issues/findings.ts), so findings change no node object.
/**
 * `alone`: the node is the only one selected. Its resize frame and live handles show then only: with
 * a thousand elements selected (Control+A), mounting a resizer and four handles on each made two
 * long tasks, of 171 and 151 ms.
 */
export type ElementNodeData = { element: TopologyElement; alone?: true };
export type LinkEdgeData = { link: TopologyLink };
export type ElementFlowNode = Node<ElementNodeData, 'element' | 'container'>;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

interface CachedNode {
  selected: boolean;
  alone: boolean;
  position: Point;
  node: ElementFlowNode;
}
interface CachedEdge {
  selected: boolean;
  sourceHandle: Side;
  targetHandle: Side;
  edge: LinkFlowEdge;
}

const nodeCache = new WeakMap<TopologyElement, CachedNode>();
const edgeCache = new WeakMap<TopologyLink, CachedEdge>();

function depthOf(el: TopologyElement, byId: Map<string, TopologyElement>): number {
  let depth = 0;
  let parent = el.parentId ? byId.get(el.parentId) : undefined;
  while (parent && depth < 16) {
    depth++;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return depth;
}

const sizeOf = elementSize;
const NO_HANDLES: [] = [];

function toNode(el: TopologyElement, selected: boolean, alone: boolean, position: Point): ElementFlowNode {
  const cached = nodeCache.get(el);
  if (cached && cached.selected === selected && cached.alone === alone && cached.position.x === position.x && cached.position.y === position.y) {
    return cached.node;
  }
  const container = ELEMENT_KIND_INFO[el.kind].container !== undefined;
  const size = sizeOf(el);
  const node: ElementFlowNode = {
    id: el.id,
    type: container ? 'container' : 'element',
    position,
    data: alone ? { element: el, alone } : { element: el },
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
  nodeCache.set(el, { selected, alone, position, node });
  return node;
}


function toEdge(link: TopologyLink, selected: boolean, sourceHandle: Side, targetHandle: Side): LinkFlowEdge {
  const cached = edgeCache.get(link);
  if (cached && cached.selected === selected && cached.sourceHandle === sourceHandle && cached.targetHandle === targetHandle) {
    return cached.edge;
  }
  const edge: LinkFlowEdge = {
    id: link.id,
    type: 'link',
    source: link.source,
    target: link.target,
    sourceHandle,
    targetHandle,
    selected,
    data: { link },
  };
  edgeCache.set(link, { selected, sourceHandle, targetHandle, edge });
  return edge;
}

// The parent-first order and the id index depend on the document only, not on selection or drag
// positions: worked out once per document, not on every drag frame.
const layouts = new WeakMap<TopologyDocument, { byId: Map<string, TopologyElement>; ordered: TopologyElement[]; links: TopologyLink[] }>();

function layoutOf(doc: TopologyDocument): { byId: Map<string, TopologyElement>; ordered: TopologyElement[]; links: TopologyLink[] } {
  let layout = layouts.get(doc);
  if (!layout) {
    const byId = new Map(doc.elements.map((e) => [e.id, e]));
    // React Flow needs every parent before its children.
    const ordered = doc.elements
      .map((el, index) => ({ el, index, depth: el.parentId ? depthOf(el, byId) : 0 }))
      .sort((a, b) => a.depth - b.depth || a.index - b.index)
      .map(({ el }) => el);
    const links = doc.links.filter((l) => byId.has(l.source) && byId.has(l.target));
    layouts.set(doc, (layout = { byId, ordered, links }));
  }
  return layout;
}

// The arrays handed to React Flow last time. React Flow rebuilds its connection lookup over every
// edge whenever the edges array changes (about 25 ms at 10,000 elements): during a drag, and after
// an edit that leaves every link's edge as it was (a rename, a property typed in the inspector),
// the edges all keep their identities, so the previous array is handed back instead of an equal
// new one. Compared whatever document they came from: an edit makes a new document, not always
// new edges.
let lastArrays: { nodes: ElementFlowNode[]; edges: LinkFlowEdge[] } | undefined;

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
  const { byId, ordered, links } = layoutOf(doc);
  const single = selectedIds.size === 1;
  const nodes = ordered.map((el) => {
    const selected = selectedIds.has(el.id);
    return toNode(el, selected, selected && single, dragPositions.get(el.id) ?? el.position);
  });

  const centres = new Map<string, Point>();
  const centreOf = (id: string): Point => {
    const known = centres.get(id);
    if (known) return known;
    const el = byId.get(id);
    if (!el) return { x: 0, y: 0 };
    const own = dragPositions.get(id) ?? el.position;
    const parent = el.parentId ? centreOfTopLeft(el.parentId) : { x: 0, y: 0 };
    const size = sizeOf(el);
    const centre = { x: parent.x + own.x + size.width / 2, y: parent.y + own.y + size.height / 2 };
    centres.set(id, centre);
    return centre;
  };
  const centreOfTopLeft = (id: string): Point => {
    const el = byId.get(id);
    if (!el) return { x: 0, y: 0 };
    const c = centreOf(id);
    const size = sizeOf(el);
    return { x: c.x - size.width / 2, y: c.y - size.height / 2 };
  };

  const edges = links.map((l) => {
    const [s, t] = facingSides(centreOf(l.source), centreOf(l.target));
    return toEdge(l, selectedIds.has(l.id), s, t);
  });
  const last = lastArrays;
  const flow = { nodes: sameItems(nodes, last?.nodes) ? last!.nodes : nodes, edges: sameItems(edges, last?.edges) ? last!.edges : edges };
  lastArrays = flow;
  return flow;
}
