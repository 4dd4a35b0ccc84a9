// What to do with an autosave found at start: offer it when it holds a design, then restore it
// through the one load pipeline. A broken copy is explained and discarded; it never takes the app down.
import { formatProblem, loadDocument, serializeDocument } from '../../shared/format';
import { emptyDocument } from '../../shared/model';
import type { AutosaveRecord } from '../platform/types';
import { history, useAppStore } from '../store/store';

export interface AutosaveOffer {
  record: AutosaveRecord;
  /** The file name, or the design's title when it was never saved. */
  name: string;
  /** When it was written, for people: "5 Mar 2025, 14:03"; "an earlier session" when unknown. */
  time: string;
}

const EMPTY_DOCUMENT_TEXT = serializeDocument(emptyDocument());
const UNTITLED = 'Untitled design';

export function formatSavedAt(savedAt: string, locale?: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return 'an earlier session';
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The offer to make for an autosave, or null when there is nothing worth offering: no autosave,
 * or one that holds the empty design (nothing to lose). A copy that does not load is still
 * offered: the user decides, and Restore then says why it cannot be used.
 */
export function offerFor(record: AutosaveRecord | null, locale?: string): AutosaveOffer | null {
  if (record === null || record.text.trim() === '') return null;
  const loaded = loadDocument(record.text);
  if (loaded.ok && serializeDocument(loaded.document) === EMPTY_DOCUMENT_TEXT) return null;
  const title = loaded.ok ? loaded.document.title.trim() : '';
  return { record, name: record.fileName ?? (title || UNTITLED), time: formatSavedAt(record.savedAt, locale) };
}

/** The restore prompt's question. */
export function restoreQuestion(offer: AutosaveOffer): string {
  return `Restore unsaved changes to ${offer.name} from ${offer.time}?`;
}

export type RestoreResult = { ok: true; repairs: string[] } | { ok: false; message: string };

/**
 * Loads the autosave into the store as unsaved changes: `savedDoc` stays an empty document, so
 * the title shows the unsaved marker until the user saves; the file name is kept for the title
 * and as the name the save dialog suggests. Undo history starts afresh, as when opening a file.
 */
export function restoreAutosave(offer: AutosaveOffer): RestoreResult {
  const loaded = loadDocument(offer.record.text);
  if (!loaded.ok) {
    const problems = loaded.errors.slice(0, 3).map(formatProblem).join('\n');
    return { ok: false, message: `The autosaved changes to ${offer.name} could not be restored and were discarded:\n${problems}` };
  }
  useAppStore.getState().replaceDocument(loaded.document, offer.record.fileName);
  useAppStore.setState({ savedDoc: emptyDocument() });
  history().clear();
  return { ok: true, repairs: loaded.repairs.map(formatProblem) };
}
