// The baseline of the canvas benchmark: React Flow with its default node and edge types and the
// textbook controlled-state wiring (applyNodeChanges), showing the nodes and edges the designer
// would show for the same file — positions, parents and sizes come from the designer's own toFlow —
// and nothing else: no store, no validation, no estimates, no custom nodes, no minimap.
import { useCallback, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { TopologyDocument } from '../../shared/model';
import { toFlow } from '../../renderer/canvas/toFlow';
import { elementIn } from '../../renderer/store/idIndex';

function bareFlow(doc: TopologyDocument): { nodes: Node[]; edges: Edge[] } {
  const { nodes, edges } = toFlow(doc, new Set(), new Map());
  return {
    nodes: nodes.map(({ id, position, parentId, extent, width, height }) => {
      const el = elementIn(doc.elements, id)!;
      return { id, position, width, height, data: { label: el.name || el.kind }, ...(parentId ? { parentId, extent } : {}) };
    }),
    edges: edges.map(({ id, source, target }) => ({ id, source, target })),
  };
}

function Bare() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const flow = useReactFlow();
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  const onOpen = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      if (!file) return;
      const { document } = JSON.parse(await file.text()) as { document: TopologyDocument };
      const flowed = bareFlow(document);
      setNodes(flowed.nodes);
      setEdges(flowed.edges);
      // As the designer does after opening a file.
      requestAnimationFrame(() => void flow.fitView({ padding: 0.08, duration: 200, maxZoom: 1.2 }));
    },
    [flow],
  );
  return (
    <>
      <input id="open" type="file" data-testid="bare-open" onChange={onOpen} />
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} snapToGrid snapGrid={[10, 10]} minZoom={0.1} maxZoom={2.5} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
