// The document the derived views (findings, badges, cost, paths) are computed for: the edited
// document, once it has been painted and analysed. Validating and estimating a large design takes a
// long task (0.7 s at 5,000 elements); React's useDeferredValue started that task right after the
// commit, before the browser painted, so an opened design appeared only after it had been validated
// (docs/performance.md). Here the derived views follow once the browser is idle after the paint,
// and the analysis runs in slices between frames: the design shows first, its findings and figures
// a moment later. Drag frames do not change the document, so they never wait for this.
import { useSyncExternalStore } from 'react';
import { analysisSteps } from '../../shared/estimate/analysisSteps';
import type { TopologyDocument } from '../../shared/model';
import { useAppStore } from './store';

/**
 * The longest slice of analysis run in one go: about a frame, well under the 50 ms of a long task.
 * With 8 ms slices a 5,000-element design's findings came about 0.4 s later after its paint. A part
 * of the generated estates takes well under a millisecond; a design joined into one part is one
 * step however long it takes.
 */
const SLICE_MS = 16;

let settled: TopologyDocument = useAppStore.getState().doc;
let scheduled = false;
/** The document being analysed in slices, and its remaining steps. */
let analysing: { doc: TopologyDocument; steps: Generator<void, void, void> } | undefined;
/** Whether the analysis of the latest document has taken more than one slice so far. */
let checking = false;
const listeners = new Set<() => void>();

/**
 * Runs `fn` once the browser is idle after painting the change: React Flow takes more than one
 * render to show a newly opened design, and a single frame's wait sometimes ran the validation
 * between them. The timeout keeps findings coming where the page is never idle.
 */
function afterPaint(fn: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}

/** Whether the Paths tab, the one view of the settled document's path estimates, is showing. */
function pathsShown(): boolean {
  const { panel } = useAppStore.getState();
  return panel.open && panel.tab === 'paths';
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Works out the findings and estimates of the latest document part by part, a slice at a time
 * (shared/estimate/analysisSteps.ts), then makes it the settled one: the views then only gather what
 * the slices kept. The first analysis of a just-opened large design was one long task (0.35 s at
 * 5,000 elements); in slices, the page answers input between them. An edit during the slices starts
 * on the new document, keeping what was done for the parts it left alone.
 */
function settle(deadline?: IdleDeadline): void {
  scheduled = false;
  const doc = useAppStore.getState().doc;
  if (doc === settled) {
    // Back to the settled document (an undo) before its successor's analysis was done.
    analysing = undefined;
    if (checking) {
      checking = false;
      notify();
    }
    return;
  }
  if (analysing?.doc !== doc) analysing = { doc, steps: analysisSteps(doc, { paths: pathsShown() }) };
  const stop = performance.now() + Math.min(SLICE_MS, deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS);
  // At least one step a slice: with the timeout, a page that is never idle still gets there.
  do {
    if (analysing.steps.next().done) {
      analysing = undefined;
      settled = doc;
      checking = false;
      notify();
      return;
    }
  } while (performance.now() < stop);
  if (!checking) {
    checking = true;
    notify();
  }
  scheduled = true;
  afterPaint(settle);
}

useAppStore.subscribe((state) => {
  if (state.doc === settled || scheduled) return;
  scheduled = true;
  afterPaint(settle);
});

/** Calls `listener` when the settled document or the checking state changes (useSyncExternalStore). */
export function subscribeSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const settledDocument = (): TopologyDocument => settled;

/** The latest document that has been painted and analysed; views derive findings and estimates from it. */
export function useSettledDoc(): TopologyDocument {
  return useSyncExternalStore(subscribeSettled, settledDocument);
}

/** Whether the latest document's analysis has been running for more than a slice (its findings are not shown yet). */
export function useChecking(): boolean {
  return useSyncExternalStore(subscribeSettled, () => checking);
}
