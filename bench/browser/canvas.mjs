// Benchmarks 2–4 in Chromium, driven as a user would: files are opened through the file chooser,
// the node is dragged with real mouse events, the PNG is exported through the export dialog.
// The page is only observed from outside (requestAnimationFrame deltas and long tasks are recorded
// by a script the benchmark adds to the page), never changed.
// The functions passed to page.evaluate / waitForFunction run in the page, not in Node.
/* global window, document, requestAnimationFrame */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };
const DRAG_MS = 3000;

export async function launch() {
  return chromium.launch(
    existsSync(SYSTEM_CHROMIUM)
      ? { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] }
      : {},
  );
}

/** Opens `file` through the page's own open control: the designer's toolbar, or the bare page's file input. */
async function openFile(page, target, file) {
  if (target === 'app') {
    const choosing = page.waitForEvent('filechooser');
    await page.getByTestId('tool-open').click();
    await (await choosing).setFiles(file);
  } else {
    await page.getByTestId('bare-open').setInputFiles(file);
  }
}

/**
 * Milliseconds from handing the file to the page to the end of the first frame that paints the
 * design: every element inside the window (at the view of that frame) is in the DOM, and there is
 * at least one. `rects` are the design's elements, [id, x, y, width, height] in flow units
 * (bench/node/nodeRects.ts). A page that renders the whole design passes once all of it is in; one
 * that renders only what is on screen, once that is.
 */
async function openAndTime(page, target, file, rects) {
  await watchForDesign(page, rects);
  await openFile(page, target, file);
  return designPaintedAt(page);
}

/**
 * Starts the clock and checks every animation frame, in the page, whether the design is on screen.
 * The check runs in the page's own requestAnimationFrame loop: Playwright's `polling: 'raf'` was
 * seen to skip the frame that painted a design behind the long tasks that follow it (and so to
 * report the end of those tasks). The frame's paint ends when its task ends: a message posted from
 * its animation-frame callback is handled right after, and that moment is recorded.
 */
export async function watchForDesign(page, rects) {
  await page.evaluate((r) => {
    const start = performance.now();
    window.__benchOpenStart = start;
    window.__benchPaintedAt = undefined;
    const pane = () => document.querySelector('.react-flow');
    const onScreen = () => {
      const viewport = document.querySelector('.react-flow__viewport');
      if (!pane() || !viewport) return false;
      // React Flow writes the view as translate(x px, y px) scale(z) on the viewport element.
      const [tx = 0, ty = 0, zoom = 1] = (viewport.style.transform.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
      const { width, height } = pane().getBoundingClientRect();
      const present = new Set();
      for (const node of document.querySelectorAll('.react-flow__node')) present.add(node.getAttribute('data-id'));
      let count = 0;
      for (const [id, x, y, w, h] of r) {
        const left = x * zoom + tx;
        const top = y * zoom + ty;
        if (left + w * zoom < 0 || top + h * zoom < 0 || left > width || top > height) continue;
        count++;
        if (!present.has(id)) return false;
      }
      return count > 0;
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__benchPaintedAt = performance.now() - start;
    };
    const tick = () => {
      if (onScreen()) channel.port2.postMessage(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, rects);
}

/** Waits for the moment watchForDesign recorded; milliseconds since it started the clock. */
export async function designPaintedAt(page) {
  const handle = await page.waitForFunction(() => window.__benchPaintedAt, undefined, { timeout: 120_000 });
  return handle.jsonValue();
}

async function freshPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow').waitFor();
  return { context, page };
}

/**
 * Time to first paint of a large design, opened in a fresh page. In the designer, given the design's
 * finding counts (`issues`, by severity), also: when the status bar shows them (the design has been
 * validated and estimated), and the longest task between the paint and then, during which the page
 * answers no input.
 */
export async function measureOpen(browser, target, url, file, rects, issues) {
  const { context, page } = await freshPage(browser, url);
  try {
    await watchLongTasks(page);
    const paintedAt = await openAndTime(page, target, file, rects);
    if (!issues) return { paintedAt };
    const analysedAt = await (await page.waitForFunction(issuesShownAt, issues, { timeout: 120_000, polling: 10 })).jsonValue();
    // Long tasks are reported to the observer a moment after they end.
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.__benchLongTasks);
    const after = tasks.filter((t) => t.end > paintedAt);
    return { paintedAt, analysedAt, longestTaskAfterPaintMs: Math.max(0, ...after.map((t) => t.end - Math.max(t.start, paintedAt))) };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: the time since watchForDesign started the clock, once the status bar shows the
 * `expected` counts of errors, warnings and infos and is not checking; else undefined.
 */
function issuesShownAt(expected) {
  const bar = document.querySelector('[data-testid=status-issues]');
  if (!bar || document.querySelector('[data-testid=status-checking]')) return undefined;
  const count = (severity) => Number.parseInt(bar.querySelector(`.is-${severity}`)?.textContent ?? '', 10);
  if (count('error') !== expected.error || count('warning') !== expected.warning || count('info') !== expected.info) return undefined;
  return performance.now() - window.__benchOpenStart;
}

/** Records the page's long tasks (start and end, ms on watchForDesign's clock) from now on. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime - (window.__benchOpenStart ?? 0), end: e.startTime + e.duration - (window.__benchOpenStart ?? 0) });
    }).observe({ type: 'longtask' });
  });
}

/**
 * Waits until the page has gone `quietMs` without a long task (at most `maxMs`): work that follows
 * an open — the designer validates and estimates the new design in a background render — is not
 * part of the drag being measured.
 */
export async function settle(page, quietMs = 1000, maxMs = 30_000) {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise((resolve) => {
        const start = performance.now();
        let last = start;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        observer.observe({ type: 'longtask' });
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - start >= maxMs) {
            observer.disconnect();
            resolve(now - start);
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
    { quietMs, maxMs },
  );
}

/**
 * The first node whose id matches `pattern` that lies on screen with room around it for the drag
 * circle. A large design does not fit the window even at the minimum zoom, so a fixed node can be
 * off screen — the mouse then drags nothing. Both pages fit the same nodes with the same options,
 * so the rule picks the same node on both.
 */
export async function visibleNode(page, pattern) {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const margin = 140;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const id = el.getAttribute('data-id') ?? '';
      const r = el.getBoundingClientRect();
      if (re.test(id) && r.left > margin && r.top > margin && r.right < window.innerWidth - margin - 120 && r.bottom < window.innerHeight - margin) return id;
    }
    return null;
  }, pattern.source);
}

/** Records frame times (rAF deltas) and long tasks in the page until stopFrames. */
async function startFrames(page) {
  await page.evaluate(() => {
    const rec = { deltas: [], longTasks: [], running: true };
    window.__benchFrames = rec;
    let last;
    const tick = (t) => {
      if (last !== undefined) rec.deltas.push(t - last);
      last = t;
      if (rec.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    rec.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push(e.duration);
    });
    rec.observer.observe({ type: 'longtask' });
  });
}

async function stopFrames(page) {
  return page.evaluate(() => {
    const rec = window.__benchFrames;
    rec.running = false;
    rec.observer.disconnect();
    return { deltas: rec.deltas, longTasks: rec.longTasks };
  });
}

/** Holds `button` down at (x0, y0) and moves the mouse in circles for three seconds, recording frames. */
async function circles(page, x0, y0, button) {
  await startFrames(page);
  await page.mouse.move(x0, y0);
  await page.mouse.down({ button });
  const start = Date.now();
  let moves = 0;
  while (Date.now() - start < DRAG_MS) {
    const a = moves / 12;
    await page.mouse.move(x0 + 60 + 60 * Math.cos(a), y0 + 60 * Math.sin(a));
    moves++;
    await page.waitForTimeout(8);
  }
  const frames = await stopFrames(page);
  // Ends away from where it started (a circle can end there), so that whether it moved anything shows.
  await page.mouse.move(x0 + 60, y0 + 60);
  await page.mouse.up({ button });
  await page.waitForTimeout(300);
  return { ...frames, moves };
}

/** A fresh page with the design open and the work that follows opening it done. */
async function openSettled(browser, target, url, file, rects) {
  const opened = await freshPage(browser, url);
  await openAndTime(opened.page, target, file, rects);
  await opened.page.waitForTimeout(300); // the fit-view animation
  await settle(opened.page);
  return opened;
}

/** Drags a node matching `nodePattern` in circles for three seconds; frame times (rAF deltas) and long tasks during the drag. */
export async function measureDrag(browser, target, url, file, rects, nodePattern) {
  const { context, page } = await openSettled(browser, target, url, file, rects);
  try {
    const nodeId = await visibleNode(page, nodePattern);
    if (!nodeId) throw new Error(`bench: no node matching ${nodePattern} is on screen after opening the design (${target})`);
    const node = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
    const before = await node.getAttribute('style');
    const box = await node.boundingBox();
    const frames = await circles(page, box.x + box.width / 2, box.y + box.height / 2, 'left');
    const moved = (await node.getAttribute('style')) !== before;
    return { ...frames, moved, nodeId };
  } finally {
    await context.close();
  }
}

/**
 * Pans the view in circles for three seconds with the middle mouse button held down on an empty spot
 * of the canvas (both pages pan on it: the designer keeps the left button for selecting), after zooming
 * in so that elements come into view and leave it as the view moves; frame times and long tasks.
 */
export async function measurePan(browser, target, url, file, rects) {
  const { context, page } = await openSettled(browser, target, url, file, rects);
  try {
    const zoomOf = async () => Number((await page.locator('.react-flow__viewport').getAttribute('style')).match(/scale\(([\d.e-]+)\)/)?.[1]);
    const fitted = await zoomOf();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    // Two wheel steps with Control held zoom in on both pages (the designer pans on a plain wheel),
    // from the fitted 0.1 to about 0.23 (as in the hand measurement of docs/performance.md).
    await page.keyboard.down('Control');
    for (let i = 0; i < 2; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(150);
    }
    await page.keyboard.up('Control');
    await settle(page, 500);
    const zoom = await zoomOf();
    if (!(zoom > fitted)) throw new Error(`bench: zooming in before the pan did not work (${target}: ${fitted} → ${zoom})`);
    const point = await emptySpot(page);
    if (!point) throw new Error(`bench: no empty spot of the canvas to pan from (${target})`);
    const viewport = page.locator('.react-flow__viewport');
    const before = await viewport.getAttribute('style');
    const frames = await circles(page, point.x, point.y, 'middle');
    const moved = (await viewport.getAttribute('style')) !== before;
    return { ...frames, moved, zoom: { fitted, panned: zoom }, point };
  } finally {
    await context.close();
  }
}

/** A point of the canvas with nothing drawn on it, with room for the circles, or null. */
async function emptySpot(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (let y = pane.top + 140; y < pane.bottom - 140; y += 20) {
      for (let x = pane.left + 140; x < pane.right - 260; x += 20) {
        const hit = document.elementFromPoint(x, y);
        if (hit?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
}

/**
 * Shows each of `tabs` of the panel under the canvas in turn, by clicking it, in a design opened and
 * settled: for each, the longest task from the click until the tab shows its rows and the page has
 * then been 500 ms without one (the page answers no input during it), how many elements the tab
 * then has in the DOM, and the milliseconds from the click until it shows its rows, as Playwright
 * sees them (within a few tens of milliseconds).
 */
export async function measureTabs(browser, url, file, rects, tabs) {
  const { context, page } = await openSettled(browser, 'app', url, file, rects);
  try {
    await page.evaluate(() => {
      window.__benchTabTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchTabTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const result = {};
    for (const tab of tabs) {
      await page.evaluate(() => {
        window.__benchTabTasks.length = 0;
      });
      const clickedAt = Date.now();
      await page.getByTestId(`tab-${tab}`).click();
      const panel = page.getByTestId(`${tab}-panel`);
      await panel.waitFor();
      // The Paths tab estimates the opened design's paths in slices first, saying so meanwhile.
      await panel.locator('[data-testid$="-estimating"]').waitFor({ state: 'detached', timeout: 60_000 });
      const shownMs = Date.now() - clickedAt;
      await settle(page, 500);
      const tasks = await page.evaluate(() => window.__benchTabTasks.slice());
      const elements = await panel.evaluate((el) => el.querySelectorAll('*').length);
      result[tab] = { longestTaskMs: Math.max(0, ...tasks), elements, shownMs };
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Selects an element matching `nodePattern` that is on screen in a settled design, puts the caret at
 * the end of its name in the inspector, and waits for the page to be quiet: ready to type.
 */
export async function readyToTypeName(page, nodePattern) {
  const nodeId = await visibleNode(page, nodePattern);
  if (!nodeId) throw new Error(`bench: no node matching ${nodePattern} is on screen after opening the design`);
  await page.locator(`.react-flow__node[data-id="${nodeId}"]`).click();
  const name = page.getByTestId('input-name');
  await name.click();
  await page.keyboard.press('End');
  await settle(page, 500);
  return { name, nodeId };
}

/**
 * A branch site selected in the opened design and `text` typed at the end of its name in the
 * inspector, a key every 120 ms (a brisk typist): every keystroke is an edit of the design. The long
 * tasks from the first key until the page has gone 1 s without one, during which the page answers no
 * input; the run checks that the name took the text.
 */
export async function measureTyping(browser, url, file, rects, nodePattern, text) {
  const { context, page } = await openSettled(browser, 'app', url, file, rects);
  try {
    const { name, nodeId } = await readyToTypeName(page, nodePattern);
    const before = await name.inputValue();
    await page.evaluate(() => {
      window.__benchTypingTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchTypingTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.keyboard.type(text, { delay: 120 });
    await settle(page, 1000);
    const tasks = await page.evaluate(() => window.__benchTypingTasks.slice());
    const typed = (await name.inputValue()) === before + text;
    return { longTasks: tasks, typed, nodeId };
  } finally {
    await context.close();
  }
}

/** Milliseconds from confirming a PNG export (1x) of the open design to the file arriving. */
export async function measurePngExport(browser, url, file, rects) {
  const { context, page } = await freshPage(browser, url);
  try {
    await openAndTime(page, 'app', file, rects);
    await page.getByTestId('tool-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-format-png').check();
    await dialog.getByTestId('export-scale-1').check();
    const downloading = page.waitForEvent('download');
    const start = Date.now();
    await dialog.getByTestId('export-confirm').click();
    const download = await downloading;
    const ms = Date.now() - start;
    await download.path();
    return ms;
  } finally {
    await context.close();
  }
}
