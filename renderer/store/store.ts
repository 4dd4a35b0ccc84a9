// The one store: typed slices (zustand's slices pattern) with undo history over the document.
import { create } from 'zustand';
import { temporal } from 'zundo';
import { useStore } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createAutosaveSlice, type AutosaveSlice } from '../autosave/autosaveState';
import { createPresenterSlice, type PresenterSlice } from '../presenter/presenterState';
import { HISTORY_LIMIT, coalescingHandleSet, type DocumentHistory } from './history';

export type AppState = DocumentSlice & SessionSlice & AutosaveSlice & PresenterSlice;

export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createDocumentSlice(...a),
      ...createSessionSlice(...a),
      ...createAutosaveSlice(...a),
      ...createPresenterSlice(...a),
    }),
    {
      partialize: (state) => ({ doc: state.doc }),
      equality: (a, b) => a.doc === b.doc,
      limit: HISTORY_LIMIT,
      handleSet: (handleSet) => coalescingHandleSet(handleSet as Parameters<typeof coalescingHandleSet>[0]) as typeof handleSet,
    },
  ),
);

export function useHistory<T>(selector: (state: DocumentHistory) => T): T {
  return useStore(useAppStore.temporal, selector);
}

export const history = (): DocumentHistory => useAppStore.temporal.getState();
