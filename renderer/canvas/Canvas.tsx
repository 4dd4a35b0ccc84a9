// The design canvas. React Flow is driven entirely from the document: its change events are
// translated at this edge into document and selection actions (DESIGN.md), and drags stay in
// session state until they end, so a drag is one undo step and never re-validates per frame.
import { useCallback, useEffect, useMemo, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import { checkConnection, type Point } from '../../shared/model';
import { useAppStore } from '../store/store';
import { addFromPreset, commitDrag, connect, resizeElement } from '../commands/editCommands';
import { edgeTypes, nodeTypes } from './flowTypes';
import { setFlowInstance, type FlowInstance } from './flowInstance';
import { toFlow, type ElementFlowNode, type LinkFlowEdge } from './toFlow';
import { ConnectionHint } from './ConnectionHint';
import { LowDetailContext, useZoomedOut } from './levelOfDetail';
import { ConnectingContext } from './SideHandles';
import { DesignMinimap } from './DesignMinimap';
import { dragPositions, endDrag, moveDragged, useDragPositions } from './dragFrames';

export const PRESET_MIME = 'application/x-htd-preset';
const GRID = 10;
// Constant, not written inline: React Flow copies a changed prop into its store, and a new array on
// every render was a store update (and a run of every store subscriber) on every drag frame.
const SNAP_GRID: [number, number] = [GRID, GRID];
const PAN_ON_DRAG = [1, 2];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];

function applySelection(changes: Array<NodeChange<ElementFlowNode> | EdgeChange<LinkFlowEdge>>): void {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return;
  const state = useAppStore.getState();
  const next = new Set(state.selectedIds);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  state.select(next);
}

function onNodesChange(changes: NodeChange<ElementFlowNode>[]): void {
  applySelection(changes);
  const current = dragPositions();
  let drag: Map<string, Point> | null = null;
  let dragEnded = false;
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      drag ??= new Map(current);
      drag.set(c.id, c.position);
      if (c.dragging === false) dragEnded = true;
    } else if (c.type === 'position' && c.dragging === false) {
      dragEnded = true;
    } else if (c.type === 'dimensions' && c.resizing !== undefined && c.dimensions) {
      // Only the resizer sets `resizing`; plain measurements of rendered nodes carry no edit.
      const moved = drag?.get(c.id);
      resizeElement(c.id, { width: Math.round(c.dimensions.width), height: Math.round(c.dimensions.height) }, moved);
      drag?.delete(c.id);
    }
  }
  if (dragEnded) {
    const last = drag ?? current;
    // In the same event as the commit: the canvas draws the committed document and no drag at once.
    endDrag();
    commitDrag(last);
  } else if (drag) moveDragged(drag);
}

function onEdgesChange(changes: EdgeChange<LinkFlowEdge>[]): void {
  applySelection(changes);
}

function onConnect(connection: Connection): void {
  connect(connection.source, connection.target);
}

function onConnectEnd(_event: MouseEvent | TouchEvent, state: FinalConnectionState): void {
  const store = useAppStore.getState();
  if (state.fromNode && state.toNode && !state.isValid) {
    const check = checkConnection(store.doc, state.fromNode.id, state.toNode.id);
    if (!check.ok) store.notify('error', `Link refused: ${check.reason}`);
  }
}

function isValidConnection(connection: Connection | LinkFlowEdge): boolean {
  return checkConnection(useAppStore.getState().doc, connection.source, connection.target).ok;
}

export function Canvas() {
  const doc = useAppStore((s) => s.doc);
  const selectedIds = useAppStore((s) => s.selectedIds);
  const dragPositions = useDragPositions();
  const showMinimap = useAppStore((s) => s.showMinimap);
  const { nodes, edges } = useMemo(() => toFlow(doc, selectedIds, dragPositions), [doc, selectedIds, dragPositions]);
  const flow = useReactFlow<ElementFlowNode, LinkFlowEdge>();
  const zoomedOut = useZoomedOut();
  // While a link is being drawn every node mounts its handles (SideHandles.tsx) and shows them (app.css).
  const connecting = useStore((s) => s.connection.inProgress);

  useEffect(() => {
    setFlowInstance(flow as FlowInstance);
    return () => setFlowInstance(null);
  }, [flow]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PRESET_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const presetId = event.dataTransfer.getData(PRESET_MIME);
      if (!presetId) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFromPreset(presetId, { x: Math.round(at.x / GRID) * GRID, y: Math.round(at.y / GRID) * GRID });
    },
    [flow],
  );

  return (
    <LowDetailContext.Provider value={zoomedOut}>
      <ConnectingContext.Provider value={connecting}>
        <div className={`htd-canvas${connecting ? ' is-connecting' : ''}`} data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
          <ReactFlow<ElementFlowNode, LinkFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={28}
            snapToGrid
            snapGrid={SNAP_GRID}
            selectionOnDrag
            panOnDrag={PAN_ON_DRAG}
            panOnScroll
            zoomOnPinch
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            deleteKeyCode={null}
            disableKeyboardA11y
            minZoom={0.1}
            maxZoom={2.5}
            attributionPosition="top-right"
            // Only what is on screen is in the DOM: a large design opens, drags and repaints at the
            // cost of what the window shows, not of the whole estate (docs/performance.md). Edges
            // still attach without their end nodes mounted (handleGeometry.ts).
            onlyRenderVisibleElements
          >
            {/* Far out the 20-unit dot grid is a dot every 2 pixels: a quarter of a million dots
                to repaint on every frame of a drag, for a grid no one can see. */}
            {!zoomedOut && <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />}
            <Controls showInteractive={false} position="bottom-left" />
            {showMinimap && <DesignMinimap doc={doc} />}
            <ConnectionHint />
          </ReactFlow>
        </div>
      </ConnectingContext.Provider>
    </LowDetailContext.Provider>
  );
}
