// The live React Flow instance, for commands that act on the viewport (zoom, fit, centre).
// Session-only and outside the store: it is an imperative handle, not state.
import type { ReactFlowInstance } from '@xyflow/react';
import type { ElementFlowNode, LinkFlowEdge } from './toFlow';

export type FlowInstance = ReactFlowInstance<ElementFlowNode, LinkFlowEdge>;

let instance: FlowInstance | null = null;

export function setFlowInstance(next: FlowInstance | null): void {
  instance = next;
}

export function flowInstance(): FlowInstance | null {
  return instance;
}
