#!/usr/bin/env node
// Starts `topo` straight from its TypeScript sources, so it works right after `npm ci` with no
// build step: esbuild bundles cli/run.ts in memory and the bundle is imported from a data: URL
// (nothing is written to disk). Packages stay out of the bundle and load from node_modules by
// absolute URL (a data: URL module cannot resolve bare names), which keeps the bundle small and
// start-up quick.
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./run.ts', import.meta.url));

const packagesByUrl = {
  name: 'packages-by-url',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: import.meta.resolve(args.path), external: true },
    );
  },
};

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('topo: esbuild is missing; run "npm ci" in the project folder first.\n');
  process.exit(1);
}

let code;
try {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [packagesByUrl],
  });
  code = result.outputFiles[0].text;
} catch (error) {
  const details = (error.errors ?? []).map((e) => `  ${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`);
  process.stderr.write(['topo: could not start (the CLI sources do not compile):', ...details, ''].join('\n'));
  process.exit(1);
}

await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
