// The read-only canvas of presenter mode: the scene's elements and links, fitted to the window on
// every step (animated unless motion is reduced). Nothing can be dragged, connected or deleted;
// clicking an element or link fails it, or restores it.
import { useEffect, useMemo, type MouseEvent } from 'react';
import { Background, BackgroundVariant, ConnectionMode, ReactFlow, useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useAppStore } from '../store/store';
import type { Presentation } from './presentation';
import { presenterEdgeTypes, presenterNodeTypes } from './presenterFlowTypes';
import { toPresenterFlow, type PresenterFlowEdge, type PresenterFlowNode } from './toPresenterFlow';
import { useReducedMotion } from './useReducedMotion';
import { ArrowMarkers } from './trafficMarks';

function onNodeClick(event: MouseEvent, node: PresenterFlowNode): void {
  // A VNet or subnet fails from its title only: a click in its empty area is too easy to make by accident.
  if (node.type === 'presentContainer' && !(event.target as Element).closest('.htd-present-container-header')) return;
  useAppStore.getState().toggleFailed(node.id);
}

function onEdgeClick(_event: MouseEvent, edge: PresenterFlowEdge): void {
  useAppStore.getState().toggleFailed(edge.id);
}

/** Room for the hint above, the figures on the right and the caption below the scene. */
const FIT_PADDING: FitViewOptions['padding'] = { top: '70px', right: '370px', bottom: '130px', left: '40px' };

/** Fits the scene whenever another scene shows or the window changes size (entering full screen). */
function useFitScene(view: Presentation) {
  const flow = useReactFlow<PresenterFlowNode, PresenterFlowEdge>();
  const still = useReducedMotion();
  const sceneKey = `${view.sceneIndex}\n${[...view.elementIds].join('\n')}`;
  useEffect(() => {
    const ids = sceneKey.split('\n').slice(1).map((id) => ({ id }));
    const fit = (duration: number) => void flow.fitView({ nodes: ids, padding: FIT_PADDING, maxZoom: 1.6, duration });
    const frame = requestAnimationFrame(() => fit(still ? 0 : 600));
    const onResize = () => fit(0);
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [flow, sceneKey, still]);
}

export function PresenterCanvas({ view }: { view: Presentation }) {
  const doc = useAppStore((s) => s.doc);
  const { nodes, edges } = useMemo(() => toPresenterFlow(doc, view), [doc, view]);
  useFitScene(view);
  return (
    <div className="htd-present-canvas" data-testid="present-canvas">
      <ArrowMarkers />
      <ReactFlow<PresenterFlowNode, PresenterFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={presenterNodeTypes}
        edgeTypes={presenterEdgeTypes}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        fitView
        fitViewOptions={{ padding: FIT_PADDING }}
        // The editor's handle ids on every side, all of one type: links attach wherever they face.
        connectionMode={ConnectionMode.Loose}
        minZoom={0.05}
        maxZoom={2.5}
        attributionPosition="bottom-left"
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
      </ReactFlow>
    </div>
  );
}
