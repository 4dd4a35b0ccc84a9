// The document the derived views (findings, badges, cost, paths) are computed for: the edited
// document, once it has been painted. Validating and estimating a large design takes a long task
// (0.7 s at 5,000 elements); React's useDeferredValue started that task right after the commit,
// before the browser painted, so an opened design appeared only after it had been validated
// (docs/performance.md). Here the derived views follow once the browser is idle after the paint:
// the design shows first, its findings and figures a moment later. Drag frames do not change the
// document, so they never wait for this.
import { useSyncExternalStore } from 'react';
import type { TopologyDocument } from '../../shared/model';
import { useAppStore } from './store';

let settled: TopologyDocument = useAppStore.getState().doc;
let scheduled = false;
const listeners = new Set<() => void>();

/**
 * Runs `fn` once the browser is idle after painting the change: React Flow takes more than one
 * render to show a newly opened design, and a single frame's wait sometimes ran the validation
 * between them. The timeout keeps findings coming where the page is never idle.
 */
function afterPaint(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}

function settle(): void {
  scheduled = false;
  const doc = useAppStore.getState().doc;
  if (doc === settled) return;
  settled = doc;
  for (const listener of listeners) listener();
}

useAppStore.subscribe((state) => {
  if (state.doc === settled || scheduled) return;
  scheduled = true;
  afterPaint(settle);
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest document that has been painted; views derive findings and estimates from it. */
export function useSettledDoc(): TopologyDocument {
  return useSyncExternalStore(subscribe, () => settled);
}
