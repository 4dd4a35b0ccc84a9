// The autosave channels as main registers them, driven through the fake 'electron' module: the
// sender check, payload validation and the default folder under userData.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_FOLDER } from './autosave';
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
const autosaveFolder = () => join(dir, 'userData', AUTOSAVE_FOLDER);
/** The file this launch keeps for the test's window: window-<launch>-<window id>.json. */
const autosaveFiles = async () => (existsSync(autosaveFolder()) ? (await readdir(autosaveFolder())).filter((name) => name.endsWith(`-${window.id}.json`)) : []);

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
  it("write and clear the window's own file in userData/autosave, and read what an earlier launch left", async () => {
    expect(await invoke(InvokeChannel.readAutosave)).toBeNull();
    await invoke(InvokeChannel.autosave, { text: '{"a":1}', fileName: 'Contoso.topo.json' });
    const [own] = await autosaveFiles();
    expect(own).toMatch(new RegExp(`^window-[a-z0-9]+-${window.id}\\.json$`));
    expect(JSON.parse(await readFile(join(autosaveFolder(), own!), 'utf8'))).toMatchObject({ text: '{"a":1}', fileName: 'Contoso.topo.json' });
    // This launch's own autosave is not offered back to it; one an earlier launch left is.
    expect(await invoke(InvokeChannel.readAutosave)).toBeNull();
    const earlier = { format: 'hybrid-topology-designer-autosave', version: 1, savedAt: '2025-03-04T05:06:07.000Z', text: '{"b":2}', fileName: null };
    await writeFile(join(autosaveFolder(), 'window-earlier-1.json'), JSON.stringify(earlier));
    expect(await invoke(InvokeChannel.readAutosave)).toEqual({ text: '{"b":2}', fileName: null, savedAt: '2025-03-04T05:06:07.000Z' });
    await invoke(InvokeChannel.clearAutosave);
    expect(await readdir(autosaveFolder())).toEqual([]);
    expect(await invoke(InvokeChannel.readAutosave)).toBeNull();
  });

  it('refuse a malformed autosave payload before touching the disk', async () => {
    await expect(invoke(InvokeChannel.autosave, { text: '{}', fileName: '/etc/passwd' })).rejects.toThrow(/Invalid autosave request: fileName/);
    await expect(invoke(InvokeChannel.autosave, { text: '{}' })).rejects.toThrow(/Invalid autosave request/);
    expect(await autosaveFiles()).toEqual([]);
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
    expect(await autosaveFiles()).toEqual([]);
  });
});
