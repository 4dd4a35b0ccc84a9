// The preload API as the renderer sees it: task-named functions, never raw IPC.
// Types only: the renderer may import this file (type-only), nothing else from electron/.

/** Commands the native menu sends to the renderer. The menu holds no state of its own. */
export const MENU_COMMANDS = [
  'new',
  /** File ▸ New from Template…: the gallery of workshop templates. */
  'newFromTemplate',
  'open',
  'save',
  'saveAs',
  'exportJson',
  'exportPng',
  'exportSvg',
  'exportDrawio',
  /** The toolbar's Export… dialog (all formats and options). */
  'export',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'fitView',
  'toggleMinimap',
  /** Presenter mode: full-screen canvas, scenes, what-if failures. */
  'present',
  /** Lays the design out left to right (one undo step). */
  'autoLayout',
  'shortcuts',
  'about',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];

export type MenuCommand =
  | { command: MenuCommandName }
  /** Open Recent ▸ item: main has already read the file (it is on main's own recent list). */
  | { command: 'openedFile'; file: OpenedFile }
  /** The user chose "Save" in the close-with-unsaved-changes dialog: save, then call closeWindow(). */
  | { command: 'saveAndClose' };

export interface OpenedFile {
  /** File name without folders, for the title bar. */
  name: string;
  text: string;
}

export type OpenOutcome =
  | { status: 'opened'; file: OpenedFile }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export type SaveOutcome = { status: 'saved'; name: string } | { status: 'cancelled' } | { status: 'error'; message: string };

export interface SaveRequest {
  /** The serialised document (the renderer runs the shared save pipeline). */
  text: string;
  /** Ask for a path even when the document already has one. */
  saveAs: boolean;
  /** File name offered in the dialog, e.g. "Contoso hybrid.topo.json". */
  suggestedName: string;
}

export interface ExportRequest {
  suggestedName: string;
  /** Text for JSON/SVG/draw.io; base64 for binary formats such as PNG. */
  data: string;
  encoding: 'utf8' | 'base64';
  filterName: string;
  extensions: string[];
}

export interface DocumentState {
  /** Document name shown in the window title. */
  name: string;
  dirty: boolean;
}

/** What the renderer hands over for autosave: the serialised document and its file name, if any. */
export interface AutosaveSnapshot {
  text: string;
  /** The file the document came from or was saved as (a name, no folders); null while untitled. */
  fileName: string | null;
}

/** An autosave as stored, with the time it was written (ISO 8601, set where it is stored). */
export interface AutosaveRecord extends AutosaveSnapshot {
  savedAt: string;
}

export interface DesignerApi {
  openDocument(): Promise<OpenOutcome>;
  saveDocument(request: SaveRequest): Promise<SaveOutcome>;
  exportFile(request: ExportRequest): Promise<SaveOutcome>;
  /** Keeps the window title and the close-with-unsaved-changes check in step with the renderer. */
  setDocumentState(state: DocumentState): void;
  /** A new, untitled document: main forgets the current file path. */
  resetDocument(): void;
  /** After a successful "save and close". */
  closeWindow(): void;
  /** Opens an https URL of an allowed host in the system browser; others are refused. */
  openExternal(url: string): Promise<boolean>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Keeps a copy of this window's unsaved work in the app's data folder (userData/autosave/, one file per window). */
  autosave(snapshot: AutosaveSnapshot): Promise<void>;
  /** The autosave left by an earlier session (for example before a crash), or null. */
  readAutosave(): Promise<AutosaveRecord | null>;
  /** Forgets the autosave: the work is saved, discarded or replaced by a document without changes. */
  clearAutosave(): Promise<void>;
}

/** The name under which the preload exposes the API on `window`. */
export const API_KEY = 'designer';
