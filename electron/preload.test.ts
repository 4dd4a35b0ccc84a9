import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesignerApi } from './api';
import { InvokeChannel, MenuCommandChannel, SendChannel } from './channels';

// The preload runs in Electron's sandbox; here 'electron' is replaced by spies to check what
// it exposes and which channels it uses.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ status: 'cancelled' })),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: electron.ipcRenderer,
}));

async function loadApi(): Promise<DesignerApi> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./preload');
  return electron.exposed.get('designer') as DesignerApi;
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('preload', () => {
  it('exposes exactly the DesignerApi functions under window.designer, and no ipcRenderer', async () => {
    const api = await loadApi();
    expect([...electron.exposed.keys()]).toEqual(['designer']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'autosave',
        'clearAutosave',
        'closeWindow',
        'exportFile',
        'onMenuCommand',
        'openDocument',
        'openExternal',
        'readAutosave',
        'resetDocument',
        'saveDocument',
        'setDocumentState',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('maps each function to its channel', async () => {
    const api = await loadApi();
    const save = { text: '{}', saveAs: false, suggestedName: 'a.topo.json' };
    await api.openDocument();
    await api.saveDocument(save);
    await api.openExternal('https://learn.microsoft.com/');
    await api.autosave({ text: '{}', fileName: null });
    await api.readAutosave();
    await api.clearAutosave();
    api.setDocumentState({ name: 'a', dirty: true });
    api.resetDocument();
    api.closeWindow();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [InvokeChannel.openDocument],
      [InvokeChannel.saveDocument, save],
      [InvokeChannel.openExternal, 'https://learn.microsoft.com/'],
      [InvokeChannel.autosave, { text: '{}', fileName: null }],
      [InvokeChannel.readAutosave],
      [InvokeChannel.clearAutosave],
    ]);
    expect(electron.ipcRenderer.send.mock.calls).toEqual([
      [SendChannel.setDocumentState, { name: 'a', dirty: true }],
      [SendChannel.resetDocument],
      [SendChannel.closeWindow],
    ]);
  });

  it('passes menu commands without the IPC event, announces readiness once and unsubscribes', async () => {
    const api = await loadApi();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    api.onMenuCommand(vi.fn());
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[SendChannel.menuCommandsReady]]);

    const [channel, handler] = electron.ipcRenderer.on.mock.calls[0]!;
    expect(channel).toBe(MenuCommandChannel);
    (handler as (event: unknown, command: unknown) => void)({ sender: 'secret' }, { command: 'save' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ command: 'save' });

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MenuCommandChannel, handler);
  });
});
