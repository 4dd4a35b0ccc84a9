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

/** Centres the viewport on the given elements (used when a finding or search result is picked). */
export function focusElements(ids: readonly string[]): void {
  const instance = flowInstance();
  if (!instance || ids.length === 0) return;
  void instance.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.6, duration: DURATION, maxZoom: 1.2 });
}
