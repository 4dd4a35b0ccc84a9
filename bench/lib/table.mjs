// The human-readable summary of a benchmark run (the full figures are in bench/results/latest.json).
const fmt = (s, unit = '') => (s ? `${s.min} / ${s.median} / ${s.max}${unit}` : 'n/a');

export function printTable({ node, browser, machine, options }) {
  const rows = [['benchmark', 'min / median / max', 'budget']];
  for (const size of node?.sizes ?? []) {
    rows.push([`validate+estimate ${size.elements} el. (${size.links} links), from scratch, median ms`, fmt(size.medianMs), size.elements === 1000 ? '< 4 ms' : '']);
    rows.push([`  p95 ms`, fmt(size.p95Ms), '']);
    rows.push([`  ratio to structuredClone of the design`, fmt(size.ratioToBaseline, '×'), '']);
    if (size.parts) {
      rows.push([`  validate, median ms`, fmt(size.parts.validateMs), '']);
      rows.push([`  estimateCost, median ms`, fmt(size.parts.costMs), '']);
      rows.push([`  estimatePaths (Paths tab, presenter), median ms`, fmt(size.parts.pathsMs), '']);
    }
    if (size.afterEdit) {
      rows.push([`  after an edit (designer), median ms`, fmt(size.afterEdit.medianMs), size.elements === 1000 ? '< 4 ms' : '']);
      rows.push([`  after an edit, p95 ms`, fmt(size.afterEdit.p95Ms), '']);
      rows.push([`  after an edit / from scratch`, fmt(size.afterEdit.ratioToFromScratch, '×'), '']);
    }
    if (size.afterEditJoined) {
      rows.push([`  after an edit, hubs joined by Global Reach (one part), median ms`, fmt(size.afterEditJoined.medianMs), '']);
      rows.push([`  after an edit, hubs joined / from scratch`, fmt(size.afterEditJoined.ratioToFromScratch, '×'), '']);
      if (size.afterEditJoined.afterMoveMedianMs) rows.push([`  after a move, hubs joined, median ms`, fmt(size.afterEditJoined.afterMoveMedianMs), '']);
    }
  }
  if (node) rows.push(['growth 1,000 → 10,000 elements', fmt(node.growth1kTo10k, '×'), '≤ 12×']);
  const d = browser?.drag;
  if (d) {
    rows.push([`drag in ${d.elements} el.: app median frame ms`, fmt(d.appMedianFrameMs), '']);
    rows.push(['  bare React Flow median frame ms', fmt(d.bareMedianFrameMs), '']);
    rows.push(['  app / bare, median frame', fmt(d.ratioMedian, '×'), '≤ 1.2×']);
    rows.push(['  app p95 frame ms', fmt(d.appP95FrameMs), '']);
    rows.push(['  bare p95 frame ms', fmt(d.bareP95FrameMs), '']);
    rows.push(['  app / bare, p95 frame', fmt(d.ratioP95, '×'), '≤ 1.2×']);
    rows.push(['  dragged node moved (app | bare)', `${d.nodeMoved.app} | ${d.nodeMoved.bare}`, 'true']);
    rows.push(['  long tasks during drag (app | bare)', `${fmt(d.longTasks.app)} | ${fmt(d.longTasks.bare)}`, '']);
  }
  const p = browser?.pan;
  if (p) {
    rows.push([`pan in ${p.elements} el. (zoomed in): app median frame ms`, fmt(p.appMedianFrameMs), '']);
    rows.push(['  bare React Flow median frame ms', fmt(p.bareMedianFrameMs), '']);
    rows.push(['  app / bare, median frame', fmt(p.ratioMedian, '×'), '']);
    rows.push(['  app p95 frame ms', fmt(p.appP95FrameMs), '']);
    rows.push(['  bare p95 frame ms', fmt(p.bareP95FrameMs), '']);
    rows.push(['  app / bare, p95 frame', fmt(p.ratioP95, '×'), '']);
    rows.push(['  view moved (app | bare)', `${p.viewMoved.app} | ${p.viewMoved.bare}`, 'true']);
    rows.push(['  long tasks during pan (app | bare)', `${fmt(p.longTasks.app)} | ${fmt(p.longTasks.bare)}`, '']);
  }
  if (browser?.open) {
    rows.push([`open ${browser.open.elements} el.: first paint ms (app)`, fmt(browser.open.appFirstPaintMs), '< 1500 ms']);
    rows.push(['  bare React Flow first paint ms', fmt(browser.open.bareFirstPaintMs), '']);
    rows.push(['  app / bare', fmt(browser.open.ratio, '×'), '']);
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
