// When to autosave: a few seconds after the last change while the document has unsaved changes
// (debounced, with a ceiling so a long drag session is still kept), and clear the copy as soon as
// the document has none left (saved, replaced by a new or opened document, or undone back to the
// saved state). The host (IndexedDB or the app's data folder) is injected, so this is unit-tested.
import type { TopologyDocument } from '../../shared/model';
import type { AutosaveSnapshot } from '../platform/types';

/** Quiet time after the last change before the copy is written. */
export const AUTOSAVE_DELAY_MS = 3_000;
/** Continuous editing still gets a copy this often. */
export const AUTOSAVE_MAX_WAIT_MS = 30_000;

export interface AutosaveHost {
  autosave(snapshot: AutosaveSnapshot): Promise<void>;
  clearAutosave(): Promise<void>;
}

export interface DocumentState {
  doc: TopologyDocument;
  savedDoc: TopologyDocument;
  fileName: string | null;
}

export interface DocumentSource {
  getState(): DocumentState;
  subscribe(listener: (state: DocumentState) => void): () => void;
}

export type AutosaveStatus = { state: 'idle' } | { state: 'pending' } | { state: 'saved'; at: Date } | { state: 'failed'; message: string };

export interface AutosaveControllerOptions {
  host: AutosaveHost;
  source: DocumentSource;
  serialize(doc: TopologyDocument): string;
  /** Told once per run of failures, not on every retry. */
  onError(message: string): void;
  onStatus?(status: AutosaveStatus): void;
  delayMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

export interface AutosaveController {
  /** Starts watching the document; a document that already has unsaved changes is scheduled. */
  start(): void;
  stop(): void;
  /** Writes a scheduled copy at once (the page is going away); resolves when the host is done. */
  flush(): Promise<void>;
  /** The page is closing: keep unsaved work, or forget the copy when there is none. */
  pageHidden(): Promise<void>;
}

const isDirty = (state: DocumentState) => state.doc !== state.savedDoc;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createAutosaveController(options: AutosaveControllerOptions): AutosaveController {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWait = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const now = options.now ?? (() => Date.now());
  const status = (next: AutosaveStatus) => options.onStatus?.(next);

  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet written was made. */
  let pendingSince: number | null = null;
  /** What the host holds now, as far as this session knows; null when it holds nothing of ours. */
  let stored: { doc: TopologyDocument; fileName: string | null } | null = null;
  let failing = false;
  // Host calls run one after another, so a clear never overtakes the write before it.
  let chain: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>): Promise<void> => {
    chain = chain.then(task, task);
    return chain;
  };

  function cancelTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
  }

  function writeNow(): Promise<void> {
    cancelTimer();
    const state = options.source.getState();
    if (!isDirty(state)) return chain;
    if (stored && stored.doc === state.doc && stored.fileName === state.fileName) return chain;
    stored = { doc: state.doc, fileName: state.fileName };
    const snapshot: AutosaveSnapshot = { text: options.serialize(state.doc), fileName: state.fileName };
    return enqueue(async () => {
      try {
        await options.host.autosave(snapshot);
        failing = false;
        status({ state: 'saved', at: new Date(now()) });
      } catch (error) {
        // Written or not is unknown: the next change tries again.
        stored = null;
        status({ state: 'failed', message: reason(error) });
        if (!failing) options.onError(`Unsaved changes could not be autosaved: ${reason(error)}`);
        failing = true;
      }
    });
  }

  function clearNow(): Promise<void> {
    cancelTimer();
    stored = null;
    return enqueue(async () => {
      try {
        await options.host.clearAutosave();
        status({ state: 'idle' });
      } catch (error) {
        options.onError(`The autosaved copy could not be removed: ${reason(error)}`);
      }
    });
  }

  function schedule(): void {
    const at = now();
    pendingSince ??= at;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delay, pendingSince + maxWait - at));
    timer = setTimeout(() => void writeNow(), wait);
    status({ state: 'pending' });
  }

  let last: DocumentState | null = null;
  function onChange(state: DocumentState): void {
    const previous = last;
    last = state;
    if (previous && previous.doc === state.doc && previous.savedDoc === state.savedDoc && previous.fileName === state.fileName) return;
    if (isDirty(state)) schedule();
    else if (stored !== null || timer !== null) void clearNow();
  }

  return {
    start() {
      if (unsubscribe) return;
      unsubscribe = options.source.subscribe(onChange);
      last = null;
      onChange(options.source.getState());
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    flush() {
      return timer !== null ? writeNow() : chain;
    },
    pageHidden() {
      if (!unsubscribe) return Promise.resolve();
      return isDirty(options.source.getState()) ? writeNow() : clearNow();
    },
  };
}
