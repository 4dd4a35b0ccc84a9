// Undo history over the document only (zundo). Typing into one field produces one change per
// keystroke; those are coalesced into one undo step while they share a key and come within
// COALESCE_MS of each other, as text editors do.
import type { TemporalState } from 'zundo';
import type { TopologyDocument } from '../../shared/model';

export const HISTORY_LIMIT = 300;
const COALESCE_MS = 1000;

let pendingKey: string | undefined;
let lastKey: string | undefined;
let lastAt = 0;

export function setCoalesceKey(key: string | undefined): void {
  pendingKey = key;
}

/** Undo and redo end a run of coalesced edits, so the next keystroke starts a new step. */
export function breakCoalescing(): void {
  lastKey = undefined;
}

type HandleSet = (pastState: { doc: TopologyDocument }, replace: undefined, currentState: { doc: TopologyDocument }, deltaState?: unknown) => void;

export function coalescingHandleSet(handleSet: HandleSet): HandleSet {
  return (pastState, replace, currentState, deltaState) => {
    const now = Date.now();
    const merge = pendingKey !== undefined && pendingKey === lastKey && now - lastAt < COALESCE_MS;
    lastKey = pendingKey;
    lastAt = now;
    if (!merge) handleSet(pastState, replace, currentState, deltaState);
  };
}

export type DocumentHistory = TemporalState<{ doc: TopologyDocument }>;
