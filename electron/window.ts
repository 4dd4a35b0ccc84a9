// The designer's windows: secure web preferences, the title bar, the close-with-unsaved-changes
// prompt, and delivery of menu commands to each window's renderer.
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { MenuCommand } from './api';
import { MenuCommandChannel } from './channels';
import { formatWindowTitle, UNTITLED_NAME, type DocumentSessions } from './documentState';
import { START_URL } from './securityPolicy';
import { closeDecision, closePrompt } from './unsavedChangesPrompt';

interface WindowRecord {
  window: BrowserWindow;
  /** The renderer has subscribed to menu commands (preload's menuCommandsReady). */
  ready: boolean;
  /** Commands sent before the renderer subscribed, e.g. a file opened at launch. */
  pending: MenuCommand[];
  /** The user already agreed to close (Don't Save, or Save then closeWindow()). */
  closeConfirmed: boolean;
  prompting: boolean;
}

export interface DesignerWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The user chose Cancel in the close prompt: a quit in progress must stop too. */
  onCloseCancelled?(): void;
  /** The window has closed: its autosave is no longer needed (electron/autosave.ts). */
  onClosed?(windowId: number): void;
}

const MAX_PENDING_COMMANDS = 20;

export class DesignerWindows {
  private readonly records = new Map<number, WindowRecord>();
  private lastFocusedId: number | null = null;

  constructor(
    private readonly sessions: DocumentSessions,
    private readonly options: DesignerWindowOptions,
  ) {}

  create(): BrowserWindow {
    const window = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 960,
      minHeight: 600,
      show: false,
      backgroundColor: '#ffffff',
      title: formatWindowTitle({ name: UNTITLED_NAME, dirty: false }),
      webPreferences: {
        // Reviewed: the preload exposes task-named functions only (docs/security.md, PRELOAD_JS_CHECK).
        preload: this.options.preloadPath, // eng-disable PRELOAD_JS_CHECK
        // The Electron security checklist, explicitly, even where it is the default.
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        // A middle click on a link would otherwise ask for a new window (Electronegativity AUXCLICK_JS_CHECK).
        disableBlinkFeatures: 'Auxclick',
        safeDialogs: true,
        spellcheck: false,
        devTools: !this.options.isPackaged,
      },
    });
    const id = window.id;
    const record: WindowRecord = { window, ready: false, pending: [], closeConfirmed: false, prompting: false };
    this.records.set(id, record);
    this.lastFocusedId = id;
    this.refreshTitle(id);

    window.once('ready-to-show', () => window.show());
    window.on('focus', () => {
      this.lastFocusedId = id;
    });
    // Main owns the title (document name and unsaved marker); the page's <title> must not win.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('close', (event) => this.onClose(record, event));
    window.on('closed', () => {
      this.records.delete(id);
      this.sessions.delete(id);
      if (this.lastFocusedId === id) this.lastFocusedId = null;
      this.options.onClosed?.(id);
    });
    // A reload commits a new document that has not subscribed yet: queue until it does.
    // 'did-navigate' (main frame, committed, not in-page) rather than 'did-start-navigation',
    // which also fires for navigations that 'will-navigate' then blocks.
    window.webContents.on('did-navigate', () => {
      record.ready = false;
    });

    void window.loadURL(START_URL).catch((error: unknown) => {
      console.error(`Could not load the designer page (${START_URL}):`, error instanceof Error ? error.message : error);
    });
    return window;
  }

  count(): number {
    return this.records.size;
  }

  /** Our window for this webContents, or null for anything else (devtools, a stray guest). */
  fromWebContents(contents: WebContents): BrowserWindow | null {
    const window = BrowserWindow.fromWebContents(contents);
    if (!window || !this.records.has(window.id) || window.webContents !== contents) return null;
    return window;
  }

  /** Where menu commands go: the focused designer window, else the one focused last, else any. */
  target(): BrowserWindow | null {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.records.has(focused.id)) return focused;
    if (this.lastFocusedId !== null) {
      const last = this.records.get(this.lastFocusedId);
      if (last) return last.window;
    }
    const first = this.records.values().next();
    return first.done ? null : first.value.window;
  }

  focus(window: BrowserWindow): void {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  send(window: BrowserWindow, command: MenuCommand): void {
    const record = this.records.get(window.id);
    if (!record || window.isDestroyed()) return;
    if (record.ready) {
      window.webContents.send(MenuCommandChannel, command);
    } else if (record.pending.length < MAX_PENDING_COMMANDS) {
      record.pending.push(command);
    }
  }

  markReady(window: BrowserWindow): void {
    const record = this.records.get(window.id);
    if (!record) return;
    record.ready = true;
    const pending = record.pending.splice(0);
    for (const command of pending) window.webContents.send(MenuCommandChannel, command);
  }

  refreshTitle(windowId: number): void {
    const record = this.records.get(windowId);
    if (!record || record.window.isDestroyed()) return;
    const session = this.sessions.get(windowId);
    record.window.setTitle(formatWindowTitle(session));
    if (this.options.platform === 'darwin') {
      record.window.setDocumentEdited(session.dirty);
      record.window.setRepresentedFilename(session.filePath ?? '');
    }
  }

  /** closeWindow() from the renderer, after a successful "Save" in the close prompt. */
  closeAfterSave(window: BrowserWindow): void {
    const record = this.records.get(window.id);
    if (!record) return;
    record.closeConfirmed = true;
    window.close();
  }

  private onClose(record: WindowRecord, event: Electron.Event): void {
    const session = this.sessions.get(record.window.id);
    if (record.closeConfirmed || !session.dirty) return;
    event.preventDefault();
    if (record.prompting) return;
    record.prompting = true;
    void dialog.showMessageBox(record.window, closePrompt(session.name)).then(({ response }) => {
      record.prompting = false;
      if (record.window.isDestroyed()) return;
      const decision = closeDecision(response);
      if (decision === 'save') {
        this.send(record.window, { command: 'saveAndClose' });
      } else if (decision === 'discard') {
        record.closeConfirmed = true;
        record.window.close();
      } else {
        this.options.onCloseCancelled?.();
      }
    });
  }
}
