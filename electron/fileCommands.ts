// Open, save and export, independent of Electron: dialogs, disk access and the recent list are
// injected, so the rules (validate first, act only on permitted paths, report errors as
// outcomes) are unit-tested in plain Node. ipc.ts wires these to ipcMain and native dialogs.
import { basename, dirname, join } from 'node:path';
import type { OpenOutcome, SaveOutcome } from './api';
import type { DocumentSessions } from './documentState';
import { readTextFile as defaultReadText, writeFileAtomically, type ReadResult, type WriteResult } from './files';
import { PathRefusedError, type PathPolicy } from './pathPolicy';
import { exportRequestSchema, parsePayload, saveRequestSchema } from './payloads';
import type { RecentDocuments } from './recentDocuments';

/** Same shape as Electron's FileFilter, declared here so this module does not import electron. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseFileToOpen(filters: FileFilter[]): Promise<string | null>;
  chooseSavePath(defaultPath: string, filters: FileFilter[]): Promise<string | null>;
}

export interface FileCommandDependencies {
  sessions: DocumentSessions;
  recent: RecentDocuments;
  policy: PathPolicy;
  /** Folder offered by the first save dialog, e.g. the user's Documents folder. */
  defaultDirectory(): string;
  readText?: (filePath: string) => Promise<ReadResult>;
  writeFile?: (filePath: string, data: string | Buffer) => Promise<WriteResult>;
  platform?: NodeJS.Platform;
  /** A window's file, name or dirty flag changed: update its title. */
  onSessionChanged?(windowId: number): void;
  /** A document was opened or saved: tell the OS (app.addRecentDocument). */
  onDocumentUsed?(filePath: string): void;
  /** Saving the recent list failed: not worth failing the open or save for, but worth logging. */
  onRecentListError?(message: string): void;
}

export const ALL_FILES_FILTER: FileFilter = { name: 'All files', extensions: ['*'] };

/**
 * macOS matches only the last extension ("json") against a filter, so "topo.json" would hide
 * every design there; Windows and GTK match the "*.topo.json" pattern as written.
 */
export function documentFilters(platform: NodeJS.Platform): FileFilter[] {
  return [{ name: 'Topology design', extensions: [platform === 'darwin' ? 'json' : 'topo.json'] }, ALL_FILES_FILTER];
}

export function createFileCommands(deps: FileCommandDependencies) {
  const readText = deps.readText ?? defaultReadText;
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const platform = deps.platform ?? process.platform;
  let lastDirectory: string | null = null;

  const directoryForDialog = () => lastDirectory ?? deps.defaultDirectory();

  async function remember(filePath: string): Promise<void> {
    lastDirectory = dirname(filePath);
    const saved = await deps.recent.add(filePath);
    if (!saved.ok) deps.onRecentListError?.(saved.message);
    deps.onDocumentUsed?.(filePath);
  }

  /**
   * Reads a permitted file for the window; the renderer parses it. The window adopts the path
   * only once the renderer shows it loaded the file (see DocumentSession.pendingFilePath).
   */
  async function openPath(windowId: number, filePath: string): Promise<OpenOutcome> {
    if (!deps.policy.isPermitted(filePath)) return { status: 'error', message: new PathRefusedError(filePath).message };
    const read = await readText(filePath);
    if (!read.ok) {
      if (read.missing && deps.recent.has(filePath)) {
        const removed = await deps.recent.remove(filePath);
        if (!removed.ok) deps.onRecentListError?.(removed.message);
      }
      return { status: 'error', message: read.message };
    }
    deps.sessions.setPendingFile(windowId, filePath);
    await remember(filePath);
    return { status: 'opened', file: { name: basename(filePath), text: read.text } };
  }

  async function openDocument(windowId: number, dialogs: FileDialogs): Promise<OpenOutcome> {
    const chosen = await dialogs.chooseFileToOpen(documentFilters(platform));
    if (chosen === null) return { status: 'cancelled' };
    deps.policy.grantUserChoice(chosen);
    return openPath(windowId, chosen);
  }

  /** Throws InvalidPayloadError before any dialog or disk access when the payload is malformed. */
  async function saveDocument(windowId: number, dialogs: FileDialogs, payload: unknown): Promise<SaveOutcome> {
    const request = parsePayload(saveRequestSchema, payload, 'saveDocument');
    const session = deps.sessions.get(windowId);
    // A plain Save of a just-opened file names it: that is the renderer showing it loaded it.
    if (!request.saveAs && deps.sessions.confirmPendingFile(windowId, request.suggestedName)) deps.onSessionChanged?.(windowId);
    let target = request.saveAs ? null : session.filePath;
    if (target === null) {
      const defaultPath = session.filePath ?? join(directoryForDialog(), request.suggestedName);
      const chosen = await dialogs.chooseSavePath(defaultPath, documentFilters(platform));
      if (chosen === null) return { status: 'cancelled' };
      deps.policy.grantUserChoice(chosen);
      target = chosen;
    }
    if (!deps.policy.isPermitted(target)) return { status: 'error', message: new PathRefusedError(target).message };
    const written = await writeFile(target, request.text);
    if (!written.ok) return { status: 'error', message: written.message };
    deps.sessions.setSavedFile(windowId, target);
    deps.onSessionChanged?.(windowId);
    await remember(target);
    return { status: 'saved', name: basename(target) };
  }

  /** Exports go where the user points the dialog each time; they do not change the document's file. */
  async function exportFile(_windowId: number, dialogs: FileDialogs, payload: unknown): Promise<SaveOutcome> {
    const request = parsePayload(exportRequestSchema, payload, 'exportFile');
    const filters = [{ name: request.filterName, extensions: request.extensions }, ALL_FILES_FILTER];
    const chosen = await dialogs.chooseSavePath(join(directoryForDialog(), request.suggestedName), filters);
    // The path comes straight from the dialog and is used once, so it is not added to the policy.
    if (chosen === null) return { status: 'cancelled' };
    const data = request.encoding === 'base64' ? Buffer.from(request.data, 'base64') : request.data;
    const written = await writeFile(chosen, data);
    if (!written.ok) return { status: 'error', message: written.message };
    lastDirectory = dirname(chosen);
    return { status: 'saved', name: basename(chosen) };
  }

  return { openDocument, openPath, saveDocument, exportFile };
}

export type FileCommands = ReturnType<typeof createFileCommands>;
