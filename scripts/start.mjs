// `npm start` (after `npm run build`): runs the designer in Electron when the runtime is
// available; otherwise serves the built renderer on 127.0.0.1 for a browser, with one line
// saying why. Never prints a stack trace and never waits silently.
//
//   HTD_NO_ELECTRON=1   always use the browser fallback (used by tests)
//   HTD_RENDERER_DIR    serve this folder instead of dist/renderer (used by tests)
//   extra arguments     passed to Electron, e.g. a design file to open
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { detectElectronRuntime, downloadElectronRuntime, projectDir } from './electronRuntime.mjs';

const FIRST_PORT = 4173;
const HOST = '127.0.0.1';

async function main() {
  if (process.env.HTD_NO_ELECTRON === '1') {
    await serveInBrowser('Electron disabled by HTD_NO_ELECTRON=1');
    return;
  }
  let runtime = detectElectronRuntime();
  let problem = runtime.available ? '' : runtime.problem;
  if (!runtime.available && runtime.installed) {
    console.log('Downloading the Electron runtime…');
    const download = await downloadElectronRuntime();
    runtime = detectElectronRuntime();
    if (!runtime.available) problem = download.ok ? runtime.problem : `download failed: ${download.reason}`;
  }
  if (runtime.available) {
    launchElectron(runtime.executablePath);
  } else {
    await serveInBrowser(`Electron runtime not available (${problem})`);
  }
}

function launchElectron(executablePath) {
  const env = { ...process.env };
  // Would make the binary behave as plain Node instead of starting the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executablePath, [projectDir, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron (${executablePath}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser(why) {
  const rendererDir = process.env.HTD_RENDERER_DIR ? resolve(process.env.HTD_RENDERER_DIR) : join(projectDir, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    const shown = relative(projectDir, rendererDir);
    const where = shown && !shown.startsWith('..') ? shown : rendererDir;
    console.error(`${why}, and the designer is not built (${join(where, 'index.html')} is missing): run "npm run build" first.`);
    process.exitCode = 1;
    return;
  }
  const { preview } = await import('vite');
  // No config file: the preview only serves static files, and the fallback should not depend
  // on the renderer's build plugins. Without strictPort, Vite moves on from a busy port.
  const server = await preview({
    configFile: false,
    root: rendererDir,
    logLevel: 'silent',
    build: { outDir: rendererDir },
    preview: { host: HOST, port: FIRST_PORT, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : FIRST_PORT;
  console.log(`${why}; serving the designer at http://${HOST}:${port}/ instead — open it in a browser.`);

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Could not start the designer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
