import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const EXAMPLE = fileURLToPath(new URL('../examples/expressroute-with-vpn-failover.topo.json', import.meta.url));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the elements drawn (the canvas draws only those on screen, or partly on it). */
async function drawnBoxes(page: Page): Promise<Box[]> {
  return page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Whether all `count` elements are drawn, each wholly inside `frame`. */
async function allInside(page: Page, count: number, frame: Box): Promise<boolean> {
  const boxes = await drawnBoxes(page);
  return boxes.length === count && boxes.every((box) => inside(box, frame));
}

const inside = (box: Box, frame: Box): boolean =>
  box.x >= frame.x - 1 && box.y >= frame.y - 1 && box.x + box.width <= frame.x + frame.width + 1 && box.y + box.height <= frame.y + frame.height + 1;

/** An element's box, or null while the canvas does not draw it (off screen). */
async function boxOf(designer: DesignerPage, id: string): Promise<Box | null> {
  const node = designer.node(id);
  return (await node.count()) > 0 ? node.boundingBox() : null;
}

async function frameOf(canvas: Locator): Promise<Box> {
  return (await canvas.boundingBox())!;
}

test.describe('fitting the view', () => {
  test('Shift+1 brings every element back into view after zooming in, filling the canvas', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(EXAMPLE);
    await expect(designer.nodes()).toHaveCount(12);
    const canvas = page.locator('.htd-canvas');
    const frame = await frameOf(canvas);

    for (let i = 0; i < 4; i++) await page.getByTestId('tool-zoomIn').click();
    await expect.poll(() => allInside(page, 12, frame)).toBe(false);

    await designer.clickCanvasBackground();
    await designer.press('Shift+Digit1');
    await expect.poll(() => allInside(page, 12, frame), { timeout: 5_000 }).toBe(true);
    // Fitted, not merely zoomed out: the design spans the canvas one way, less the padding (8% a side).
    const boxes = await drawnBoxes(page);
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    expect(Math.max(width / frame.width, height / frame.height)).toBeGreaterThan(0.8);
  });

  test('picking a finding centres the view on the element it is about', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(EXAMPLE);
    const row = page.locator('[data-testid="finding"][data-rule="single-circuit"]');
    await expect(row).toHaveCount(1);
    const canvas = page.locator('.htd-canvas');
    const frame = await frameOf(canvas);

    // Zoomed in on the far left, the hub VNet the finding is about is off screen.
    for (let i = 0; i < 4; i++) await page.getByTestId('tool-zoomIn').click();
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(frame.x + frame.width - 10, frame.y + frame.height / 2, { steps: 8 });
    await page.mouse.up({ button: 'middle' });
    await expect.poll(async () => {
      const box = await boxOf(designer, 'vnet-hub');
      return box !== null && inside(box, frame);
    }).toBe(false);

    await row.locator('.htd-finding-main').click();
    await expect
      .poll(
        async () => {
          // How far the centre of what the finding is about lies from the canvas's centre, as a share of the canvas.
          const found = await Promise.all(['vnet-hub', 'er-london', 'ergw-hub'].map((id) => boxOf(designer, id)));
          if (found.some((box) => box === null)) return Number.POSITIVE_INFINITY;
          const all = found as Box[];
          const cx = (Math.min(...all.map((b) => b.x)) + Math.max(...all.map((b) => b.x + b.width))) / 2;
          const cy = (Math.min(...all.map((b) => b.y)) + Math.max(...all.map((b) => b.y + b.height))) / 2;
          return Math.max(Math.abs(cx - (frame.x + frame.width / 2)) / frame.width, Math.abs(cy - (frame.y + frame.height / 2)) / frame.height);
        },
        { timeout: 5_000 },
      )
      .toBeLessThan(0.02);
    expect(inside((await boxOf(designer, 'vnet-hub'))!, frame)).toBe(true);
  });
});
