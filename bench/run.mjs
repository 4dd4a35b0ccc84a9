#!/usr/bin/env node
// `npm run bench`: every benchmark of issue #7 in one run, a table on stdout and
// bench/results/latest.json. Options: --quick (fewer samples, for a look in under two minutes),
// --rounds N (repeats of every measurement; default 3), --node-only (skip Chromium),
// --only node,layout,drag,pan,tabs,typing,open,export (run only those benchmarks; results are then not written to
// bench/results/latest.json, which should always hold a complete run).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './lib/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const nodeOnly = args.includes('--node-only');
const onlyAt = args.indexOf('--only');
const KINDS = ['node', 'layout', 'drag', 'pan', 'tabs', 'typing', 'open', 'export'];
const only = onlyAt >= 0 ? new Set(String(args[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
if (only && (only.size === 0 || [...only].some((k) => !KINDS.includes(k)))) {
  process.stderr.write(`bench: --only takes a comma-separated list of ${KINDS.join(', ')}\n`);
  process.exit(2);
}
const runs = (kind) => (only ? only.has(kind) : kind === 'node' || kind === 'layout' || !nodeOnly);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('bench: --rounds needs a whole number ≥ 1\n');
  process.exit(2);
}
const log = (text) => process.stderr.write(`bench: ${text}\n`);

const work = await mkdtemp(join(tmpdir(), 'htd-bench-'));
try {
  log('bundling the TypeScript sources');
  const esbuild = await import('esbuild');
  const entry = join(work, 'bench-node.mjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'bench/node/entry.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: entry, logLevel: 'warning' });
  const lib = await import(entry);

  let node = null;
  if (runs('node')) {
    log(`validate + estimate in Node (${rounds} rounds${quick ? ', quick' : ''})`);
    node = lib.benchValidateEstimate({ quick, rounds });
  }

  let layout = null;
  if (runs('layout')) {
    log(`auto-layout in Node (${rounds} rounds)`);
    layout = await lib.benchLayout({ rounds });
  }

  let browser = null;
  const kinds = { drag: runs('drag'), pan: runs('pan'), tabs: runs('tabs'), typing: runs('typing'), open: runs('open'), exportPng: runs('export') };
  if (Object.values(kinds).some(Boolean)) {
    const { runBrowserBenchmarks } = await import('./browser/runBrowser.mjs');
    browser = await runBrowserBenchmarks({ root: ROOT, work, rounds, quick, lib, log, kinds });
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', loadAverage: loadavg().map((l) => lib.round(l, 2)), node: process.version },
    options: { quick, rounds },
    node,
    layout,
    browser,
  };
  printTable(result);
  if (only) {
    const partial = join(work, '..', `htd-bench-partial-${Date.now()}.json`);
    await writeFile(partial, `${JSON.stringify(result, null, 2)}\n`);
    log(`partial run (--only): wrote ${partial}, not bench/results/latest.json`);
  } else {
    await mkdir(join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    log('wrote bench/results/latest.json');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
