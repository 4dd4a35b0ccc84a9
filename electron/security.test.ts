import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hardenDefaultSession, installSecurityGuards } from './security';
import { START_URL } from './securityPolicy';
import { FakeEvent, fakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

const { module: electron, appEvents, defaultSession } = fakeElectron;
let contents: InstanceType<typeof fakeElectron.FakeWebContents>;

beforeAll(() => {
  installSecurityGuards();
  hardenDefaultSession();
  contents = new fakeElectron.FakeWebContents();
  contents.url = START_URL;
  appEvents.emit('web-contents-created', new FakeEvent(), contents);
});

function fire(eventName: string, url: string): FakeEvent {
  const event = new FakeEvent({ url });
  contents.emit(eventName, event);
  return event;
}

describe('installSecurityGuards', () => {
  it('sandboxes every renderer', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('denies window.open, opening only allow-listed documentation links in the browser', () => {
    electron.shell.openExternal.mockClear();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://learn.microsoft.com/azure/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://learn.microsoft.com/azure/']]);
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:4173/', 'javascript:alert(1)'])(
    'blocks navigation to %s',
    (url) => {
      expect(fire('will-navigate', url).defaultPrevented).toBe(true);
      expect(fire('will-frame-navigate', url).defaultPrevented).toBe(true);
      expect(fire('will-redirect', url).defaultPrevented).toBe(true);
    },
  );

  it('keeps the window on the app when a documentation link is followed, opening it in the browser instead', () => {
    electron.shell.openExternal.mockClear();
    expect(fire('will-navigate', 'https://learn.microsoft.com/azure/vpn-gateway/').defaultPrevented).toBe(true);
    expect(fire('will-navigate', 'https://learn.microsoft.com.evil.example/').defaultPrevented).toBe(true);
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://learn.microsoft.com/azure/vpn-gateway/']]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://designer/index.html', 'about:blank', 'http://learn.microsoft.com/'])(
    'denies window.open(%s) without opening anything',
    (url) => {
      electron.shell.openExternal.mockClear();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('lets the app navigate within app://designer', () => {
    expect(fire('will-navigate', START_URL).defaultPrevented).toBe(false);
  });

  it('refuses <webview>', () => {
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenDefaultSession', () => {
  it('denies permission requests, except sanitised clipboard writes from the app', () => {
    const answer = (permission: string, url = START_URL) => {
      const callback = vi.fn();
      defaultSession.permissionRequestHandler!({ getURL: () => url }, permission, callback, {});
      return callback.mock.calls[0]![0];
    };
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(answer(permission)).toBe(false);
    }
    expect(answer('clipboard-sanitized-write')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(defaultSession.permissionCheckHandler!(null, 'geolocation', 'app://designer', {})).toBe(false);
    expect(defaultSession.devicePermissionHandler!({})).toBe(false);
  });

  it('cancels every http(s) and ws(s) request', () => {
    const { filter, listener } = defaultSession.beforeRequest!;
    expect(filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    const callback = vi.fn();
    listener({ url: 'https://example.com/beacon' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
