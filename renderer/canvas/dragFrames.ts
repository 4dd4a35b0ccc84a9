// Where the dragged nodes are while a drag is under way. React Flow reports a position for every
// pointer move, often several per frame. Kept in the app's store, each one re-rendered the canvas
// synchronously (a store update cannot be deferred or split), so every frame of a drag in a
// 1,000-element design was one long task. Here the latest positions are shown once per animation
// frame, as React state the canvas renders concurrently, the way React Flow's own examples hold
// their nodes; the document changes once, when the drag ends (docs/performance.md).
import { useEffect, useState } from 'react';
import type { Point } from '../../shared/model';

const NONE: ReadonlyMap<string, Point> = new Map();

let latest: ReadonlyMap<string, Point> = NONE;
let frame = 0;
let show: ((positions: ReadonlyMap<string, Point>) => void) | null = null;

/** For the canvas: the drag positions to draw (empty when nothing is being dragged). */
export function useDragPositions(): ReadonlyMap<string, Point> {
  const [positions, setPositions] = useState(latest);
  useEffect(() => {
    show = setPositions;
    return () => {
      if (show !== setPositions) return;
      // A canvas that goes away mid-drag (presenter mode, say) never hears the drag end: forget it,
      // or the next canvas would show uncommitted positions.
      show = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      latest = NONE;
    };
  }, []);
  return positions;
}

/** The positions of the drag under way, including any not drawn yet. */
export function dragPositions(): ReadonlyMap<string, Point> {
  return latest;
}

/** Records new positions; they are drawn at the next animation frame. */
export function moveDragged(positions: ReadonlyMap<string, Point>): void {
  latest = positions;
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    show?.(latest);
  });
}

/** Ends the drag: returns its last positions and stops drawing them (the caller commits them). */
export function endDrag(): ReadonlyMap<string, Point> {
  if (frame) cancelAnimationFrame(frame);
  frame = 0;
  const last = latest;
  latest = NONE;
  show?.(NONE);
  return last;
}
