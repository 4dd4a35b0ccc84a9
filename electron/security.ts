// App-wide guards that apply to every webContents, including any we did not create ourselves
// (Electron security checklist items 12-15: limit navigation and new windows, handle permission
// requests, no <webview>). Installed once, before the first window exists.
import { app, session, type Session, type WebContents } from 'electron';
import { openDocumentationLink } from './externalLinks';
import { isAppUrl } from './securityPolicy';

/** Opens allow-listed documentation links in the browser; everything else is dropped silently. */
function openIfAllowedExternally(url: string): void {
  void openDocumentationLink(url);
}

function guardWebContents(contents: WebContents): void {
  // window.open and target=_blank: never a new Electron window. A documentation link still
  // opens in the system browser, which is what the user meant by clicking it.
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowedExternally(url);
    return { action: 'deny' };
  });

  // Any navigation away from the app is refused: a dropped file would otherwise navigate the
  // window to file:// (electron #5919), and a link would load remote content into our window.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfAllowedExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Permissions are denied except writing sanitised text to the clipboard from our own page,
 * which Copy needs (navigator.clipboard.writeText); reading the clipboard stays denied.
 */
function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL()));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin);
  });
  target.setDevicePermissionHandler(() => false);
}

/** No remote content: the app needs no network, so web requests to http(s) and ws(s) are cancelled. */
function blockRemoteRequests(target: Session): void {
  target.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

export function installSecurityGuards(): void {
  // Every renderer sandboxed, whatever a future BrowserWindow forgets to set.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** Call after `ready` (sessions do not exist before). */
export function hardenDefaultSession(): void {
  denyPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession);
}
