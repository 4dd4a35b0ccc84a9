import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectElectronRuntime, downloadElectronRuntime, summariseDownloadError } from './electronRuntime.mjs';

let dir: string;
let electronDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-electron-'));
  electronDir = join(dir, 'electron');
  await mkdir(electronDir);
  await writeFile(join(electronDir, 'package.json'), JSON.stringify({ version: '45.4.1' }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('detectElectronRuntime', () => {
  it('reports a missing package as not installed', () => {
    const runtime = detectElectronRuntime({ electronDir: join(dir, 'nowhere'), env: {} });
    expect(runtime).toMatchObject({ available: false, installed: false });
    expect(!runtime.available && runtime.reason).toMatch(/^Electron is not installed/);
  });

  it('reports an installed package without its downloaded runtime, with a reason fit for a skipped test', () => {
    const runtime = detectElectronRuntime({ electronDir, env: {} });
    expect(runtime).toMatchObject({ available: false, installed: true, version: '45.4.1' });
    expect(!runtime.available && runtime.reason).toMatch(/^Electron 45\.4\.1 runtime not downloaded: .*dist is missing \(offline/);
  });

  it('reports path.txt pointing at a binary that is not there', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    const runtime = detectElectronRuntime({ electronDir, env: {} });
    expect(!runtime.available && runtime.problem).toMatch(/dist[/\\]electron is missing$/);
  });

  it('finds the runtime named by path.txt', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    await mkdir(join(electronDir, 'dist'));
    await writeFile(join(electronDir, 'dist', 'electron'), '');
    expect(detectElectronRuntime({ electronDir, env: {} })).toEqual({
      available: true,
      installed: true,
      version: '45.4.1',
      executablePath: join(electronDir, 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const override = join(dir, 'custom');
    await mkdir(override);
    await writeFile(join(override, 'electron'), '');
    const runtime = detectElectronRuntime({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } });
    expect(runtime).toMatchObject({ available: true, executablePath: join(override, 'electron') });
  });
});

describe('downloadElectronRuntime', () => {
  it('captures a failed download and reduces it to its message', async () => {
    const installScript = join(electronDir, 'install.js');
    await writeFile(installScript, "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici'); process.exit(1);");
    expect(await downloadElectronRuntime({ electronDir, installScript })).toEqual({ ok: false, reason: 'fetch failed' });
  });

  it('reports success', async () => {
    const installScript = join(electronDir, 'install.js');
    await writeFile(installScript, 'process.exit(0);');
    expect(await downloadElectronRuntime({ electronDir, installScript })).toEqual({ ok: true });
  });

  it('gives up after the timeout', async () => {
    const installScript = join(electronDir, 'install.js');
    await writeFile(installScript, 'setTimeout(() => {}, 60000);');
    expect(await downloadElectronRuntime({ electronDir, installScript, timeoutMs: 200 })).toEqual({
      ok: false,
      reason: 'timed out after 0 s',
    });
  });
});

describe('summariseDownloadError', () => {
  it.each([
    ['TypeError: fetch failed\n    at x', 'fetch failed'],
    ['\nRequestError: getaddrinfo ENOTFOUND github.com\n at y', 'getaddrinfo ENOTFOUND github.com'],
    ['HTTPError: Response code 404 (Not Found)', 'Response code 404 (Not Found)'],
    ['Error [ERR_X]: boom', 'boom'],
    ['', 'no error output'],
  ])('%j → %j', (output, summary) => {
    expect(summariseDownloadError(output)).toBe(summary);
  });
});
