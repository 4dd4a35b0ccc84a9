// The browser build's autosave: one IndexedDB database with one object store holding one record,
// the current session's unsaved work. A few lines of promise wrapping instead of a dependency.
// Tabs share the record, so each tab clears only a record it wrote or was offered at start: a
// second tab closing or saving must not delete the first one's unsaved work.
import type { AutosaveRecord, AutosaveSnapshot } from './types';

const DATABASE = 'hybrid-topology-designer';
const STORE = 'autosave';
const KEY = 'current';
/** The largest document the designer opens (shared/format MAX_TEXT_LENGTH). */
const MAX_TEXT_LENGTH = 50_000_000;

/** This page load's id, stored with each record it writes. */
const TAB_ID = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
/** The writer of the record this tab found at start; clearing it is this tab's to do. */
let adoptedOwner: string | null = null;

interface StoredRecord extends AutosaveRecord {
  owner?: string;
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser offers no IndexedDB storage'));
      return;
    }
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the schema, or the browser clearing site data: open afresh next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      db.onclose = () => {
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of the designer'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** Runs requests in one transaction and resolves with `act`'s result once it has committed. */
async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await openDatabase();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const result = act(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(result());
    transaction.onerror = () => reject(transaction.error ?? new Error('the IndexedDB request failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the IndexedDB transaction was aborted'));
  });
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.text === 'string' &&
    (record.fileName === null || typeof record.fileName === 'string') &&
    typeof record.savedAt === 'string' &&
    (record.owner === undefined || typeof record.owner === 'string')
  );
}

export async function writeAutosave(snapshot: AutosaveSnapshot): Promise<void> {
  if (snapshot.text.length > MAX_TEXT_LENGTH) throw new Error('The design is too large to autosave.');
  const record: StoredRecord = { text: snapshot.text, fileName: snapshot.fileName, savedAt: new Date().toISOString(), owner: TAB_ID };
  await inStore('readwrite', (store) => {
    store.put(record, KEY);
    return () => undefined;
  });
}

export async function readAutosave(): Promise<AutosaveRecord | null> {
  const value: unknown = await inStore('readonly', (store) => {
    const request = store.get(KEY);
    return () => request.result as unknown;
  });
  if (!isStoredRecord(value)) return null;
  adoptedOwner = value.owner ?? null;
  return { text: value.text, fileName: value.fileName, savedAt: value.savedAt };
}

export async function clearAutosave(): Promise<void> {
  await inStore('readwrite', (store) => {
    const request = store.get(KEY);
    request.onsuccess = () => {
      const value: unknown = request.result;
      const ours = !isStoredRecord(value) || value.owner === undefined || value.owner === TAB_ID || value.owner === adoptedOwner;
      if (ours) store.delete(KEY);
    };
    return () => undefined;
  });
}
