import { getViewportForBounds } from '@xyflow/react';
import { absoluteRects, unionOfRects, type TopologyDocument } from '../../shared/model';
import { flowInstance } from '../canvas/flowInstance';

const DURATION = 200;

export function zoomIn(): void {
  void flowInstance()?.zoomIn({ duration: DURATION });
}

export function zoomOut(): void {
  void flowInstance()?.zoomOut({ duration: DURATION });
}

export function fitView(): void {
  void flowInstance()?.fitView({ padding: 0.08, duration: DURATION, maxZoom: 1.2 });
}

/**
 * Fits a document that is about to be shown, from its model geometry, before its nodes render:
 * a large design then paints its first frame at the zoom it will be seen at (far out, in low
 * detail) instead of rendering everything in full detail first and fitting afterwards.
 */
export function fitDocumentBeforeShowing(doc: TopologyDocument): void {
  const instance = flowInstance();
  const pane = document.querySelector<HTMLElement>('.htd-canvas');
  if (!instance || !pane) return;
  const bounds = unionOfRects(absoluteRects(doc).values());
  if (!bounds) return;
  const { width, height } = pane.getBoundingClientRect();
  if (width === 0 || height === 0) return;
  void instance.setViewport(getViewportForBounds(bounds, width, height, 0.1, 1.2, 0.08));
}

/** Centres the viewport on the given elements (used when a finding or search result is picked). */
export function focusElements(ids: readonly string[]): void {
  const instance = flowInstance();
  if (!instance || ids.length === 0) return;
  void instance.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, duration: DURATION, maxZoom: 1.2 });
}
