import { expect, test, type Locator } from '@playwright/test';
import { handleCentres } from '../shared/presentation/handleCentres';
import { DesignerPage } from './pages/DesignerPage';

// Nodes carry their handle positions (shared/presentation/handleCentres.ts) and mount live Handle
// components only where a link can start or end right now (elsewhere inert stand-ins). These tests
// hold the geometry to the rendered CSS, so edges keep attaching where the handles are drawn.

/** Live handles (the inert stand-ins have no test id). */
const LIVE = '[data-testid^="handle-"]';

async function handleOffsets(node: Locator): Promise<Record<string, { x: number; y: number }>> {
  return node.evaluate((el) => {
    const box = el.getBoundingClientRect();
    // At zoom z a 200 px wide node is 200·z px on screen: report flow units.
    const zoom = box.width / (el as HTMLElement).offsetWidth;
    const out: Record<string, { x: number; y: number }> = {};
    for (const handle of el.querySelectorAll<HTMLElement>('[data-testid^="handle-"]')) {
      const h = handle.getBoundingClientRect();
      out[handle.dataset.handleid!] = { x: (h.x + h.width / 2 - box.x) / zoom, y: (h.y + h.height / 2 - box.y) / zoom };
    }
    return out;
  });
}

test.describe('handles', () => {
  test('each side handle is drawn where the node says it is, for elements and VNets', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vpnDevice', 40, 40);
    await designer.drop('vnet', 320, 40);
    await designer.clickCanvasBackground();

    const device = designer.node('vpnDevice-1');
    await device.hover();
    await expect(device.locator(LIVE)).toHaveCount(4);
    const deviceOffsets = await handleOffsets(device);
    const deviceExpected = handleCentres({ width: 200, height: 64 }, false);
    for (const side of ['t', 'r', 'b', 'l'] as const) {
      expect(deviceOffsets[side]!.x, `device ${side} x`).toBeCloseTo(deviceExpected[side].x, 0);
      expect(deviceOffsets[side]!.y, `device ${side} y`).toBeCloseTo(deviceExpected[side].y, 0);
    }

    const vnet = designer.node('vnet-1');
    const vnetBox = (await vnet.boundingBox())!;
    await page.mouse.move(vnetBox.x + vnetBox.width / 2, vnetBox.y + vnetBox.height / 2);
    await expect(vnet.locator(LIVE)).toHaveCount(4);
    const vnetOffsets = await handleOffsets(vnet);
    const size = await vnet.evaluate((el) => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }));
    const vnetExpected = handleCentres(size, true);
    for (const side of ['t', 'r', 'b', 'l'] as const) {
      expect(vnetOffsets[side]!.x, `vnet ${side} x`).toBeCloseTo(vnetExpected[side].x, 0);
      expect(vnetOffsets[side]!.y, `vnet ${side} y`).toBeCloseTo(vnetExpected[side].y, 0);
    }
  });

  test('handles appear on the hovered and selected element and on every element while a link is drawn; links stay drawn without them', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vpnDevice', 40, 60);
    await designer.drop('vnet', 320, 20);
    await designer.drop('gatewaySubnet', 340, 60);
    await designer.drop('vpnGateway', 350, 90);
    await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');
    await expect(designer.edges('s2s')).toHaveCount(1);

    // Nothing hovered or selected: no live handle anywhere, and the link is still drawn.
    await designer.clickCanvasBackground();
    await expect(page.locator(LIVE)).toHaveCount(0);
    await expect(designer.edges('s2s')).toBeVisible();

    // Hovering one element shows its handles only.
    await designer.node('vpnDevice-1').hover();
    await expect(page.locator(LIVE)).toHaveCount(4);
    await expect(designer.node('vpnDevice-1').getByTestId('handle-r')).toBeVisible();

    // A selected element keeps its handles when the pointer leaves it.
    await designer.select('vpnGateway-1');
    const canvasBox = (await designer.canvas.boundingBox())!;
    await page.mouse.move(canvasBox.x + canvasBox.width - 30, canvasBox.y + canvasBox.height - 30);
    await expect(page.locator(LIVE)).toHaveCount(4);
    await expect(designer.node('vpnGateway-1').locator(LIVE)).toHaveCount(4);

    // While a link is drawn, every element and VNet offers its handles (subnets have none).
    await designer.connect('vpnDevice-1', 'b', 'vnet-1', 'b', { release: false });
    await expect(page.locator(LIVE)).toHaveCount(12);
    await page.keyboard.press('Escape');
    await page.mouse.up();
  });

  test('only an element selected alone shows its resize frame and handles; with several selected, none does', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 40, 20);
    await designer.drop('vnet', 560, 20);
    await designer.drop('vpnDevice', 40, 400);
    const resizers = page.locator('.react-flow__resize-control');
    const canvasBox = (await designer.canvas.boundingBox())!;
    const awayFromNodes = () => page.mouse.move(canvasBox.x + canvasBox.width - 30, canvasBox.y + canvasBox.height - 30);

    await designer.select('vnet-1');
    await awayFromNodes();
    await expect(designer.node('vnet-1').locator('.react-flow__resize-control')).not.toHaveCount(0);
    await expect(designer.node('vnet-1').locator(LIVE)).toHaveCount(4);

    // Everything selected: a thousand resize frames and handles would be drawn in a large design.
    await designer.press('Control+a');
    await awayFromNodes();
    await expect(designer.node('vnet-2')).toHaveClass(/selected/);
    await expect(resizers).toHaveCount(0);
    await expect(page.locator(LIVE)).toHaveCount(0);
    // Hovering one of them still offers its handles, to draw a link from it.
    await designer.node('vpnDevice-1').hover();
    await expect(designer.node('vpnDevice-1').locator(LIVE)).toHaveCount(4);

    await designer.clickCanvasBackground();
    await designer.select('vnet-2');
    await awayFromNodes();
    await expect(designer.node('vnet-2').locator('.react-flow__resize-control')).not.toHaveCount(0);
    await expect(designer.node('vnet-1').locator('.react-flow__resize-control')).toHaveCount(0);
  });
});
