import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, mimeTypeFor, resolveAssetPath } from './assetResolver';

const root = resolve('/app/dist/renderer');

describe('resolveAssetPath', () => {
  it.each([
    ['app://designer/', 'index.html'],
    ['app://designer/index.html', 'index.html'],
    ['app://designer/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://designer/assets/a%20b.css?v=1#x', join('assets', 'a b.css')],
  ])('maps %s inside dist/renderer', (url, relativePath) => {
    expect(resolveAssetPath(root, url)).toEqual({ ok: true, filePath: join(root, relativePath) });
  });

  it.each([
    ['an encoded slash and parent', 'app://designer/assets%2f..%2f..%2fsecret'],
    ['a backslash parent', 'app://designer/..%5c..%5csecret'],
    ['a raw backslash parent', 'app://designer/assets\\..\\..\\secret'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAssetPath(root, url)).toMatchObject({ ok: false, status: 403 });
  });

  it.each(['app://designer/../../etc/passwd', 'app://designer/%2e%2e/%2E%2E/etc/passwd'])(
    'keeps %s inside the root (the URL parser collapses dot segments, encoded or not)',
    (url) => {
      const result = resolveAssetPath(root, url);
      expect(result.ok && isInside(root, result.filePath)).toBe(true);
    },
  );

  it.each([
    ['another host', 'app://evil/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['a malformed escape', 'app://designer/%E0%A4%A', 400],
    ['a NUL byte', 'app://designer/index.html%00.png', 400],
    ['not a URL', 'not a url', 400],
  ])('rejects %s', (_case, url, status) => {
    expect(resolveAssetPath(root, url)).toEqual({ ok: false, status });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('isInside', () => {
  it('accepts children and refuses the root itself, siblings and parents', () => {
    expect(isInside(root, join(root, 'a', 'b.js'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, resolve(root, '..', 'renderer-evil', 'x.js'))).toBe(false);
    expect(isInside(root, resolve(root, '..'))).toBe(false);
    expect(isInside(root, join(root, '..foo'))).toBe(true);
  });
});
