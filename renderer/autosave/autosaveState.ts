// Session state of autosave (never saved, never undone): whether an autosave found at start is
// being offered, and how the latest autosave went.
import { create } from 'zustand';
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

export const useAutosaveStore = create<AutosaveState>()(() => ({
  phase: 'checking',
  offer: null,
  status: { state: 'idle' },
}));
