// The main process wired together (main.ts and every module it starts), driven through a fake
// 'electron' module: what can be checked without the Electron runtime, short of the e2e specs.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InvokeChannel, MenuCommandChannel, SendChannel } from './channels';
import { START_URL } from './securityPolicy';
import { FakeEvent, fakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

const { dialog, ipcHandlers, ipcListeners, windows, appEvents } = fakeElectron;
let dir: string;

const window = () => windows[0]!;
const invoke = (channel: string, payload?: unknown, event = fakeElectron.eventFrom(window())) =>
  Promise.resolve().then(() => ipcHandlers.get(channel)!(event, payload));
const send = (channel: string, payload?: unknown, event = fakeElectron.eventFrom(window())) => ipcListeners.get(channel)!(event, payload);
const menuCommands = () => window().webContents.sent.filter(([channel]) => channel === MenuCommandChannel).map(([, command]) => command);

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function menuItem(id: string): MenuItemConstructorOptions {
  const find = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const inner = Array.isArray(item.submenu) ? find(item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find((fakeElectron.menu.template ?? []) as MenuItemConstructorOptions[]);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-main-'));
  process.env.HTD_USER_DATA_DIR = join(dir, 'userData');
  await import('./main');
  fakeElectron.emitReady();
  await until(() => windows.length === 1 && fakeElectron.menu.template !== null, 'the window and the menu');
});
afterAll(async () => {
  delete process.env.HTD_USER_DATA_DIR;
  await rm(dir, { recursive: true, force: true });
});

describe('startup', () => {
  it('uses the userData folder from HTD_USER_DATA_DIR and takes the single-instance lock', () => {
    expect(fakeElectron.paths.userData).toBe(join(dir, 'userData'));
    expect(fakeElectron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('opens one window on app://designer with secure web preferences and a bundled preload', () => {
    expect(window().loadedUrl).toBe(START_URL);
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(String(window().options.webPreferences!.preload)).toMatch(/preload\.cjs$/);
    expect(window().title).toBe('Untitled — Hybrid Topology Designer');
  });

  it('guards the window it created (web-contents-created)', () => {
    expect(window().webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('IPC', () => {
  it('rejects a sender frame that is not our app:// main frame, before any dialog', async () => {
    dialog.showOpenDialog.mockClear();
    const fromElsewhere = fakeElectron.eventFrom(window(), { url: 'https://example.com/', parent: null });
    await expect(invoke(InvokeChannel.openDocument, undefined, fromElsewhere)).rejects.toThrow(/did not come from the designer/);
    const fromSubframe = fakeElectron.eventFrom(window(), { url: START_URL, parent: { url: START_URL, parent: null } });
    await expect(invoke(InvokeChannel.openDocument, undefined, fromSubframe)).rejects.toThrow(/did not come from the designer/);
    await expect(invoke(InvokeChannel.openDocument, undefined, fakeElectron.eventFrom(window(), null))).rejects.toThrow();
    const stranger = { sender: new fakeElectron.FakeWebContents(), senderFrame: { url: START_URL, parent: null } };
    await expect(invoke(InvokeChannel.openDocument, undefined, stranger)).rejects.toThrow();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('rejects an invalid save payload before any dialog or disk access', async () => {
    dialog.showSaveDialog.mockClear();
    await expect(invoke(InvokeChannel.saveDocument, { text: 1, saveAs: false, suggestedName: 'x' })).rejects.toThrow(/Invalid saveDocument request/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('queues menu commands until the renderer subscribes, then delivers them', async () => {
    (menuItem('file.new').click as () => void)();
    expect(menuCommands()).toEqual([]);
    send(SendChannel.menuCommandsReady);
    expect(menuCommands()).toEqual([{ command: 'new' }]);
    (menuItem('view.fitView').click as () => void)();
    expect(menuCommands()).toEqual([{ command: 'new' }, { command: 'fitView' }]);
  });

  it('keeps delivering after a blocked navigation, and queues again after a reload until the new page subscribes', () => {
    const contents = window().webContents;
    const blocked = new FakeEvent({ url: 'https://example.com/', isMainFrame: true, isSameDocument: false });
    contents.emit('did-start-navigation', blocked);
    contents.emit('will-navigate', blocked);
    expect(blocked.defaultPrevented).toBe(true);
    (menuItem('view.zoomIn').click as () => void)();
    expect(menuCommands().at(-1)).toEqual({ command: 'zoomIn' });

    contents.emit('did-navigate', new FakeEvent(), START_URL, -1, '');
    (menuItem('view.zoomOut').click as () => void)();
    expect(menuCommands().at(-1)).toEqual({ command: 'zoomIn' });
    send(SendChannel.menuCommandsReady);
    expect(menuCommands().at(-1)).toEqual({ command: 'zoomOut' });
  });

  it('saves through the save dialog, then updates the title from the renderer state', async () => {
    const target = join(dir, 'Contoso.topo.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const outcome = await invoke(InvokeChannel.saveDocument, { text: '{"format":"hybrid-topology-designer"}', saveAs: false, suggestedName: 'Contoso.topo.json' });
    expect(outcome).toEqual({ status: 'saved', name: 'Contoso.topo.json' });
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ format: 'hybrid-topology-designer' });
    expect(fakeElectron.module.app.addRecentDocument).toHaveBeenCalledWith(target);
    await until(() => existsSync(join(dir, 'userData', 'recent-documents.json')), 'the recent list file');

    send(SendChannel.setDocumentState, { name: 'Contoso.topo.json', dirty: true });
    expect(window().title).toBe('● Contoso.topo.json — Hybrid Topology Designer');
    send(SendChannel.setDocumentState, { name: 'Contoso.topo.json', dirty: false, path: '/etc/passwd' });
    expect(window().title).toBe('● Contoso.topo.json — Hybrid Topology Designer');
  });

  it('opens through the open dialog and returns the text for the renderer to parse', async () => {
    const file = join(dir, 'Opened.topo.json');
    await writeFile(file, '\uFEFF{"format":"hybrid-topology-designer"}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke(InvokeChannel.openDocument)).toEqual({
      status: 'opened',
      file: { name: 'Opened.topo.json', text: '{"format":"hybrid-topology-designer"}' },
    });
  });

  it('opens only allow-listed links in the browser', async () => {
    const { shell } = fakeElectron.module;
    shell.openExternal.mockClear();
    expect(await invoke(InvokeChannel.openExternal, 'https://learn.microsoft.com/azure/')).toBe(true);
    expect(await invoke(InvokeChannel.openExternal, 'https://learn.microsoft.com.evil.com/')).toBe(false);
    expect(await invoke(InvokeChannel.openExternal, { url: 'https://learn.microsoft.com/' })).toBe(false);
    expect(shell.openExternal.mock.calls).toEqual([['https://learn.microsoft.com/azure/']]);
  });
});

describe('the menu and the recent list', () => {
  it('lists saved and opened files under Open Recent, and Open Recent sends the file to the renderer', async () => {
    expect(menuItem('file.openRecent.0').label).toContain('Opened.topo.json');
    expect(menuItem('file.openRecent.1').label).toContain('Contoso.topo.json');
    send(SendChannel.setDocumentState, { name: 'Opened.topo.json', dirty: false });
    const before = menuCommands().length;
    (menuItem('file.openRecent.1').click as () => void)();
    await until(() => menuCommands().length > before, 'the openedFile command');
    expect(menuCommands().at(-1)).toEqual({
      command: 'openedFile',
      file: { name: 'Contoso.topo.json', text: '{"format":"hybrid-topology-designer"}' },
    });
  });

  it('asks before Open Recent replaces unsaved changes, and does nothing on Cancel', async () => {
    send(SendChannel.setDocumentState, { name: 'Contoso.topo.json', dirty: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    const before = menuCommands().length;
    (menuItem('file.openRecent.0').click as () => void)();
    await until(() => dialog.showMessageBox.mock.calls.length > 0, 'the prompt');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(menuCommands()).toHaveLength(before);
    dialog.showMessageBox.mockClear();
  });
});

describe('closing', () => {
  it('asks about unsaved changes; Save sends saveAndClose and closeWindow() then closes', async () => {
    send(SendChannel.setDocumentState, { name: 'Contoso.topo.json', dirty: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window().close();
    expect(window().destroyed).toBe(false);
    await until(() => JSON.stringify(menuCommands().at(-1)) === '{"command":"saveAndClose"}', 'saveAndClose');
    const [, options] = dialog.showMessageBox.mock.calls[0]! as [unknown, { buttons: string[] }];
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    send(SendChannel.closeWindow);
    expect(window().destroyed).toBe(true);
  });

  it('quits when the last window closes (not on macOS)', () => {
    appEvents.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(fakeElectron.module.app.quit).toHaveBeenCalled();
  });

  it('a second launch with a file opens it in a window', async () => {
    const file = join(dir, 'Second.topo.json');
    await writeFile(file, '{}');
    appEvents.emit('second-instance', new FakeEvent(), ['/opt/htd/htd', file], dir, {});
    await until(() => windows.length === 2, 'a new window');
    const second = windows[1]!;
    ipcListeners.get(SendChannel.menuCommandsReady)!(fakeElectron.eventFrom(second));
    await until(() => second.webContents.sent.length > 0, 'the openedFile command');
    expect(second.webContents.sent[0]).toEqual([MenuCommandChannel, { command: 'openedFile', file: { name: 'Second.topo.json', text: '{}' } }]);
  });
});
