// Document state: the design being edited, and the file it came from. Everything here is saved
// or decides what is saved; undo history (history.ts) tracks `doc` and nothing else.
import type { StateCreator } from 'zustand';
import { emptyDocument, type TopologyDocument } from '../../shared/model';
import type { AppState } from './store';
import { setCoalesceKey } from './history';

export interface DocumentSlice {
  doc: TopologyDocument;
  /** The document as last saved or opened: the window is dirty while `doc` is another object. */
  savedDoc: TopologyDocument;
  fileName: string | null;
  /** Applies a pure edit. Edits with the same coalesce key in quick succession undo as one step. */
  edit(change: (doc: TopologyDocument) => TopologyDocument, coalesceKey?: string): void;
  /** Replaces the document (new or opened file) without an undo step; history starts afresh. */
  replaceDocument(doc: TopologyDocument, fileName: string | null): void;
  markSaved(fileName: string): void;
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => {
  const initial = emptyDocument();
  return {
    doc: initial,
    savedDoc: initial,
    fileName: null,
    edit(change, coalesceKey) {
      const next = change(get().doc);
      if (next === get().doc) return;
      setCoalesceKey(coalesceKey);
      set({ doc: next });
      setCoalesceKey(undefined);
    },
    replaceDocument(doc, fileName) {
      set({ doc, savedDoc: doc, fileName, selectedIds: new Set() });
    },
    markSaved(fileName) {
      set({ savedDoc: get().doc, fileName });
    },
  };
};
