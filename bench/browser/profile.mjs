#!/usr/bin/env node
// Where the time goes: a CPU profile of opening a large design (and of dragging in one) in the
// designer, built unminified so function names survive, and of typing a name into its inspector.
// Prints the top functions by self time. Usage: node bench/browser/profile.mjs [open|drag|type] [elements]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serve } from '../lib/staticServer.mjs';
import { designPaintedAt, launch, readyToTypeName, settle, visibleNode, watchForDesign } from './canvas.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const what = process.argv[2] ?? 'open';
const size = Number(process.argv[3] ?? (what === 'open' ? 5000 : 1000));
const work = await mkdtemp(join(tmpdir(), 'htd-profile-'));
try {
  const esbuild = await import('esbuild');
  const entry = join(work, 'bench-node.mjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'bench/node/entry.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: entry, logLevel: 'warning' });
  const lib = await import(entry);
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'app'), emptyOutDir: true, minify: false } });
  const file = join(work, `design-${size}.topo.json`);
  const design = lib.largeDesign(size);
  await writeFile(file, lib.serializeDocument(design));
  const app = await serve(join(work, 'app'));
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('.react-flow').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const open = async () => {
      await watchForDesign(page, lib.nodeRects(design));
      const choosing = page.waitForEvent('filechooser');
      await page.getByTestId('tool-open').click();
      await (await choosing).setFiles(file);
      return Math.round(await designPaintedAt(page));
    };
    if (what === 'open') {
      await cdp.send('Profiler.start');
      console.log(`first paint after ~${await open()} ms`);
    } else if (what === 'type') {
      await open();
      await page.waitForTimeout(300);
      await settle(page);
      await readyToTypeName(page, /^hub-\d+-site-\d+$/);
      await cdp.send('Profiler.start');
      await page.keyboard.type(' (north)', { delay: 120 });
      await settle(page, 1000);
    } else {
      await open();
      await page.waitForTimeout(300);
      await settle(page);
      const node = page.locator(`.react-flow__node[data-id="${await visibleNode(page, /^hub-\d+-site-\d+$/)}"]`);
      const box = await node.boundingBox();
      const x0 = box.x + box.width / 2;
      const y0 = box.y + box.height / 2;
      await cdp.send('Profiler.start');
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 0; i < 200; i++) {
        await page.mouse.move(x0 + 60 + 60 * Math.cos(i / 12), y0 + 60 * Math.sin(i / 12));
        await page.waitForTimeout(8);
      }
      await page.mouse.up();
      console.log(`dragged node box before ${JSON.stringify(box)}, after ${JSON.stringify(await node.boundingBox())}`);
    }
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(join(tmpdir(), `htd-${what}.cpuprofile`), JSON.stringify(profile));
    report(profile);
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

function report(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const d = (dt[i + 1] ?? 0) / 1000;
    total += d;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + d);
  });
  console.log(`total sampled ${total.toFixed(0)} ms; top self time:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
