// What a compromised renderer can do through IPC, driven through the fake 'electron' module with
// the real file commands and autosave: malformed payloads are refused before any dialog or disk
// access (the file layer is spied), and a save can only ever land on the file the user chose.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveStore } from './autosave';
import { InvokeChannel } from './channels';
import { DocumentSessions } from './documentState';
import { createFileCommands } from './fileCommands';
import * as files from './files';
import { registerIpcHandlers } from './ipc';
import { PathPolicy } from './pathPolicy';
import { RecentDocuments } from './recentDocuments';
import { START_URL } from './securityPolicy';
import { fakeElectron } from './testing/fakeElectron';
import type { DesignerWindows } from './window';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);
vi.mock('./files', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./files')>();
  return { ...actual, readTextFile: vi.fn(actual.readTextFile), writeFileAtomically: vi.fn(actual.writeFileAtomically) };
});

const { ipcHandlers, dialog } = fakeElectron;
let dir: string;
let window: InstanceType<typeof fakeElectron.module.BrowserWindow>;

const invoke = (channel: string, payload?: unknown) =>
  Promise.resolve().then(() => ipcHandlers.get(channel)!(fakeElectron.eventFrom(window), payload));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-ipc-refusals-'));
  window = new fakeElectron.module.BrowserWindow({});
  await window.loadURL(START_URL);
  const windows = {
    fromWebContents: (contents: unknown) => (contents === window.webContents ? window : null),
    refreshTitle: () => {},
  } as unknown as DesignerWindows;
  const sessions = new DocumentSessions();
  const recent = new RecentDocuments({ read: async () => null, write: async () => ({ ok: true }) });
  const fileCommands = createFileCommands({ sessions, recent, policy: new PathPolicy(recent), defaultDirectory: () => dir });
  registerIpcHandlers({ windows, sessions, files: fileCommands, autosave: createAutosaveStore({ directory: join(dir, 'autosave') }) });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(files.readTextFile).mockClear();
  vi.mocked(files.writeFileAtomically).mockClear();
  dialog.showSaveDialog.mockClear();
  dialog.showOpenDialog.mockClear();
});

const save = { text: '{"format":"hybrid-topology-designer"}', saveAs: false, suggestedName: 'Contoso.topo.json' };
const png = { suggestedName: 'Contoso.png', data: 'iVBORw0KGgo=', encoding: 'base64', filterName: 'PNG image', extensions: ['png'] };

describe('a malformed payload', () => {
  it.each([
    [InvokeChannel.saveDocument, undefined],
    [InvokeChannel.saveDocument, 'not an object'],
    [InvokeChannel.saveDocument, { ...save, text: 42 }],
    [InvokeChannel.saveDocument, { ...save, path: '/etc/passwd' }],
    [InvokeChannel.saveDocument, { ...save, suggestedName: '../../.bashrc' }],
    [InvokeChannel.saveDocument, { ...save, suggestedName: 'a\u0000b.topo.json' }],
    [InvokeChannel.exportFile, { ...png, data: 'not base64!' }],
    [InvokeChannel.exportFile, { ...png, encoding: 'hex' }],
    [InvokeChannel.exportFile, { ...png, extensions: ['*'] }],
    [InvokeChannel.exportFile, { ...png, suggestedName: '/tmp/evil.png' }],
    [InvokeChannel.autosave, { text: '{}', fileName: '../../escape.json' }],
    [InvokeChannel.autosave, { text: '{}', fileName: null, directory: '/tmp' }],
  ])('on %s (%j) is rejected before any dialog, read or write', async (channel, payload) => {
    await expect(invoke(channel, payload)).rejects.toThrow(/^Invalid (saveDocument|exportFile|autosave) request/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(files.writeFileAtomically).not.toHaveBeenCalled();
    expect(files.readTextFile).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('asking to open a link that is not a string is answered false, without touching anything', async () => {
    expect(await invoke(InvokeChannel.openExternal, { url: 'https://learn.microsoft.com/' })).toBe(false);
    expect(fakeElectron.module.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('where a save lands', () => {
  it('is the file chosen in the dialog, and a later save cannot steer it elsewhere', async () => {
    const chosen = join(dir, 'Chosen.topo.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    expect(await invoke(InvokeChannel.saveDocument, save)).toEqual({ status: 'saved', name: 'Chosen.topo.json' });

    // The renderer names another file: only the dialog can change where the document is saved.
    expect(await invoke(InvokeChannel.saveDocument, { ...save, text: '{"v":2}', suggestedName: 'Other.topo.json' })).toEqual({
      status: 'saved',
      name: 'Chosen.topo.json',
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
    expect(vi.mocked(files.writeFileAtomically).mock.calls.map(([path]) => path)).toEqual([chosen, chosen]);
    expect(await readFile(chosen, 'utf8')).toBe('{"v":2}');
    expect((await readdir(dir)).sort()).toEqual(['Chosen.topo.json']);
  });
});
