// Finds the Electron runtime binary, without ever downloading it implicitly. Shared by
// scripts/start.mjs and the Electron e2e specs (which skip, with this reason, when it is absent).
//
// The electron npm package downloads its binary lazily: node_modules/electron/index.js runs
// install.js when dist/ is missing. Offline that fails, so we look before anyone requires it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ electronDir?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {import('./electronRuntime.d.mts').ElectronRuntime}
 */
export function detectElectronRuntime({ electronDir = join(projectDir, 'node_modules', 'electron'), env = process.env } = {}) {
  const shown = (path) => relative(projectDir, path) || path;
  const packageFile = join(electronDir, 'package.json');
  if (!existsSync(packageFile)) {
    return {
      available: false,
      installed: false,
      problem: `${shown(electronDir)} is missing`,
      reason: `Electron is not installed: ${shown(electronDir)} is missing (run npm install)`,
    };
  }
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(packageFile, 'utf8')).version ?? version;
  } catch {
    // A damaged package.json only costs us the version in messages.
  }
  const pathFile = join(electronDir, 'path.txt');
  const platformPath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // Same rule as node_modules/electron/index.js.
  const executablePath = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, platformPath || 'electron')
    : platformPath
      ? join(electronDir, 'dist', platformPath)
      : null;
  if (executablePath === null || !existsSync(executablePath)) {
    const missing = executablePath ? shown(executablePath) : `${shown(join(electronDir, 'dist'))}`;
    return {
      available: false,
      installed: true,
      version,
      problem: `${missing} is missing`,
      reason: `Electron ${version} runtime not downloaded: ${missing} is missing (offline install; run "node node_modules/electron/install.js" with network access)`,
    };
  }
  return { available: true, installed: true, version, executablePath };
}

/** The first meaningful line of a failed download's output, e.g. "fetch failed". */
export function summariseDownloadError(output) {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text.length > 0 && !text.startsWith('at '));
  if (!line) return 'no error output';
  return line.replace(/^(?:[A-Za-z]*Error|Error)(?:\s*\[[^\]]*\])?:\s*/, '');
}

/**
 * Runs the electron package's own install.js once, with its output captured (it prints a stack
 * trace on failure). Resolves, never rejects.
 * @param {{ electronDir?: string, installScript?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function downloadElectronRuntime({
  electronDir = join(projectDir, 'node_modules', 'electron'),
  installScript = join(electronDir, 'install.js'),
  timeoutMs = 10 * 60 * 1000,
} = {}) {
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(process.execPath, [installScript], { cwd: electronDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill();
      finish({ ok: false, reason: `timed out after ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => finish({ ok: false, reason: error.message }));
    child.on('close', (code) => finish(code === 0 ? { ok: true } : { ok: false, reason: summariseDownloadError(output) }));
  });
}
