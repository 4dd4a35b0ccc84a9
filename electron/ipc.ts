// Wires the preload's channels to main. Every message is checked twice before anything else
// happens: the sender must be the main frame of one of our windows showing an app:// page, and
// the payload must parse against its zod schema (payloads.ts). Refusals throw, so the
// renderer's promise rejects; fire-and-forget messages that fail the checks are dropped.
import { join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { AUTOSAVE_FOLDER, createAutosaveStore, type AutosaveStore } from './autosave';
import { InvokeChannel, SendChannel } from './channels';
import type { DocumentSessions } from './documentState';
import { openDocumentationLink } from './externalLinks';
import type { FileCommands, FileDialogs } from './fileCommands';
import { documentStateSchema, externalUrlSchema } from './payloads';
import { isTrustedSenderFrame } from './securityPolicy';
import type { DesignerWindows } from './window';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
  constructor(channel: string) {
    super(`Refused ${channel}: the request did not come from the designer's own page.`);
  }
}

export interface IpcDependencies {
  windows: DesignerWindows;
  sessions: DocumentSessions;
  files: FileCommands;
  /** Defaults to userData/autosave, read when the handlers are registered (after `ready`). */
  autosave?: AutosaveStore;
}

/** Native dialogs attached to the window that asked, so they are modal to it. */
export function dialogsFor(window: BrowserWindow): FileDialogs {
  return {
    async chooseFileToOpen(filters) {
      const result = await dialog.showOpenDialog(window, { title: 'Open Design', properties: ['openFile'], filters });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
    },
    async chooseSavePath(defaultPath, filters) {
      const result = await dialog.showSaveDialog(window, {
        defaultPath,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export function registerIpcHandlers({ windows, sessions, files, autosave: autosaveStore }: IpcDependencies): void {
  const autosave = autosaveStore ?? createAutosaveStore({ directory: join(app.getPath('userData'), AUTOSAVE_FOLDER) });

  const senderWindow = (event: IpcMainEvent | IpcMainInvokeEvent): BrowserWindow | null => {
    const window = windows.fromWebContents(event.sender);
    return window && isTrustedSenderFrame(event.senderFrame) ? window : null;
  };

  const handle = (channel: string, handler: (window: BrowserWindow, payload: unknown) => Promise<unknown>) => {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const window = senderWindow(event);
      if (!window) throw new UntrustedSenderError(channel);
      return handler(window, payload);
    });
  };

  const on = (channel: string, handler: (window: BrowserWindow, payload: unknown) => void) => {
    ipcMain.on(channel, (event, payload: unknown) => {
      const window = senderWindow(event);
      if (!window) {
        console.warn(new UntrustedSenderError(channel).message);
        return;
      }
      handler(window, payload);
    });
  };

  handle(InvokeChannel.openDocument, (window) => files.openDocument(window.id, dialogsFor(window)));
  handle(InvokeChannel.saveDocument, (window, payload) => files.saveDocument(window.id, dialogsFor(window), payload));
  handle(InvokeChannel.exportFile, (window, payload) => files.exportFile(window.id, dialogsFor(window), payload));
  handle(InvokeChannel.openExternal, async (_window, payload) => {
    const parsed = externalUrlSchema.safeParse(payload);
    return parsed.success ? openDocumentationLink(parsed.data) : false;
  });

  // Each window autosaves to its own file (electron/autosave.ts).
  handle(InvokeChannel.autosave, (window, payload) => autosave.write(window.id, payload));
  handle(InvokeChannel.readAutosave, (window) => autosave.read(window.id));
  handle(InvokeChannel.clearAutosave, (window) => autosave.clear(window.id));

  on(SendChannel.setDocumentState, (window, payload) => {
    const parsed = documentStateSchema.safeParse(payload);
    if (!parsed.success) {
      console.warn(`Ignored an invalid setDocumentState message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    sessions.setState(window.id, parsed.data);
    windows.refreshTitle(window.id);
  });
  on(SendChannel.resetDocument, (window) => {
    sessions.reset(window.id);
    windows.refreshTitle(window.id);
  });
  on(SendChannel.closeWindow, (window) => windows.closeAfterSave(window));
  on(SendChannel.menuCommandsReady, (window) => windows.markReady(window));
}
