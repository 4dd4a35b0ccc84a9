// The app's origin and the rules derived from it, free of Electron imports so they are unit-tested.

/** Pages are served from app://designer/ (protocol.ts), never file:// (security checklist item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'designer';
export const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * React Flow positions nodes with inline styles, hence style-src 'unsafe-inline'; scripts stay
 * 'self' only, and connect-src 'self' means nothing in an opened file can beacon out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-src 'none'",
].join('; ');

/**
 * True for URLs on our origin. Compares protocol and host instead of `origin`, because Node's
 * URL parser reports the origin of non-special schemes such as app: as "null".
 */
export function isAppUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The parts of Electron's WebFrameMain this check needs. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * An IPC sender is trusted when it is a main frame (no parent: not an iframe, even though the
 * CSP already forbids frames) showing a page from our own origin. drawio-desktop's
 * validateSender does the same on every IPC call. A null frame (navigated away or destroyed
 * since sending) is refused.
 */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
