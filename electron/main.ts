// Electron main entry: one instance, secure defaults installed before anything loads, then the
// window, IPC and menu wired together. Each concern lives in its own module.
import { join } from 'node:path';
import { app } from 'electron';
import { AUTOSAVE_FOLDER, createAutosaveStore } from './autosave';
import { createDocumentOpener } from './documentOpener';
import { DocumentSessions } from './documentState';
import { createFileCommands } from './fileCommands';
import { registerIpcHandlers } from './ipc';
import { documentPathFromArgv } from './launchArguments';
import { installApplicationMenu } from './menu';
import { PathPolicy } from './pathPolicy';
import { handleAppScheme, registerAppScheme } from './protocol';
import { fileStorage, RecentDocuments } from './recentDocuments';
import { hardenDefaultSession, installSecurityGuards } from './security';
import { DesignerWindows } from './window';

// Bundled to dist-electron/main.cjs; the renderer is built to dist/renderer beside it.
const rendererDir = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

// Tests (and anyone running two isolated copies) point userData elsewhere; it must be set
// before the single-instance lock, which is keyed on the userData folder.
if (process.env.HTD_USER_DATA_DIR) app.setPath('userData', process.env.HTD_USER_DATA_DIR);

// Both must happen before `ready`.
registerAppScheme();
installSecurityGuards();

if (!app.requestSingleInstanceLock()) {
  // Another instance is running: it receives our argv in 'second-instance' and opens the file.
  app.quit();
} else {
  start();
}

function start(): void {
  const recent = new RecentDocuments(fileStorage(join(app.getPath('userData'), 'recent-documents.json')));
  const policy = new PathPolicy(recent);
  const sessions = new DocumentSessions();
  const autosave = createAutosaveStore({ directory: join(app.getPath('userData'), AUTOSAVE_FOLDER) });
  let quitting = false;
  const windows = new DesignerWindows(sessions, {
    preloadPath,
    isPackaged: app.isPackaged,
    platform: process.platform,
    onCloseCancelled: () => {
      quitting = false;
    },
    onClosed: (windowId) => {
      autosave.release(windowId).catch((error: unknown) => console.warn(error instanceof Error ? error.message : error));
    },
  });
  const files = createFileCommands({
    sessions,
    recent,
    policy,
    defaultDirectory: () => app.getPath('documents'),
    onSessionChanged: (windowId) => windows.refreshTitle(windowId),
    onDocumentUsed: (filePath) => app.addRecentDocument(filePath),
    onRecentListError: (message) => console.warn(`Could not update the recent documents list: ${message}`),
  });
  const opener = createDocumentOpener({ windows, sessions, files, policy });

  const argvOptions = (workingDirectory: string) => ({ isDefaultApp: process.defaultApp === true, workingDirectory });
  let launchPath = documentPathFromArgv(process.argv, argvOptions(process.cwd()));

  // macOS delivers Finder opens as an event, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) void opener.openUserChosen(filePath);
    else launchPath = filePath;
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = documentPathFromArgv(argv, argvOptions(workingDirectory));
    if (filePath) {
      void opener.openUserChosen(filePath);
    } else {
      const window = windows.target() ?? windows.create();
      windows.focus(window);
    }
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  // On macOS the app stays open without windows, unless the last one closed during a quit.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (windows.count() === 0) windows.create();
  });

  void app.whenReady().then(async () => {
    hardenDefaultSession();
    handleAppScheme(rendererDir);
    await recent.load();
    registerIpcHandlers({ windows, sessions, files, autosave });
    installApplicationMenu({ windows, recent, opener });
    windows.create();
    if (launchPath) void opener.openUserChosen(launchPath);
  });
}
