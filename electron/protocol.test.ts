import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleAppScheme, registerAppScheme } from './protocol';
import { CONTENT_SECURITY_POLICY } from './securityPolicy';
import { fakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

let base: string;
let rendererDir: string;
let symlinked = false;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'htd-protocol-'));
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>designer</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside');
  // Creating symlinks needs a privilege on Windows; the symlink case is checked where it can be.
  symlinked = await symlink(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt')).then(
    () => true,
    () => false,
  );
  handleAppScheme(rendererDir);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const serve = (url: string, init?: RequestInit) => fakeElectron.protocolHandlers.get('app')!(new Request(url, init));

describe('registerAppScheme', () => {
  it('registers app: as standard and secure, with fetch support and without CSP bypass or CORS', () => {
    registerAppScheme();
    expect(fakeElectron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});

describe('the app:// handler', () => {
  it('serves index.html for the root with its MIME type and the CSP header', async () => {
    const response = await serve('app://designer/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>designer</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serve('app://designer/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, still with the CSP', async () => {
    const response = await serve('app://designer/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses paths that leave dist/renderer, including through a symlink', async () => {
    expect((await serve('app://designer/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await serve('app://designer/..%5csecret.txt')).status).toBe(403);
    if (symlinked) expect((await serve('app://designer/assets/link.txt')).status).toBe(403);
  });

  it('refuses other hosts and methods other than GET and HEAD', async () => {
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
    expect((await serve('app://designer/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await serve('app://designer/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
