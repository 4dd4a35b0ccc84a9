import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.describe('editing', () => {
  test('undoes and redoes adding, property edits and deleting', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('onPremSite', 60, 60);
    await designer.select('onPremSite-1');
    await designer.field('name').fill('Head office');
    await expect(designer.node('onPremSite-1')).toContainText('Head office');

    await designer.clickCanvasBackground();
    await designer.press('Control+z');
    await expect(designer.node('onPremSite-1')).toContainText('Office');
    await expect(designer.node('onPremSite-1')).not.toContainText('Head office');
    await designer.press('Control+Shift+z');
    await expect(designer.node('onPremSite-1')).toContainText('Head office');

    await designer.select('onPremSite-1');
    await designer.press('Delete');
    await expect(designer.nodes()).toHaveCount(0);
    await designer.press('Control+z');
    await expect(designer.nodes()).toHaveCount(1);
    await designer.press('Control+z');
    await designer.press('Control+z');
    await expect(designer.nodes()).toHaveCount(0);
    await designer.press('Control+y');
    await expect(designer.nodes()).toHaveCount(1);
  });

  test('typing into a field undoes as one step', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 60, 60);
    await designer.select('vnet-1');
    await designer.field('name').fill('');
    await designer.field('name').pressSequentially('vnet-spoke', { delay: 20 });
    await expect(designer.node('vnet-1')).toContainText('vnet-spoke');
    await designer.clickCanvasBackground();
    await page.getByTestId('tool-undo').click();
    await expect(designer.node('vnet-1')).toContainText('vnet-hub');
    await expect(designer.nodes()).toHaveCount(1);
  });

  test('selects, box-selects, duplicates, copies, pastes, cuts and nudges with the keyboard', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vpnDevice', 60, 60);
    await designer.drop('vpnGateway', 400, 60);
    await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');
    await expect(designer.edges('s2s')).toHaveCount(1);

    await designer.clickCanvasBackground();
    await designer.press('Control+a');
    await expect(designer.statusBar).toContainText('3 selected');
    await designer.press('Control+d');
    await expect(designer.nodes()).toHaveCount(4);
    await expect(designer.edges('s2s')).toHaveCount(2);

    await designer.press('Delete');
    await expect(designer.nodes()).toHaveCount(2);

    // Box-select both elements by dragging on empty canvas.
    const canvas = (await designer.canvas.boundingBox())!;
    await page.mouse.move(canvas.x + 20, canvas.y + 20);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 700, canvas.y + 200, { steps: 8 });
    await page.mouse.up();
    await expect(designer.statusBar).toContainText('3 selected');

    await designer.press('Control+c');
    await designer.press('Control+v');
    await expect(designer.nodes()).toHaveCount(4);
    await designer.press('Control+x');
    await expect(designer.nodes()).toHaveCount(2);
    await designer.press('Control+v');
    await expect(designer.nodes()).toHaveCount(4);

    // Shift-click adds to the selection; arrows nudge by one grid step, Shift+arrow by five.
    await designer.clickCanvasBackground();
    await designer.select('vpnDevice-1');
    const before = (await designer.node('vpnDevice-1').boundingBox())!;
    await designer.press('ArrowRight');
    await designer.press('Shift+ArrowDown');
    const after = (await designer.node('vpnDevice-1').boundingBox())!;
    expect(Math.round(after.x - before.x)).toBe(10);
    expect(Math.round(after.y - before.y)).toBe(50);
  });
});
