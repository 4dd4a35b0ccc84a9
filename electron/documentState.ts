// What main knows about each window's document: the file it came from (so the renderer never
// has to name a path), and the name and unsaved-changes flag the renderer reports (for the
// title bar and the close prompt). The document itself lives only in the renderer.
import { basename } from 'node:path';
import type { DocumentState } from './api';

export const APP_NAME = 'Hybrid Topology Designer';
export const UNTITLED_NAME = 'Untitled';
/** Shown before the name while there are unsaved changes, as VS Code does. */
export const UNSAVED_MARKER = '●';

export interface DocumentSession extends DocumentState {
  /** The file this window saves to; null for a new, never-saved document. */
  filePath: string | null;
  /**
   * A file main has read for this window but the renderer has not yet shown to have loaded.
   * The renderer parses files and may refuse one (broken, or from a newer version) while
   * keeping the open design; adopting the path at once would make the next Save overwrite the
   * refused file with that other design. It becomes `filePath` once the renderer reports that
   * file's name (setDocumentState after loading, or as the suggested name of a save).
   */
  pendingFilePath: string | null;
}

export function formatWindowTitle(state: DocumentState, appName: string = APP_NAME): string {
  return `${state.dirty ? `${UNSAVED_MARKER} ` : ''}${state.name} — ${appName}`;
}

export class DocumentSessions {
  private readonly sessions = new Map<number, DocumentSession>();

  get(windowId: number): DocumentSession {
    let session = this.sessions.get(windowId);
    if (!session) {
      session = { filePath: null, pendingFilePath: null, name: UNTITLED_NAME, dirty: false };
      this.sessions.set(windowId, session);
    }
    return session;
  }

  /** The renderer's report; it also confirms a pending file whose name it now shows. */
  setState(windowId: number, state: DocumentState): DocumentSession {
    const session = this.get(windowId);
    this.confirmPendingFile(windowId, state.name);
    session.name = state.name;
    session.dirty = state.dirty;
    return session;
  }

  /** Main has read `filePath` for this window and sent it to the renderer. */
  setPendingFile(windowId: number, filePath: string): DocumentSession {
    const session = this.get(windowId);
    session.pendingFilePath = filePath;
    return session;
  }

  /** Adopts the pending file if the renderer names it; returns whether it did. */
  confirmPendingFile(windowId: number, reportedName: string): boolean {
    const session = this.get(windowId);
    if (session.pendingFilePath === null || basename(session.pendingFilePath) !== reportedName) return false;
    session.filePath = session.pendingFilePath;
    session.pendingFilePath = null;
    return true;
  }

  /** After a successful save: this window's document now lives at `filePath`. */
  setSavedFile(windowId: number, filePath: string): DocumentSession {
    const session = this.get(windowId);
    session.filePath = filePath;
    session.pendingFilePath = null;
    session.name = basename(filePath);
    session.dirty = false;
    return session;
  }

  /** A new document: forget the path so the next save asks where to save. */
  reset(windowId: number): DocumentSession {
    const session = this.get(windowId);
    session.filePath = null;
    session.pendingFilePath = null;
    session.name = UNTITLED_NAME;
    session.dirty = false;
    return session;
  }

  delete(windowId: number): void {
    this.sessions.delete(windowId);
  }
}
