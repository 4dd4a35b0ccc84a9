import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

// The minimap is drawn from the document (renderer/canvas/DesignMinimap.tsx): one shape per kind
// of element, and the view's rectangle. A user drags on it to move the view and scrolls to zoom.

/** The screen point of a flow point on the minimap, through the minimap's own SVG transform. */
async function onMinimap(page: Page, flow: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.getByTestId('minimap').locator('svg').evaluate((svg, p) => {
    const at = new DOMPoint(p.x, p.y).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
    return { x: at.x, y: at.y };
  }, flow);
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const zoomOf = async (page: Page) => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);

test.describe('the minimap', () => {
  test('shows every kind of element in the design, and a press on it brings that place to the middle of the canvas', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile('examples/expressroute-with-vpn-failover.topo.json');
    await expect(designer.nodes()).toHaveCount(12);
    const minimap = page.getByTestId('minimap');
    const kinds = await minimap.locator('path[data-kind]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-kind')).sort());
    expect(kinds).toEqual(['connectivityProvider', 'erCircuit', 'erGateway', 'onPremSite', 'peeringLocation', 'subnet', 'vnet', 'vpnDevice', 'vpnGateway']);

    // The spoke VNet's centre in flow units (example file: at 790, 420, 460 × 150).
    const spoke = { x: 790 + 230, y: 420 + 75 };
    const target = await onMinimap(page, spoke);
    await page.mouse.click(target.x, target.y);
    const canvas = centre((await designer.canvas.boundingBox())!);
    await expect
      .poll(async () => {
        const at = centre((await designer.node('vnet-spoke').boundingBox())!);
        return Math.hypot(at.x - canvas.x, at.y - canvas.y);
      })
      .toBeLessThan(6);
  });

  test('dragging on it moves the view along, scrolling zooms, and the toolbar hides it', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile('examples/expressroute-with-vpn-failover.topo.json');
    await expect(designer.nodes()).toHaveCount(12);
    const from = await onMinimap(page, { x: 100, y: 250 });
    const to = await onMinimap(page, { x: 1000, y: 250 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    // The view now centres flow x = 1000: the hub VNet (790 … 1250) straddles the canvas's middle.
    const canvas = centre((await designer.canvas.boundingBox())!);
    const hub = (await designer.node('vnet-hub').boundingBox())!;
    expect(hub.x).toBeLessThan(canvas.x);
    expect(hub.x + hub.width).toBeGreaterThan(canvas.x);

    const before = await zoomOf(page);
    const at = centre((await page.getByTestId('minimap').boundingBox())!);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -500);
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before * 1.5);

    await page.getByRole('button', { name: 'Minimap' }).click();
    await expect(page.getByTestId('minimap')).toHaveCount(0);
  });
});
