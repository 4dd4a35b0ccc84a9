// The human-readable summary of a benchmark run (the full figures are in bench/results/latest.json).
const fmt = (s, unit = '') => (s ? `${s.min} / ${s.median} / ${s.max}${unit}` : 'n/a');

export function printTable({ node, layout, browser, machine, options }) {
  const rows = [['benchmark', 'min / median / max', 'budget']];
  for (const size of node?.sizes ?? []) {
    rows.push([`validate+estimate ${size.elements} el. (${size.links} links), from scratch, median ms`, fmt(size.medianMs), size.elements === 1000 ? '< 4 ms' : '']);
    rows.push([`  p95 ms`, fmt(size.p95Ms), '']);
    rows.push([`  ratio to structuredClone of the design`, fmt(size.ratioToBaseline, '×'), '']);
    if (size.idIndexMedianMs) rows.push([`  its ids indexed, parents and link ends looked up, median ms`, fmt(size.idIndexMedianMs), '']);
    if (size.parts) {
      rows.push([`  validate, median ms`, fmt(size.parts.validateMs), '']);
      rows.push([`  estimateCost, median ms`, fmt(size.parts.costMs), '']);
      rows.push([`  estimatePaths (Paths tab, presenter), median ms`, fmt(size.parts.pathsMs), '']);
    }
    if (size.collections) {
      rows.push([`  runs with a garbage collection, share`, fmt(size.collections.shareOfRuns), '']);
      rows.push([`  median of the runs without one, ms`, size.collections.withoutMedianMs ? fmt(size.collections.withoutMedianMs) : 'none without', '']);
      rows.push([`  garbage collection per run, mean ms`, fmt(size.collections.meanMsPerRun), '']);
    }
    if (size.pageFaults) {
      rows.push([`  page faults per run, median`, fmt(size.pageFaults.perRunMedian), '']);
      rows.push([`  their time at this machine's cost of a fault, ms`, fmt(size.pageFaults.estimatedMs), '']);
    }
    if (size.afterEdit) {
      rows.push([`  after an edit (designer), median ms`, fmt(size.afterEdit.medianMs), size.elements === 1000 ? '< 4 ms' : '']);
      rows.push([`  after an edit, p95 ms`, fmt(size.afterEdit.p95Ms), '']);
      rows.push([`  after an edit / from scratch`, fmt(size.afterEdit.ratioToFromScratch, '×'), '']);
    }
    for (const [key, how] of [
      ['afterEditJoined', 'hubs joined by Global Reach'],
      ['afterEditPeered', 'hubs peered to each other'],
      ['afterEditDualHomed', 'a branch per hub dual-homed (one part)'],
    ]) {
      const joined = size[key];
      if (!joined) continue;
      rows.push([`  after an edit, ${how}, median ms`, fmt(joined.medianMs), '']);
      rows.push([`  after an edit, ${how} / from scratch`, fmt(joined.ratioToFromScratch, '×'), '']);
      if (joined.afterMoveMedianMs) rows.push([`  after a move, ${how}, median ms`, fmt(joined.afterMoveMedianMs), '']);
    }
  }
  if (node) rows.push(['growth 1,000 → 10,000 elements', fmt(node.growth1kTo10k, '×'), '≤ 12×']);
  if (node?.workGrowth1kTo10k) rows.push(['  runs less their garbage collection', fmt(node.workGrowth1kTo10k, '×'), '']);
  if (node?.baselineGrowth1kTo10k) rows.push(['  the baseline (structuredClone of the design)', fmt(node.baselineGrowth1kTo10k, '×'), '']);
  if (node?.idIndexGrowth1kTo10k) rows.push(['  the ids indexed, parents and link ends looked up', fmt(node.idIndexGrowth1kTo10k, '×'), '']);
  if (node?.pageFaultUs) rows.push(['one page fault on this machine, µs', fmt(node.pageFaultUs), '']);
  for (const size of layout?.sizes ?? []) rows.push([`auto-layout ${size.elements} el. (Node), ms`, fmt(size.ms), '']);
  if (layout) rows.push([`  growth ${layout.sizes[0].elements} → ${layout.sizes.at(-1).elements} elements`, fmt(layout.growth, '×'), '']);
  if (browser?.drag) gestureRows(rows, 'drag', browser.drag, '≤ 1.2×', 'dragged node moved', browser.drag.nodeMoved);
  if (browser?.pan) gestureRows(rows, 'pan', browser.pan, '', 'view moved', browser.pan.viewMoved, ' (zoomed in)');
  if (browser?.tabs) {
    for (const [tab, ms] of Object.entries(browser.tabs.longestTaskMs)) {
      rows.push([`show the ${tab} tab in ${browser.tabs.elements} el.: longest task ms`, fmt(ms), '']);
      rows.push([`  DOM elements in the tab`, fmt(browser.tabs.domElements[tab]), '']);
      if (browser.tabs.shownMs) rows.push([`  shown ms (click to rows, as the test sees it)`, fmt(browser.tabs.shownMs[tab]), '']);
    }
  }
  if (browser?.typing) {
    const t = browser.typing;
    rows.push([`type ${t.keys} keys into a name in ${t.elements} el.: long tasks`, fmt(t.longTasks), '']);
    rows.push(['  longest task ms', fmt(t.longestTaskMs), '']);
    rows.push(['  long tasks in all ms', fmt(t.longTaskTotalMs), '']);
    rows.push(['  name typed', t.nameTyped ? 'yes' : 'NO', '']);
  }
  if (browser?.open) {
    rows.push([`open ${browser.open.elements} el.: first paint ms (app)`, fmt(browser.open.appFirstPaintMs), '< 1500 ms']);
    rows.push(['  bare React Flow first paint ms', fmt(browser.open.bareFirstPaintMs), '']);
    rows.push(['  app / bare', fmt(browser.open.ratio, '×'), '']);
    rows.push(['  findings shown ms (app)', fmt(browser.open.appFindingsShownMs), '']);
    rows.push(['  longest task after the paint ms (app)', fmt(browser.open.appLongestTaskAfterPaintMs), '']);
  }
  if (browser?.exportPng) {
    rows.push([`PNG export of ${browser.exportPng.elements} el., ms`, fmt(browser.exportPng.ms), '']);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  console.log(`\n${machine.cpus} CPU(s), load ${machine.loadAverage.join(' ')}, ${options.rounds} round(s)${options.quick ? ', quick' : ''}`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

/** The rows of a gesture measured on the designer and the bare page (bench/browser/runBrowser.mjs). */
function gestureRows(rows, name, g, budget, movedLabel, moved, note = '') {
  rows.push([`${name} in ${g.elements} el.${note}: app median frame ms`, fmt(g.appMedianFrameMs), '']);
  rows.push(['  bare React Flow median frame ms', fmt(g.bareMedianFrameMs), '']);
  rows.push(['  app / bare, median frame', fmt(g.ratioMedian, '×'), budget]);
  rows.push(['  app p95 frame ms', fmt(g.appP95FrameMs), '']);
  rows.push(['  bare p95 frame ms', fmt(g.bareP95FrameMs), '']);
  rows.push(['  app / bare, p95 frame', fmt(g.ratioP95, '×'), budget]);
  rows.push([`  ${movedLabel} (app | bare)`, `${moved.app} | ${moved.bare}`, 'true']);
  rows.push([`  long tasks during ${name} (app | bare)`, `${fmt(g.longTasks.app)} | ${fmt(g.longTasks.bare)}`, '']);
}
