// The document the derived views (findings, badges, cost, paths) are computed for: the edited
// document, once it has been painted and analysed. Validating and estimating a large design takes a
// long task (0.7 s at 5,000 elements); React's useDeferredValue started that task right after the
// commit, before the browser painted, so an opened design appeared only after it had been validated
// (docs/performance.md). Here the derived views follow once the browser is idle after the paint,
// and the analysis runs in slices between frames: the design shows first, its findings and figures
// a moment later. Drag frames do not change the document, so they never wait for this.
import { useSyncExternalStore } from 'react';
import { analysisSteps } from '../../shared/estimate/analysisSteps';
import { pathSteps } from '../../shared/estimate/paths';
import type { TopologyDocument } from '../../shared/model';
import { useAppStore } from './store';

/**
 * The longest slice of analysis run in one go: about a frame, well under the 50 ms of a long task.
 * With 8 ms slices a 5,000-element design's findings came about 0.4 s later after its paint. A part
 * of the generated estates takes well under a millisecond; a design joined into one part is one
 * step however long it takes.
 */
const SLICE_MS = 16;
/**
 * The shortest slice, however little of the idle period is left: with a fraction of a millisecond
 * left a slice ran one step, which left even a ten-element design's analysis unfinished, and the
 * status bar said "Checking the design…" for a moment after a burst of typing.
 */
const MIN_SLICE_MS = 4;

let settled: TopologyDocument = useAppStore.getState().doc;
let scheduled = false;
/** The document being analysed in slices, its remaining steps, and whether they estimate its paths. */
let analysing: { doc: TopologyDocument; steps: Generator<void, void, void>; paths: boolean } | undefined;
/** Whether the analysis of the latest document has taken more than one slice so far. */
let checking = false;
/**
 * The settled document whose paths have been estimated. The slices leave the paths out while the
 * Paths tab is hidden; when it shows, they are estimated in slices of their own (settle, through
 * estimateSettledPaths), and the tab says so meanwhile: in one go, the first click on it blocked the
 * page for up to 50 ms at 1,000 elements and 155 ms at 10,000.
 */
let pathsOf: TopologyDocument | undefined;
let estimatingPaths: { doc: TopologyDocument; steps: Generator<void, void, void> } | undefined;
const listeners = new Set<() => void>();

/**
 * Runs `fn` once the browser is idle, so the first slice after a change runs after its paint: React
 * Flow takes more than one render to show a newly opened design, and a single frame's wait sometimes
 * ran the validation between them. The timeout keeps findings coming where the page is never idle.
 */
function whenIdle(fn: (deadline?: IdleDeadline) => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, Math.min(timeout, 50));
}

/** How long the first slice after a change may wait for the browser to be idle. */
const FIRST_SLICE_WAIT_MS = 1000;
/**
 * How long each further slice may wait. A page that paints nothing is not always given another idle
 * period: in Chromium each further slice then waited out the whole timeout, and the Paths tab of a
 * 1,000-element design said it was estimating its paths for 1.07 s, which take under 20 ms there
 * (docs/performance.md, "Panels, twenty-fifth round").
 */
const NEXT_SLICE_WAIT_MS = 50;

/** Whether the Paths tab, the one view of the settled document's path estimates, is showing. */
function pathsShown(): boolean {
  const { panel } = useAppStore.getState();
  return panel.open && panel.tab === 'paths';
}

/** Whether the Paths tab shows the settled document, whose paths have not been estimated yet. */
const pathsWanted = (): boolean => pathsOf !== settled && pathsShown();

function notify(): void {
  for (const listener of listeners) listener();
}

/** `next`: the work under way has slices left (rather than a change to start on). */
function schedule(next = false): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(settle, next ? NEXT_SLICE_WAIT_MS : FIRST_SLICE_WAIT_MS);
}

/** Runs `steps` for about a slice: whether they are done. At least one step, so that a page that is never idle still gets there. */
function runSlice(steps: Generator<void, void, void>, deadline?: IdleDeadline): boolean {
  const idle = deadline && !deadline.didTimeout ? Math.max(MIN_SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
  const stop = performance.now() + Math.min(SLICE_MS, idle);
  do {
    if (steps.next().done) return true;
  } while (performance.now() < stop);
  return false;
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
    estimateSettledPaths(deadline);
    return;
  }
  if (analysing?.doc !== doc) {
    const paths = pathsShown();
    analysing = { doc, steps: analysisSteps(doc, { paths }), paths };
  }
  if (runSlice(analysing.steps, deadline)) {
    if (analysing.paths) pathsOf = doc;
    analysing = undefined;
    settled = doc;
    checking = false;
    notify();
    // The Paths tab opened while the steps left the paths out: they follow in slices of their own.
    if (pathsWanted()) schedule(true);
    return;
  }
  if (!checking) {
    checking = true;
    notify();
  }
  schedule(true);
}

/** A slice of the settled document's paths, while the Paths tab shows them and they are not known. */
function estimateSettledPaths(deadline?: IdleDeadline): void {
  if (!pathsWanted()) {
    estimatingPaths = undefined;
    return;
  }
  if (estimatingPaths?.doc !== settled) estimatingPaths = { doc: settled, steps: pathSteps(settled) };
  if (runSlice(estimatingPaths.steps, deadline)) {
    estimatingPaths = undefined;
    pathsOf = settled;
    notify();
    return;
  }
  schedule(true);
}

/**
 * A design this small has its paths estimated at once when the tab opens (a few milliseconds at most),
 * rather than showing for a frame that they are being estimated. In a larger one, at once took the
 * click that opens the tab past a long task (47 ms at 1,000 elements, with its first render).
 */
const PATHS_AT_ONCE_UP_TO = 200;

/** Starts estimating the settled document's paths if the Paths tab shows them and they are not known. */
export function requestPaths(): void {
  if (pathsWanted()) schedule();
}

useAppStore.subscribe((state) => {
  // An edit's own analysis estimates its paths while the tab shows.
  if (state.doc !== settled) schedule();
  else if (pathsWanted()) {
    if (settled.elements.length <= PATHS_AT_ONCE_UP_TO) estimateSettledPaths();
    else schedule();
  }
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

/** Whether the settled document's paths have been estimated, for the Paths tab (estimateSettledPaths). */
export function usePathsReady(): boolean {
  return useSyncExternalStore(subscribeSettled, () => pathsOf === settled);
}
