// Opening, saving and exporting documents. Parsing happens here in the renderer through the one
// shared load pipeline; a file that fails to load never replaces the design that is open.
import { FILE_EXTENSION, formatProblem, loadDocument, serializeDocument } from '../../shared/format';
import { emptyDocument } from '../../shared/model';
import { platform } from '../platform';
import type { OpenedFile } from '../platform/types';
import { isDesignFileName, type DroppedFiles } from '../platform/fileDrop';
import { readPickedFile } from '../platform/webPlatform';
import { history, useAppStore } from '../store/store';
import { fitDocumentBeforeShowing, fitView } from './viewCommands';

const store = () => useAppStore.getState();

export function isDirty(): boolean {
  const { doc, savedDoc } = store();
  return doc !== savedDoc;
}

export function documentName(): string {
  return store().fileName ?? `${store().doc.title || 'Untitled design'}`;
}

function suggestedFileName(): string {
  const name = store().fileName;
  if (name) return name;
  const base = (store().doc.title || 'Untitled design').replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'design';
  return `${base}${FILE_EXTENSION}`;
}

/** Asks before dropping unsaved changes. The browser build uses the page's confirm dialog. */
export function confirmDiscard(): boolean {
  return !isDirty() || window.confirm(`Discard unsaved changes to ${documentName()}?`);
}

export function newDocument(): void {
  if (!confirmDiscard()) return;
  store().replaceDocument(emptyDocument(), null);
  history().clear();
  platform.resetDocument();
}

/** Loads a file's text into the designer, or explains why not and keeps the open design. */
export function openFileText(file: OpenedFile): boolean {
  const result = loadDocument(file.text);
  if (!result.ok) {
    const shown = result.errors.slice(0, 3).map(formatProblem).join('\n');
    const more = result.errors.length > 3 ? `\n…and ${result.errors.length - 3} more problems.` : '';
    store().notify('error', `Could not open ${file.name}:\n${shown}${more}`);
    return false;
  }
  fitDocumentBeforeShowing(result.document);
  store().replaceDocument(result.document, file.name);
  history().clear();
  if (result.repairs.length > 0) {
    store().notify('info', `Opened ${file.name} with ${result.repairs.length} repair(s):\n${result.repairs.slice(0, 3).map(formatProblem).join('\n')}`);
  }
  requestAnimationFrame(() => fitView());
  return true;
}

export async function openDocument(): Promise<void> {
  if (!confirmDiscard()) return;
  const outcome = await platform.openDocument();
  if (outcome.status === 'error') store().notify('error', outcome.message);
  if (outcome.status === 'opened') openFileText(outcome.file);
}

export async function saveDocument(saveAs = false): Promise<boolean> {
  const docAtSave = store().doc;
  const outcome = await platform.saveDocument({ text: serializeDocument(docAtSave), saveAs, suggestedName: suggestedFileName() });
  if (outcome.status === 'error') {
    store().notify('error', `Not saved: ${outcome.message}`);
    return false;
  }
  if (outcome.status === 'cancelled') return false;
  // Edits made while the dialog was open stay unsaved.
  useAppStore.setState({ savedDoc: docAtSave, fileName: outcome.name });
  store().notify('info', `Saved ${outcome.name}`);
  return true;
}

/** A design file dropped on the window: the same path as File ▸ Open, keeping the open design on failure. */
export async function openDroppedFile({ file, count }: DroppedFiles): Promise<void> {
  // In front of a room a stray drop must not swap the design being presented.
  if (store().presenter.active) {
    store().notify('info', `${file.name} was not opened: leave presenter mode (Esc) first.`);
    return;
  }
  if (!isDesignFileName(file.name)) {
    store().notify('error', `Could not open ${file.name}: it is not a design file (drop a .topo.json or .json file).`);
    return;
  }
  if (!confirmDiscard()) return;
  const outcome = await readPickedFile(file);
  if (outcome.status === 'error') store().notify('error', outcome.message);
  if (outcome.status !== 'opened' || !openFileText(outcome.file)) return;
  // Main learns no path from a drop, and must not keep saving to the file that was open before.
  platform.resetDocument();
  platform.setDocumentState({ name: documentName(), dirty: false });
  if (count > 1) store().notify('info', `Opened ${file.name}; only one design opens at a time, so the other ${count - 1} file(s) were left.`);
}
