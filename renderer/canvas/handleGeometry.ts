// Each node's four handles as React Flow's `node.handles`, worked out from its size. With them,
// React Flow draws edges to nodes that are not in the DOM (the canvas renders only what is on
// screen) and does not render off-screen nodes just to measure them; opening 5,000 elements then
// builds the few hundred nodes in view, not all of them (docs/performance.md). Nodes in the DOM are
// measured by React Flow as usual, live handles or stand-ins alike (SideHandles.tsx). The centres
// come from shared/presentation/handleCentres.ts, which e2e/handles.spec.ts checks against the
// rendered handles.
import { Position, type NodeHandle } from '@xyflow/react';
import type { Size } from '../../shared/model';
import type { Side } from '../../shared/presentation/linkSides';
import { handleCentres } from '../../shared/presentation/handleCentres';

/** .htd-handle: 9 × 9 px, centred on the border it sits on. */
const HANDLE_SIZE = 9;

export const SIDES: ReadonlyArray<readonly [Side, Position]> = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
];

// Most nodes share a handful of sizes: one read-only array per size and shape.
const cache = new Map<string, NodeHandle[]>();

/** The handles of a node of this size, as React Flow's `node.handles` (shared: read-only). */
export function sideHandles(size: Size, container: boolean): NodeHandle[] {
  const key = `${container ? 'c' : 'e'}${size.width}x${size.height}`;
  let handles = cache.get(key);
  if (!handles) {
    const centres = handleCentres(size, container);
    handles = SIDES.map(([id, position]) => ({
      id,
      type: 'source' as const,
      position,
      x: centres[id].x - HANDLE_SIZE / 2,
      y: centres[id].y - HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    }));
    if (cache.size > 500) cache.clear();
    cache.set(key, handles);
  }
  return handles;
}
