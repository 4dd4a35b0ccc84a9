// Auto-layout: a tidy left-to-right picture of a design (on-premises → connectivity → Azure) from
// ELK's layered algorithm. Only positions and container sizes change; ids, props, links and
// nesting stay exactly as they were, so the design means the same after layout as before.
//
// ELK lays out the whole hierarchy in one run (INCLUDE_CHILDREN), so a tunnel to a gateway inside a
// GatewaySubnet inside a VNet pulls that gateway towards the tunnel's other end. Partitions put the
// top-level elements in the three columns whatever the links say. A large design is laid out in
// batches of groups that no link joins (./batches.ts), put back together column by column in
// bands side by side, as many as bring the picture nearest a screen's shape (./stackBatches.ts).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME, presetById } from '../model/elementCatalog';
import { elementSize } from '../model/geometry';
import type { Size, TopologyDocument, TopologyElement } from '../model/types';
import { batchesOf } from './batches';
import { columnIndex, flowStep } from './columns';
import { nestingTree, type NestingTree } from './nestingTree';
import { spokeVnets } from './spokes';
import { stackBatches } from './stackBatches';

/** The canvas snaps to a 10-unit grid (renderer/canvas/Canvas.tsx); laid-out positions do too. */
export const LAYOUT_GRID = 10;

/**
 * Room inside a container: the header ContainerNode draws (6 px padding around a 16 px icon and
 * a line of 13 px text, about 30 px) plus a margin, so children never cover the container's name.
 */
const CONTAINER_PADDING = { vnet: { top: 50, side: 20 }, subnet: { top: 40, side: 16 } } as const;

/** ELK's spacing, which the batches are put back together with too (./stackBatches.ts). */
const SPACING = {
  nodeNode: 40,
  // Room between columns for the link labels the canvas draws midway along each link.
  betweenLayers: 100,
};

/**
 * The gutter between bands of batches (./stackBatches.ts): three times the room between columns, so
 * a band's edge is never mistaken for a column's (the layout checks tell bands apart by it).
 */
export const BAND_GUTTER = 3 * SPACING.betweenLayers;

/** The room between columns, as ELK and the stacking of batches leave it. */
export const COLUMN_GAP = SPACING.betweenLayers;

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.partitioning.activate': 'true',
  // ELK's components laid out apart would each have their own columns; large designs are split
  // into batches instead (./batches.ts), whose columns are lined up afterwards.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(SPACING.nodeNode),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/**
 * What lays ELK graphs out, each on its own and in order: ELK itself here, or ELK in a web worker
 * (renderer/layout/elkWorker.ts).
 */
export interface LayoutEngine {
  layout(graphs: readonly ElkNode[]): Promise<ElkNode[]>;
}

let inThread: LayoutEngine | undefined;

function inThreadEngine(): LayoutEngine {
  const elk = new ELK();
  return {
    async layout(graphs) {
      const laidOut: ElkNode[] = [];
      for (const graph of graphs) laidOut.push(await elk.layout(graph));
      return laidOut;
    },
  };
}

/**
 * A copy of `doc` laid out left to right; only positions and container sizes differ. `engine`:
 * ELK in this thread by default (the command-line tool, the tests).
 */
export async function autoLayout(doc: TopologyDocument, engine: LayoutEngine = (inThread ??= inThreadEngine())): Promise<TopologyDocument> {
  if (doc.elements.length === 0) return doc;
  const tree = nestingTree(doc);
  const { graph, partitionOf } = toElkGraph(doc, tree);
  const laidOut = await engine.layout(batchesOf(graph, tree));
  // Twice the node spacing between batches, so each batch reads as a group, and a wide gutter
  // between bands, so each band reads as a picture of its own.
  if (laidOut.length > 1)
    stackBatches(laidOut, partitionOf, { betweenColumns: SPACING.betweenLayers, betweenBatches: 2 * SPACING.nodeNode, betweenBands: BAND_GUTTER });
  const placed = new Map<string, ElkNode>();
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placed.set(child.id, child);
      collect(child);
    }
  };
  laidOut.forEach(collect);
  return applyLayout(doc, tree, placed);
}

function toElkGraph(doc: TopologyDocument, tree: NestingTree): { graph: ElkNode; partitionOf: (id: string) => number } {
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  // The three columns, with spokes in a fourth, right of the hubs, inside the Azure column.
  const spokes = spokeVnets(doc, tree);
  const partitionOf = (id: string) => columnIndex(byId.get(id)!.kind) + (spokes.has(id) ? 1 : 0);
  const toNode = (id: string): ElkNode => {
    const el = byId.get(id)!;
    const kids = tree.children.get(id) ?? [];
    const node: ElkNode = { id: el.id, layoutOptions: {} };
    if (!tree.parent.has(id)) node.layoutOptions!['elk.partitioning.partition'] = String(partitionOf(id));
    if (kids.length === 0 && !isContainer(el)) {
      const size = elementSize(el);
      node.width = size.width;
      node.height = size.height;
      return node;
    }
    const floor = minimumSize(el, kids.length > 0);
    const padding = paddingOf(el);
    Object.assign(node.layoutOptions!, {
      'elk.padding': `[top=${padding.top},left=${padding.side},bottom=${padding.side},right=${padding.side}]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${floor.width}, ${floor.height})`,
    });
    node.width = floor.width;
    node.height = floor.height;
    node.children = kids.map(toNode);
    node.edges = [];
    return node;
  };
  const root: ElkNode = { id: '__root__', layoutOptions: ROOT_OPTIONS, children: tree.roots.map(toNode), edges: [] };
  placeEdges(doc, tree, partitionOf, root);
  return { graph: root, partitionOf };
}

/**
 * ELK wants each edge in the lowest common ancestor of its ends. Links run from the earlier column
 * and step of the flow to the later one, whichever way the user drew them, so the layers follow the
 * traffic. Links between two of a kind in one column (spoke-to-spoke peering, Global Reach) are left
 * out: they would chain layers one after another, and a vertical line shows them just as well.
 */
function placeEdges(doc: TopologyDocument, tree: NestingTree, partitionOf: (id: string) => number, root: ElkNode): void {
  const nodes = new Map<string, ElkNode>();
  const index = (node: ElkNode) => {
    nodes.set(node.id, node);
    node.children?.forEach(index);
  };
  index(root);
  const kindOf = new Map(doc.elements.map((e) => [e.id, e.kind]));
  const order = (id: string) => partitionOf(tree.topOf(id)) * 100 + flowStep(kindOf.get(id)!);
  for (const link of doc.links) {
    if (!kindOf.has(link.source) || !kindOf.has(link.target)) continue;
    const [a, b] = [order(link.source), order(link.target)];
    if (a === b) continue;
    const [source, target] = a < b ? [link.source, link.target] : [link.target, link.source];
    const edge: ElkExtendedEdge = { id: link.id, sources: [source], targets: [target] };
    const container = tree.commonAncestor(source, target);
    const holder = container === undefined ? root : nodes.get(container)!;
    (holder.edges ??= []).push(edge);
  }
}

function applyLayout(doc: TopologyDocument, tree: NestingTree, placed: ReadonlyMap<string, ElkNode>): TopologyDocument {
  const snap = (n: number) => Math.round(n / LAYOUT_GRID) * LAYOUT_GRID;
  const snapUp = (n: number) => Math.ceil(n / LAYOUT_GRID) * LAYOUT_GRID;
  const elements = doc.elements.map((el) => {
    const node = placed.get(el.id)!;
    const position = { x: snap(node.x ?? 0), y: snap(node.y ?? 0) };
    if (!isContainer(el) && !tree.children.has(el.id)) return { ...el, position };
    return { ...el, position, size: { width: snapUp(node.width ?? 0), height: snapUp(node.height ?? 0) } };
  });
  return { ...doc, elements };
}

function isContainer(el: TopologyElement): boolean {
  return ELEMENT_KIND_INFO[el.kind].container !== undefined;
}

/**
 * The smallest a container may be drawn: an empty one keeps the size the palette gives its kind
 * (room to drop things in; a GatewaySubnet is wider than other subnets), one with children fits
 * them but never goes below the kind's minimum, the least the canvas lets a user resize it to.
 */
function minimumSize(el: TopologyElement, hasChildren: boolean): Size {
  const info = ELEMENT_KIND_INFO[el.kind].container;
  if (!info) return elementSize(el);
  if (hasChildren) return info.minSize;
  const preset = el.kind === 'subnet' && el.name === GATEWAY_SUBNET_NAME ? presetById('gatewaySubnet')?.size : undefined;
  return preset ?? info.defaultSize;
}

function paddingOf(el: TopologyElement): { top: number; side: number } {
  return el.kind === 'subnet' ? CONTAINER_PADDING.subnet : CONTAINER_PADDING.vnet;
}
