// Serves the built renderer (dist/renderer) on app://designer/. A custom scheme instead of
// file:// means an XSS could not read arbitrary local files (Electron security checklist item
// 18), and lets every response carry the CSP header.
import { readFile, realpath } from 'node:fs/promises';
import { protocol } from 'electron';
import { isInside, mimeTypeFor, resolveAssetPath } from './assetResolver';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './securityPolicy';

/**
 * Must run before the app's `ready` event. `standard` gives the scheme relative-URL resolution
 * and a real origin (so 'self' in the CSP means app://designer); `secure` makes it a secure
 * context; `supportFetchAPI` lets the page fetch its own assets. No bypassCSP, no CORS, no
 * service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: BASE_HEADERS });
}

/** Call after `ready`. `rendererDir` is the absolute path of dist/renderer. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveAssetPath(rendererDir, request.url);
    if (!resolved.ok) return errorResponse(resolved.status);
    try {
      // Resolve symlinks too: a link inside dist/renderer must not lead outside it.
      const [root, real] = await Promise.all([realpath(rendererDir), realpath(resolved.filePath)]);
      if (!isInside(root, real)) return errorResponse(403);
      const body = await readFile(real);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...BASE_HEADERS, 'Content-Type': mimeTypeFor(real) },
      });
    } catch {
      return errorResponse(404);
    }
  });
}
