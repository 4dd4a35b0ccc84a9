// The designer window's web preferences, one by one against Electron's security checklist, read
// from the options DesignerWindows passes to the (fake) BrowserWindow.
import { describe, expect, it, vi } from 'vitest';
import { DocumentSessions } from './documentState';
import { START_URL } from './securityPolicy';
import { fakeElectron } from './testing/fakeElectron';
import { DesignerWindows } from './window';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

type FakeWindow = InstanceType<typeof fakeElectron.module.BrowserWindow>;

function createWindow(isPackaged: boolean): FakeWindow {
  const windows = new DesignerWindows(new DocumentSessions(), { preloadPath: '/app/dist-electron/preload.cjs', isPackaged, platform: 'linux' });
  return windows.create() as unknown as FakeWindow;
}

describe('a designer window', () => {
  const preferences = createWindow(true).options.webPreferences!;

  it.each([
    ['contextIsolation', true, 'checklist 3: the page cannot reach the preload or Electron internals'],
    ['sandbox', true, 'checklist 4: the renderer runs in the OS sandbox'],
    ['nodeIntegration', false, 'checklist 2: no require or process in the page'],
    ['nodeIntegrationInWorker', false, 'checklist 2: nor in its workers'],
    ['nodeIntegrationInSubFrames', false, 'checklist 2: nor in frames'],
    ['webSecurity', true, 'checklist 6: the same-origin policy stays on'],
    ['allowRunningInsecureContent', false, 'checklist 8'],
    ['experimentalFeatures', false, 'checklist 9'],
    ['webviewTag', false, 'checklist 12: no <webview> at all'],
    ['navigateOnDragDrop', false, 'a dropped file must not replace the app'],
    ['devTools', false, 'packaged builds have no developer tools'],
  ])('sets %s to %s (%s)', (name, value) => {
    expect(preferences[name]).toBe(value);
  });

  it('disables middle-click new windows and enables no Blink features (checklist 10)', () => {
    expect(String(preferences.disableBlinkFeatures).split(',')).toContain('Auxclick');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads only the bundled preload and the app:// page', () => {
    const window = createWindow(false);
    expect(window.options.webPreferences!.preload).toBe('/app/dist-electron/preload.cjs');
    expect(window.loadedUrl).toBe(START_URL);
    expect(window.options.webPreferences!.devTools).toBe(true);
  });
});

describe('closing a designer window', () => {
  it('tells main it closed, with its id, so its autosave can go', () => {
    const onClosed = vi.fn();
    const windows = new DesignerWindows(new DocumentSessions(), { preloadPath: '/app/dist-electron/preload.cjs', isPackaged: true, platform: 'linux', onClosed });
    const window = windows.create() as unknown as FakeWindow;
    expect(onClosed).not.toHaveBeenCalled();
    window.close();
    expect(onClosed).toHaveBeenCalledWith(window.id);
  });
});
