// A small stand-in for the 'electron' module, for unit tests of the main-process wiring in
// plain Node (the Electron runtime cannot be downloaded everywhere). It records what main asks
// of Electron and lets a test play the part of Chromium: fire app events, send IPC, click menus.
// Only the members main actually uses exist; a new call to Electron fails loudly here.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeEvent {
  defaultPrevented = false;
  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

function createFake() {
  const appEvents = new EventEmitter();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let isReady = false;
  const paths: Record<string, string> = { userData: '/nonexistent/userData', documents: '/nonexistent/Documents' };

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcListeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  let nextWebContentsId = 1;
  class FakeWebContents extends EventEmitter {
    readonly id = nextWebContentsId++;
    url = '';
    mainFrame: FakeFrame = { url: '', parent: null };
    readonly sent: unknown[][] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    send(channel: string, ...args: unknown[]): void {
      this.sent.push([channel, ...args]);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    getURL(): string {
      return this.url;
    }
  }

  let nextWindowId = 1;
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly id = nextWindowId++;
    readonly webContents = new FakeWebContents();
    title: string;
    destroyed = false;
    documentEdited = false;
    loadedUrl: string | null = null;
    constructor(readonly options: { title?: string; webPreferences?: Record<string, unknown> }) {
      super();
      this.title = options.title ?? '';
      windows.push(this);
      appEvents.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((window) => window.webContents === contents && !window.destroyed) ?? null;
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return null;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.destroyed);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.url = url;
      this.webContents.mainFrame = { url, parent: null };
      return Promise.resolve();
    }
    setTitle(title: string): void {
      this.title = title;
    }
    getTitle(): string {
      return this.title;
    }
    setDocumentEdited(edited: boolean): void {
      this.documentEdited = edited;
    }
    setRepresentedFilename(): void {}
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    show(): void {}
    focus(): void {}
    close(): void {
      const event = new FakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  };

  const defaultSession = {
    permissionRequestHandler: null as null | ((...args: unknown[]) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
    beforeRequest: null as null | { filter: { urls: string[] }; listener: (...args: unknown[]) => void },
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      this.devicePermissionHandler = handler;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: (...args: unknown[]) => void) {
        defaultSession.beforeRequest = { filter, listener };
      },
    },
  };

  const menu = { template: null as unknown[] | null };

  const module = {
    app: {
      isPackaged: false,
      on(event: string, listener: (...args: unknown[]) => void) {
        appEvents.on(event, listener);
        return this;
      },
      whenReady: () => ready,
      isReady: () => isReady,
      requestSingleInstanceLock: vi.fn(() => true),
      setPath: (name: string, value: string) => {
        paths[name] = value;
      },
      getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
      enableSandbox: vi.fn(),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      quit: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => ipcListeners.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (built: { template: unknown[] } | null) => {
        menu.template = built?.template ?? null;
      },
    },
    dialog,
    shell: { openExternal: vi.fn(async () => undefined) },
  };

  return {
    module,
    appEvents,
    windows,
    ipcHandlers,
    ipcListeners,
    protocolHandlers,
    defaultSession,
    dialog,
    menu,
    paths,
    FakeWebContents,
    emitReady(): void {
      isReady = true;
      markReady();
      appEvents.emit('ready');
    },
    /** An IPC event as Electron would build it for a message from `window`'s main frame. */
    eventFrom(window: FakeBrowserWindow, frame: FakeFrame | null = window.webContents.mainFrame) {
      return { sender: window.webContents, senderFrame: frame };
    },
  };
}

export const fakeElectron = createFake();
export type FakeElectron = typeof fakeElectron;
