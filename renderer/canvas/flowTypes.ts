// Module-scope maps: React Flow warns (error002) and re-mounts every node when these are recreated.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ContainerNode } from './ContainerNode';
import { ElementNode } from './ElementNode';
import { LinkEdge } from './LinkEdge';

export const nodeTypes: NodeTypes = { element: ElementNode, container: ContainerNode };
export const edgeTypes: EdgeTypes = { link: LinkEdge };
