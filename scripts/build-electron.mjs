// Bundles the Electron main process and the preload into single CommonJS files.
// The preload must be one file: a sandboxed preload can only require('electron').
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: projectDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

try {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  ]);
  console.log('Built dist-electron/main.cjs and dist-electron/preload.cjs');
} catch {
  // esbuild has already printed the errors with their locations.
  process.exitCode = 1;
}
