// Builds the designer and the bare React Flow page into a temporary folder, serves both, and runs
// the Chromium benchmarks `rounds` times, alternating which page goes first in each round.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { serve } from '../lib/staticServer.mjs';
import { launch, measureDrag, measureOpen, measurePan, measurePngExport, measureTabs, measureTyping } from './canvas.mjs';

const DRAG_SIZE = 1000;
const OPEN_SIZE = 5000;
const EXPORT_SIZE = 500;
/** The tabs of the panel under the canvas, shown in this order (Issues shows when a design opens). */
const TABS = ['cost', 'paths', 'issues'];
/** A branch site at the top level (one on screen is picked): dragging it moves one node and its links. */
const DRAGGED = /^hub-\d+-site-\d+$/;
/** Typed at the end of a branch site's name: eight keys, eight edits of the design. */
const TYPED = ' (north)';
const TYPE_SIZE = 10000;

/** `kinds` picks the benchmarks to run (all by default). */
export async function runBrowserBenchmarks({ root, work, rounds, quick, lib, log, kinds = { drag: true, pan: true, tabs: true, typing: true, open: true, exportPng: true } }) {
  log('building the designer and the bare React Flow page');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'app'), emptyOutDir: true } });
  await build({ configFile: join(root, 'bench/canvas/vite.config.ts'), build: { outDir: join(work, 'bare'), emptyOutDir: true } });
  const files = {};
  const rects = {};
  let openIssues;
  for (const size of [EXPORT_SIZE, DRAG_SIZE, OPEN_SIZE, ...(kinds.typing ? [TYPE_SIZE] : [])]) {
    const design = lib.largeDesign(size);
    files[size] = join(work, `design-${size}.topo.json`);
    rects[size] = lib.nodeRects(design);
    if (size === OPEN_SIZE) openIssues = lib.countBySeverity(lib.validate(design));
    await writeFile(files[size], lib.serializeDocument(design));
  }
  const app = await serve(join(work, 'app'));
  const bare = await serve(join(work, 'bare'));
  const browser = await launch();
  const raw = { drag: { app: [], bare: [] }, pan: { app: [], bare: [] }, tabs: [], typing: [], open: { app: [], bare: [] }, exportPng: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const target of kinds.drag ? order : []) {
        log(`round ${r + 1}/${rounds}: drag in a ${DRAG_SIZE}-element design (${target})`);
        raw.drag[target].push(await measureDrag(browser, target, target === 'app' ? app.url : bare.url, files[DRAG_SIZE], rects[DRAG_SIZE], DRAGGED));
      }
      for (const target of kinds.pan ? order : []) {
        log(`round ${r + 1}/${rounds}: pan in a ${DRAG_SIZE}-element design (${target})`);
        raw.pan[target].push(await measurePan(browser, target, target === 'app' ? app.url : bare.url, files[DRAG_SIZE], rects[DRAG_SIZE]));
      }
      if (kinds.tabs) {
        log(`round ${r + 1}/${rounds}: the panel's tabs in a ${DRAG_SIZE}-element design`);
        raw.tabs.push(await measureTabs(browser, app.url, files[DRAG_SIZE], rects[DRAG_SIZE], TABS));
      }
      if (kinds.typing) {
        log(`round ${r + 1}/${rounds}: typing a name into the inspector of a ${TYPE_SIZE}-element design`);
        raw.typing.push(await measureTyping(browser, app.url, files[TYPE_SIZE], rects[TYPE_SIZE], DRAGGED, TYPED));
      }
      for (const target of kinds.open ? order : []) {
        log(`round ${r + 1}/${rounds}: open a ${OPEN_SIZE}-element file (${target})`);
        raw.open[target].push(await measureOpen(browser, target, target === 'app' ? app.url : bare.url, files[OPEN_SIZE], rects[OPEN_SIZE], target === 'app' ? openIssues : undefined));
      }
      if (kinds.exportPng && (!quick || r === 0)) {
        log(`round ${r + 1}/${rounds}: PNG export of a ${EXPORT_SIZE}-element design`);
        raw.exportPng.push(await measurePngExport(browser, app.url, files[EXPORT_SIZE], rects[EXPORT_SIZE]));
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const all = summarise(raw, lib);
  return {
    drag: kinds.drag ? all.drag : null,
    pan: kinds.pan ? all.pan : null,
    tabs: kinds.tabs ? all.tabs : null,
    typing: kinds.typing ? all.typing : null,
    open: kinds.open ? all.open : null,
    exportPng: kinds.exportPng ? all.exportPng : null,
  };
}

function summarise(raw, { median, quantile, spread, roundSpread }) {
  const frame = (run) => ({ median: median(run.deltas), p95: quantile(run.deltas, 0.95) });
  const longTasks = (runs) => roundSpread(spread(runs.map((run) => run.longTasks.length)), 0);
  const longTaskMs = (runs) => roundSpread(spread(runs.map((run) => run.longTasks.reduce((s, d) => s + d, 0))), 0);
  /** Frame times of the app against the bare page, round by round, for a gesture measured on both. */
  const gesture = ({ app, bare }) => {
    const perRound = app.map((appRun, r) => {
      const a = frame(appRun);
      const b = frame(bare[r]);
      return { app: a, bare: b, ratioMedian: a.median / b.median, ratioP95: a.p95 / b.p95 };
    });
    return {
      elements: DRAG_SIZE,
      durationMs: 3000,
      frames: { app: roundSpread(spread(app.map((r) => r.deltas.length)), 0), bare: roundSpread(spread(bare.map((r) => r.deltas.length)), 0) },
      mouseMoves: { app: roundSpread(spread(app.map((r) => r.moves)), 0), bare: roundSpread(spread(bare.map((r) => r.moves)), 0) },
      appMedianFrameMs: roundSpread(spread(perRound.map((p) => p.app.median)), 2),
      appP95FrameMs: roundSpread(spread(perRound.map((p) => p.app.p95)), 2),
      bareMedianFrameMs: roundSpread(spread(perRound.map((p) => p.bare.median)), 2),
      bareP95FrameMs: roundSpread(spread(perRound.map((p) => p.bare.p95)), 2),
      ratioMedian: roundSpread(spread(perRound.map((p) => p.ratioMedian)), 2),
      ratioP95: roundSpread(spread(perRound.map((p) => p.ratioP95)), 2),
      longTasks: { app: longTasks(app), bare: longTasks(bare) },
      longTaskTotalMs: { app: longTaskMs(app), bare: longTaskMs(bare) },
    };
  };
  return {
    drag: {
      ...gesture(raw.drag),
      nodeMoved: { app: raw.drag.app.every((r) => r.moved), bare: raw.drag.bare.every((r) => r.moved) },
      draggedNodes: { app: raw.drag.app.map((r) => r.nodeId), bare: raw.drag.bare.map((r) => r.nodeId) },
    },
    pan: {
      ...gesture(raw.pan),
      viewMoved: { app: raw.pan.app.every((r) => r.moved), bare: raw.pan.bare.every((r) => r.moved) },
      zoom: { app: raw.pan.app.map((r) => r.zoom), bare: raw.pan.bare.map((r) => r.zoom) },
    },
    // Showing each tab of the panel under the canvas: no bare page has one, so absolute figures.
    tabs: {
      elements: DRAG_SIZE,
      longestTaskMs: Object.fromEntries(TABS.map((tab) => [tab, roundSpread(spread(raw.tabs.map((run) => run[tab].longestTaskMs)), 0)])),
      domElements: Object.fromEntries(TABS.map((tab) => [tab, roundSpread(spread(raw.tabs.map((run) => run[tab].elements)), 0)])),
      // From the click until the tab shows its rows (the Paths tab estimates the paths first).
      shownMs: Object.fromEntries(TABS.map((tab) => [tab, roundSpread(spread(raw.tabs.map((run) => run[tab].shownMs)), 0)])),
    },
    // Each key typed is an edit: the page's long tasks from the first key until it is quiet again.
    typing: {
      elements: TYPE_SIZE,
      keys: TYPED.length,
      longTasks: roundSpread(spread(raw.typing.map((run) => run.longTasks.length)), 0),
      longestTaskMs: roundSpread(spread(raw.typing.map((run) => Math.max(0, ...run.longTasks))), 0),
      longTaskTotalMs: roundSpread(spread(raw.typing.map((run) => run.longTasks.reduce((s, d) => s + d, 0))), 0),
      nameTyped: raw.typing.every((run) => run.typed),
    },
    open: {
      elements: OPEN_SIZE,
      appFirstPaintMs: roundSpread(spread(raw.open.app.map((run) => run.paintedAt)), 0),
      bareFirstPaintMs: roundSpread(spread(raw.open.bare.map((run) => run.paintedAt)), 0),
      ratio: roundSpread(spread(raw.open.app.map((run, r) => run.paintedAt / raw.open.bare[r].paintedAt)), 2),
      // The designer's findings and cost after the paint: when the status bar shows them, and the
      // longest task in between (the page answers no input during it).
      appFindingsShownMs: roundSpread(spread(raw.open.app.map((run) => run.analysedAt)), 0),
      appLongestTaskAfterPaintMs: roundSpread(spread(raw.open.app.map((run) => run.longestTaskAfterPaintMs)), 0),
    },
    exportPng: { elements: EXPORT_SIZE, ms: roundSpread(spread(raw.exportPng), 0) },
  };
}
