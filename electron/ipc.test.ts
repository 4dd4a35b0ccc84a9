// The autosave channels as main registers them, driven through the fake 'electron' module: the
// sender check, payload validation and the default folder under userData.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_FILE, AUTOSAVE_FOLDER } from './autosave';
import { InvokeChannel } from './channels';
import { DocumentSessions } from './documentState';
import type { FileCommands } from './fileCommands';
import { registerIpcHandlers } from './ipc';
import { START_URL } from './securityPolicy';
import { fakeElectron } from './testing/fakeElectron';
import type { DesignerWindows } from './window';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

const { ipcHandlers } = fakeElectron;
let dir: string;
let window: InstanceType<typeof fakeElectron.module.BrowserWindow>;

const invoke = (channel: string, payload?: unknown, event: unknown = fakeElectron.eventFrom(window)) =>
  Promise.resolve().then(() => ipcHandlers.get(channel)!(event, payload));
const autosaveFile = () => join(dir, 'userData', AUTOSAVE_FOLDER, AUTOSAVE_FILE);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-ipc-'));
  fakeElectron.paths.userData = join(dir, 'userData');
  window = new fakeElectron.module.BrowserWindow({});
  await window.loadURL(START_URL);
  const windows = {
    fromWebContents: (contents: unknown) => (contents === window.webContents ? window : null),
  } as unknown as DesignerWindows;
  registerIpcHandlers({ windows, sessions: new DocumentSessions(), files: {} as FileCommands });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the autosave channels', () => {
  it('write, read and clear userData/autosave/current.json for the designer page', async () => {
    expect(await invoke(InvokeChannel.readAutosave)).toBeNull();
    await invoke(InvokeChannel.autosave, { text: '{"a":1}', fileName: 'Contoso.topo.json' });
    expect(JSON.parse(await readFile(autosaveFile(), 'utf8'))).toMatchObject({ text: '{"a":1}', fileName: 'Contoso.topo.json' });
    expect(await invoke(InvokeChannel.readAutosave)).toEqual({
      text: '{"a":1}',
      fileName: 'Contoso.topo.json',
      savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await invoke(InvokeChannel.clearAutosave);
    expect(existsSync(autosaveFile())).toBe(false);
    expect(await invoke(InvokeChannel.readAutosave)).toBeNull();
  });

  it('refuse a malformed autosave payload before touching the disk', async () => {
    await expect(invoke(InvokeChannel.autosave, { text: '{}', fileName: '/etc/passwd' })).rejects.toThrow(/Invalid autosave request: fileName/);
    await expect(invoke(InvokeChannel.autosave, { text: '{}' })).rejects.toThrow(/Invalid autosave request/);
    expect(existsSync(autosaveFile())).toBe(false);
  });

  it('refuse every autosave request from a frame that is not our app:// main frame', async () => {
    const elsewhere = fakeElectron.eventFrom(window, { url: 'https://example.com/', parent: null });
    const subframe = fakeElectron.eventFrom(window, { url: START_URL, parent: { url: START_URL, parent: null } });
    const stranger = { sender: new fakeElectron.FakeWebContents(), senderFrame: { url: START_URL, parent: null } };
    for (const event of [elsewhere, subframe, stranger]) {
      await expect(invoke(InvokeChannel.autosave, { text: '{}', fileName: null }, event)).rejects.toThrow(/did not come from the designer/);
      await expect(invoke(InvokeChannel.readAutosave, undefined, event)).rejects.toThrow(/did not come from the designer/);
      await expect(invoke(InvokeChannel.clearAutosave, undefined, event)).rejects.toThrow(/did not come from the designer/);
    }
    expect(existsSync(autosaveFile())).toBe(false);
  });
});
