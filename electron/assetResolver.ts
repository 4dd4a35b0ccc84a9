// Maps app://designer/<path> requests to files under dist/renderer, refusing anything that
// would resolve outside it. Pure path logic here; protocol.ts does the I/O.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './securityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown types are served as opaque bytes; with nosniff the browser will not guess a script type. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Resolves a request URL to a file path inside `rootDir`. The WHATWG parser has already
 * collapsed "." and ".." segments in the path; the checks below still decode and re-check, so
 * an encoded "%2e%2e%2f" or "..%5c" cannot step outside the root either.
 */
export function resolveAssetPath(rootDir: string, requestUrl: string): AssetResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';

  const root = resolve(rootDir);
  // Treat backslashes as separators on every platform, so "..\\" is caught on Windows and
  // refused everywhere rather than becoming part of a file name.
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  const filePath = resolve(root, ...segments);
  if (!isInside(root, filePath)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
