// The React Flow view of a scene: its elements and links, each marked down or not, sites that lost
// every VNet flagged, and links on a path in use carrying their traffic. Read-only, so unlike the
// editor's toFlow there is no selection or drag state to keep.
import type { Edge, Node } from '@xyflow/react';
import { ELEMENT_KIND_INFO, elementSize, type TopologyDocument, type TopologyElement, type TopologyLink } from '../../shared/model';
import { facingSides } from '../../shared/presentation/linkSides';
import type { LinkTraffic, Presentation } from './presentation';

export type PresenterNodeData = { element: TopologyElement; down: boolean; lost: boolean };
export type PresenterEdgeData = { link: TopologyLink; down: boolean; traffic?: LinkTraffic };
export type PresenterFlowNode = Node<PresenterNodeData, 'presentElement' | 'presentContainer'>;
export type PresenterFlowEdge = Edge<PresenterEdgeData, 'traffic'>;

export function toPresenterFlow(doc: TopologyDocument, view: Presentation): { nodes: PresenterFlowNode[]; edges: PresenterFlowEdge[] } {
  const { down } = view.whatIf;
  const lost = new Set(view.whatIf.lostSiteIds);
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const depth = (el: TopologyElement) => {
    let d = 0;
    for (let p = el.parentId ? byId.get(el.parentId) : undefined; p && d < 16; p = p.parentId ? byId.get(p.parentId) : undefined) d++;
    return d;
  };
  // React Flow needs every parent before its children.
  const shown = doc.elements
    .filter((e) => view.elementIds.has(e.id))
    .map((el, index) => ({ el, index, depth: depth(el) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index);
  const centres = new Map<string, { x: number; y: number }>();
  const nodes = shown.map(({ el }): PresenterFlowNode => {
    const parent = el.parentId ? centres.get(el.parentId) : undefined;
    const size = elementSize(el);
    const parentSize = el.parentId && byId.get(el.parentId) ? elementSize(byId.get(el.parentId)!) : { width: 0, height: 0 };
    const origin = parent ? { x: parent.x - parentSize.width / 2, y: parent.y - parentSize.height / 2 } : { x: 0, y: 0 };
    centres.set(el.id, { x: origin.x + el.position.x + size.width / 2, y: origin.y + el.position.y + size.height / 2 });
    return {
      id: el.id,
      type: ELEMENT_KIND_INFO[el.kind].container ? 'presentContainer' : 'presentElement',
      position: el.position,
      data: { element: el, down: down.has(el.id), lost: lost.has(el.id) },
      ...(el.parentId && view.elementIds.has(el.parentId) ? { parentId: el.parentId } : {}),
      width: size.width,
      height: size.height,
      draggable: false,
      connectable: false,
      selectable: false,
    };
  });
  const edges = doc.links
    .filter((l) => view.linkIds.has(l.id) && centres.has(l.source) && centres.has(l.target))
    .map((l): PresenterFlowEdge => {
      const [sourceHandle, targetHandle] = facingSides(centres.get(l.source)!, centres.get(l.target)!);
      const traffic = view.traffic.get(l.id);
      return {
        id: l.id,
        type: 'traffic',
        source: l.source,
        target: l.target,
        sourceHandle,
        targetHandle,
        data: traffic ? { link: l, down: down.has(l.id), traffic } : { link: l, down: down.has(l.id) },
        selectable: false,
      };
    });
  return { nodes, edges };
}
