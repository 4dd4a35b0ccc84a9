// Opening a file that main picks up itself rather than through the renderer's openDocument():
// Open Recent, a file named at launch or by a second launch, and macOS "open-file". Main reads
// it and sends {command: 'openedFile'}; since the renderer does not ask first in these cases,
// main asks before replacing a document with unsaved changes.
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { DocumentSessions } from './documentState';
import type { FileCommands } from './fileCommands';
import type { PathPolicy } from './pathPolicy';
import { replaceConfirmed, replacePrompt } from './unsavedChangesPrompt';
import type { DesignerWindows } from './window';

export interface DocumentOpenerDependencies {
  windows: DesignerWindows;
  sessions: DocumentSessions;
  files: FileCommands;
  policy: PathPolicy;
}

export function createDocumentOpener({ windows, sessions, files, policy }: DocumentOpenerDependencies) {
  async function openInWindow(window: BrowserWindow, filePath: string): Promise<void> {
    const session = sessions.get(window.id);
    if (session.dirty) {
      const { response } = await dialog.showMessageBox(window, replacePrompt(session.name, basename(filePath)));
      if (!replaceConfirmed(response) || window.isDestroyed()) return;
    }
    const outcome = await files.openPath(window.id, filePath);
    if (window.isDestroyed()) return;
    if (outcome.status === 'opened') {
      windows.send(window, { command: 'openedFile', file: outcome.file });
    } else if (outcome.status === 'error') {
      await dialog.showMessageBox(window, { type: 'error', message: 'The design could not be opened.', detail: outcome.message });
    }
  }

  const targetWindow = () => windows.target() ?? windows.create();

  return {
    /** An Open Recent item: permitted because the path is on main's recent list. */
    openRecent(filePath: string): Promise<void> {
      return openInWindow(targetWindow(), filePath);
    },
    /** A path the user named outside our dialogs (command line, file association, Finder). */
    openUserChosen(filePath: string): Promise<void> {
      policy.grantUserChoice(filePath);
      const window = targetWindow();
      windows.focus(window);
      return openInWindow(window, filePath);
    },
  };
}

export type DocumentOpener = ReturnType<typeof createDocumentOpener>;
