// Auto-layout as a user meets it: a design where everything sits on top of everything, tidied with
// the toolbar button or Shift+Ctrl+L, and brought back with one Ctrl+Z. Geometry is read from the
// nodes React Flow draws, so the test checks what is on screen, not what the store holds.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serializeDocument } from '../shared/format/serialize';
import { largeDesign } from '../shared/testing/largeDesign';
import { DesignerPage } from './pages/DesignerPage';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Screen rectangles of every node on the canvas, by element id. */
async function nodeBoxes(page: Page): Promise<Map<string, Box>> {
  const boxes = await page.$$eval('.react-flow__node', (nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      return { id: node.getAttribute('data-id')!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  return new Map(boxes.map(({ id, ...box }) => [id, box]));
}

/** nodeBoxes once the view has stopped moving and every one of `count` elements is drawn. */
async function settledBoxes(page: Page, count: number): Promise<Map<string, Box>> {
  let last = '';
  let boxes = new Map<string, Box>();
  await expect
    .poll(async () => {
      boxes = await nodeBoxes(page);
      const now = JSON.stringify([...boxes]);
      const settled = boxes.size === count && now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return boxes;
}

// Borders are drawn at fractional zoom, so edges that touch may differ by a fraction of a pixel.
const SLACK = 1;
const overlap = (a: Box, b: Box) => a.x + SLACK < b.x + b.width && b.x + SLACK < a.x + a.width && a.y + SLACK < b.y + b.height && b.y + SLACK < a.y + a.height;
const inside = (c: Box, p: Box) => c.x >= p.x - SLACK && c.y >= p.y - SLACK && c.x + c.width <= p.x + p.width + SLACK && c.y + c.height <= p.y + p.height + SLACK;

/**
 * What is untidy on screen: overlapping siblings (top-level nodes, or children of one parent such as
 * two gateways in a GatewaySubnet), children poking out of their parents, and elements not drawn
 * (the canvas draws only what is on screen, and the view moves to fit the result). Elements in
 * different parents need no comparing: they are inside parents that do not overlap.
 */
function untidiness(boxes: Map<string, Box>, parentOf: Map<string, string>, count?: number): string[] {
  const problems: string[] = [];
  if (count !== undefined && boxes.size !== count) problems.push(`${count - boxes.size} elements are not on screen`);
  const siblings = new Map<string | undefined, string[]>();
  for (const id of [...boxes.keys()].sort()) {
    const parent = parentOf.get(id);
    siblings.set(parent, [...(siblings.get(parent) ?? []), id]);
  }
  for (const group of siblings.values()) {
    for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) if (overlap(boxes.get(a)!, boxes.get(b)!)) problems.push(`${a} overlaps ${b}`);
  }
  for (const [child, parent] of parentOf) {
    const c = boxes.get(child);
    const p = boxes.get(parent);
    // The canvas draws only what is on screen: while the view moves, an element may not be drawn.
    if (!c || !p) problems.push(`${c ? parent : child} is not on screen`);
    else if (!inside(c, p)) problems.push(`${child} is outside ${parent}`);
  }
  return problems;
}

/** Every box relative to one reference node, in units of its width, so a zoom or pan changes nothing. */
function shape(boxes: Map<string, Box>, refId: string): Record<string, number[]> {
  const ref = boxes.get(refId)!;
  const unit = (n: number) => Math.round((n / ref.width) * 100) / 100;
  return Object.fromEntries([...boxes].map(([id, b]) => [id, [unit(b.x - ref.x), unit(b.y - ref.y), unit(b.width), unit(b.height)]]));
}

test.describe('auto-layout', () => {
  test('the toolbar button tidies a piled-up design left to right, and one Ctrl+Z piles it up again', async ({ page }, testInfo) => {
    const file = JSON.parse(await readFile(new URL('../examples/expressroute-with-vpn-failover.topo.json', import.meta.url), 'utf8'));
    const elements: Array<{ id: string; parentId?: string; position: { x: number; y: number } }> = file.document.elements;
    for (const e of elements) e.position = { x: 0, y: 0 };
    const parentOf = new Map(elements.flatMap((e) => (e.parentId ? [[e.id, e.parentId] as const] : [])));
    const messyPath = testInfo.outputPath('messy.topo.json');
    await writeFile(messyPath, JSON.stringify(file, null, 2));

    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(messyPath);
    await expect(designer.nodes()).toHaveCount(elements.length);
    await page.getByTestId('tool-fitView').click();
    await expect.poll(async () => (await nodeBoxes(page)).size).toBe(elements.length);
    const messy = await nodeBoxes(page);
    expect(untidiness(messy, parentOf).length).toBeGreaterThan(10);
    // Siblings inside one container are compared too, not only the top-level elements.
    expect(untidiness(messy, parentOf)).toEqual(expect.arrayContaining(['ergw-hub overlaps vpngw-hub', 'snet-gateway overlaps snet-shared']));
    await page.screenshot({ path: testInfo.outputPath('before-layout.png') });

    await page.getByTestId('tool-autoLayout').click();
    await expect.poll(async () => untidiness(await nodeBoxes(page), parentOf, elements.length)).toEqual([]);
    const tidy = await settledBoxes(page, elements.length);
    expect(untidiness(tidy, parentOf, elements.length)).toEqual([]);
    const right = (id: string) => tidy.get(id)!.x + tidy.get(id)!.width;
    const left = (id: string) => tidy.get(id)!.x;
    expect(right('site-london')).toBeLessThan(left('vpn-hq-firewall'));
    expect(right('vpn-hq-firewall')).toBeLessThan(left('provider-colt'));
    expect(right('er-london')).toBeLessThan(left('vnet-hub'));
    // The view is fitted to the new picture (after a short animation): every node is on the canvas.
    const canvas = (await designer.canvas.boundingBox())!;
    await expect.poll(async () => [...(await nodeBoxes(page))].filter(([, b]) => !inside(b, canvas)).map(([id]) => id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('after-layout.png') });

    await designer.press('Control+z');
    await expect.poll(async () => shape(await nodeBoxes(page), 'vnet-hub')).toEqual(shape(messy, 'vnet-hub'));
    // Opening the file started the history afresh, so the layout was exactly one step.
    await expect(page.getByTestId('tool-undo')).toBeDisabled();
  });

  test('Shift+Ctrl+L tidies elements dropped on one spot, keeping the gateway in its GatewaySubnet in its VNet', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 300, 150);
    await designer.drop('gatewaySubnet', 320, 200);
    await designer.drop('vpnGateway', 330, 220);
    for (const preset of ['onPremSite', 'vpnDevice', 'erCircuit', 'connectivityProvider']) await designer.drop(preset, 330, 220);
    const parentOf = new Map([
      ['subnet-1', 'vnet-1'],
      ['vpnGateway-1', 'subnet-1'],
    ]);
    await expect(designer.nodes()).toHaveCount(7);
    const dropped = await nodeBoxes(page);
    expect(untidiness(dropped, parentOf)).not.toEqual([]);

    await designer.clickCanvasBackground();
    await designer.press('Shift+Control+L');
    await expect.poll(async () => untidiness(await nodeBoxes(page), parentOf, 7)).toEqual([]);
    const tidy = await settledBoxes(page, 7);
    expect(untidiness(tidy, parentOf, 7)).toEqual([]);
    expect(tidy.get('onPremSite-1')!.x + tidy.get('onPremSite-1')!.width).toBeLessThan(tidy.get('erCircuit-1')!.x);
    expect(tidy.get('erCircuit-1')!.x + tidy.get('erCircuit-1')!.width).toBeLessThan(tidy.get('vnet-1')!.x);

    await designer.press('Control+z');
    await expect.poll(async () => shape(await nodeBoxes(page), 'vnet-1')).toEqual(shape(dropped, 'vnet-1'));
  });

  test('a large design is laid out in the background: the designer answers while it works, and the layout lands as one undo step', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const file = testInfo.outputPath('estate.topo.json');
    // 1,000 elements, laid out in batches: a few seconds in the worker (28 s as one graph in Node).
    await writeFile(file, serializeDocument(largeDesign(1000)));
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(file);
    await expect(page.getByTestId('status-counts')).toHaveText(/^1,?000 elements/);
    const undo = page.getByTestId('tool-undo');
    await expect(undo).toBeDisabled();

    await page.getByTestId('tool-autoLayout').click();
    await expect(designer.toast('Laying out 1000 elements')).toBeVisible();
    // A dialog opens while the layout is worked out: with ELK on the main thread it opened only
    // once the layout had been applied.
    await page.getByTestId('tool-shortcuts').click();
    await expect(page.getByTestId('dialog')).toBeVisible();
    await expect(undo).toBeDisabled();
    await designer.press('Escape');

    await expect(undo).toBeEnabled({ timeout: 60_000 });
    // "Laying out…" goes once the layout has landed, without waiting out its few seconds.
    await expect(designer.toast('Laying out 1000 elements')).toBeHidden({ timeout: 500 });
    // The batches put back together, as the user sees them once the view is fitted.
    await page.waitForTimeout(500);
    await page.screenshot({ path: testInfo.outputPath('laid-out.png') });
    await designer.press('Control+z');
    await expect(undo).toBeDisabled();
  });

  test('where the layout worker cannot load, the design is still laid out, on the main thread, and the designer says so', async ({ page }, testInfo) => {
    const file = testInfo.outputPath('estate.topo.json');
    await writeFile(file, serializeDocument(largeDesign(120)));
    await page.route(/elk-worker/, (route) => route.abort());
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(file);
    await expect(page.getByTestId('status-counts')).toHaveText(/^120 elements/);
    await page.getByTestId('tool-autoLayout').click();
    await expect(designer.toast('Laying out without a worker')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('tool-undo')).toBeEnabled({ timeout: 60_000 });
  });
});
