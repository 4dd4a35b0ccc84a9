import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// The browser fallback of `npm start`, forced with HTD_NO_ELECTRON=1 and pointed at a small
// built page, so the test depends neither on the Electron runtime nor on the renderer build.
const startScript = fileURLToPath(new URL('./start.mjs', import.meta.url));
const builtRenderer = fileURLToPath(new URL('../dist/renderer/index.html', import.meta.url));
const URL_LINE = /^Electron disabled by HTD_NO_ELECTRON=1; serving the designer at (http:\/\/127\.0\.0\.1:(\d+)\/) instead — open it in a browser\.$/;

let rendererDir: string;
const children: ChildProcess[] = [];
const servers: Server[] = [];

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'htd-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Hybrid Topology Designer</title><div id="root">fixture page</div>');
  return () => rm(rendererDir, { recursive: true, force: true });
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [startScript], {
    env: { ...process.env, HTD_NO_ELECTRON: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function waitForUrl(started: Started, timeoutMs = 20_000): Promise<{ url: string; port: number }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = started.stdout().split('\n')[0] ?? '';
    const match = URL_LINE.exec(line);
    if (match) return { url: match[1]!, port: Number(match[2]) };
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no URL line; stdout: ${started.stdout()} stderr: ${started.stderr()}`);
}

function occupy(port: number): Promise<void> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve()); // already busy: just as good for the test
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      resolve();
    });
  });
}

describe('scripts/start.mjs browser fallback', () => {
  it('prints one line with the URL, serves the designer there, and stops on SIGTERM', async () => {
    const started = start({ HTD_RENDERER_DIR: rendererDir });
    const { url } = await waitForUrl(started);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('fixture page');

    started.child.kill('SIGTERM');
    // 0 from our handler, or 143 (128 + SIGTERM) from Vite's own SIGTERM handler: both clean.
    expect([0, 143]).toContain(await started.exited);
    expect(started.stdout().trim().split('\n')).toHaveLength(1);
    expect(started.stderr()).toBe('');
  }, 30_000);

  it.skipIf(!existsSync(builtRenderer))('serves the real build from dist/renderer (after vite build)', async () => {
    const started = start({});
    const { url } = await waitForUrl(started);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<script[^>]+src="\.\/assets\//);
    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);
  }, 30_000);

  it('exits 0 on Ctrl-C (SIGINT)', async () => {
    const started = start({ HTD_RENDERER_DIR: rendererDir });
    await waitForUrl(started);
    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);
  }, 30_000);

  it('moves on to a free port when 4173 is taken', async () => {
    await occupy(4173);
    const started = start({ HTD_RENDERER_DIR: rendererDir });
    const { port } = await waitForUrl(started);
    expect(port).toBeGreaterThan(4173);
    started.child.kill('SIGTERM');
    await started.exited;
  }, 30_000);

  it('says in one line, without a stack trace, when the designer is not built', async () => {
    const started = start({ HTD_RENDERER_DIR: join(rendererDir, 'missing') });
    expect(await started.exited).toBe(1);
    expect(started.stdout()).toBe('');
    const lines = started.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/the designer is not built .*index\.html is missing\): run "npm run build" first\.$/);
  }, 30_000);
});
