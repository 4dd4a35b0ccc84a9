// Session state of autosave (never saved, never undone), a slice of the one store: whether an
// autosave found at start is being offered, and how the latest autosave went.
import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store';
import type { AutosaveStatus } from './autosaveController';
import type { AutosaveOffer } from './recovery';

export interface AutosaveState {
  /**
   * `checking` at start, `offering` while the restore prompt is up, then `active`. Autosave
   * neither writes nor clears before `active`, so the copy on offer stays until the user decides.
   */
  phase: 'checking' | 'offering' | 'active';
  offer: AutosaveOffer | null;
  status: AutosaveStatus;
}

export interface AutosaveSlice {
  autosave: AutosaveState;
  setAutosave(patch: Partial<AutosaveState>): void;
}

export const createAutosaveSlice: StateCreator<AppState, [], [], AutosaveSlice> = (set, get) => ({
  autosave: { phase: 'checking', offer: null, status: { state: 'idle' } },
  setAutosave: (patch) => set({ autosave: { ...get().autosave, ...patch } }),
});
