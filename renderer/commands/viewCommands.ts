import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { absoluteRects, unionOfRects, type Rect, type TopologyDocument } from '../../shared/model';
import { useAppStore } from '../store/store';
import { flowInstance } from '../canvas/flowInstance';

const DURATION = 200;
// As the canvas's own bounds (Canvas.tsx: minZoom) and the fit's (maxZoom, padding).
const MIN_ZOOM = 0.1;
const FIT_MAX_ZOOM = 1.2;
const FIT_PADDING = 0.08;
const FOCUS_PADDING = 0.6;

export function zoomIn(): void {
  void flowInstance()?.zoomIn({ duration: DURATION });
}

export function zoomOut(): void {
  void flowInstance()?.zoomOut({ duration: DURATION });
}

/**
 * The viewport that shows `rects` in the canvas, worked out from the model's geometry as React Flow's
 * fitView works it out from the nodes (every node has the model's size: toFlow.ts); undefined when
 * there is nothing to show or the canvas is not laid out.
 */
function viewportShowing(rects: Iterable<Readonly<Rect>>, padding: number): Viewport | undefined {
  const pane = document.querySelector<HTMLElement>('.htd-canvas');
  const bounds = unionOfRects(rects);
  if (!pane || !bounds) return undefined;
  const { width, height } = pane.getBoundingClientRect();
  if (width === 0 || height === 0) return undefined;
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, padding);
}

/**
 * Fits the design in view. Not through React Flow's fitView: that queues a copy of the node list,
 * diffs it against every node and has React Flow adopt them all again (the diff alone 41 ms at 5,000
 * elements after an open; docs/performance.md, "Canvas, seventeenth round").
 */
export function fitView(): void {
  const instance = flowInstance();
  if (!instance) return;
  const viewport = viewportShowing(absoluteRects(useAppStore.getState().doc).values(), FIT_PADDING);
  if (viewport) void instance.setViewport(viewport, { duration: DURATION });
  else void instance.fitView({ padding: FIT_PADDING, duration: DURATION, maxZoom: FIT_MAX_ZOOM });
}

/**
 * Fits a document that is about to be shown, from its model geometry, before its nodes render:
 * a large design then paints its first frame at the zoom it will be seen at (far out, in low
 * detail) instead of rendering everything in full detail first and fitting afterwards.
 */
export function fitDocumentBeforeShowing(doc: TopologyDocument): void {
  const instance = flowInstance();
  const viewport = instance && viewportShowing(absoluteRects(doc).values(), FIT_PADDING);
  if (viewport) void instance.setViewport(viewport);
}

/** Centres the viewport on the given elements (a finding or search result picked); link ids are passed over. */
export function focusElements(ids: readonly string[]): void {
  const instance = flowInstance();
  if (!instance || ids.length === 0) return;
  const rects = absoluteRects(useAppStore.getState().doc);
  const shown = ids.flatMap((id) => rects.get(id) ?? []);
  const viewport = viewportShowing(shown, FOCUS_PADDING);
  if (viewport) void instance.setViewport(viewport, { duration: DURATION });
}
