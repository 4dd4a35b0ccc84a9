// Module-scope maps: React Flow warns (error002) and re-mounts every node when these are recreated.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { PresentContainer, PresentElement } from './PresenterNodes';
import { TrafficEdge } from './TrafficEdge';

export const presenterNodeTypes: NodeTypes = { presentElement: PresentElement, presentContainer: PresentContainer };
export const presenterEdgeTypes: EdgeTypes = { traffic: TrafficEdge };
