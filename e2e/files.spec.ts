import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.describe('documents', () => {
  test('saves a design to a file and opens it again to an equal design', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vpnDevice', 60, 60);
    await designer.drop('vnet', 320, 30);
    await designer.drop('gatewaySubnet', 340, 70);
    await designer.drop('vpnGateway', 350, 90);
    await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');
    await expect(designer.edges('s2s')).toHaveCount(1);
    await designer.clickCanvasBackground();
    await designer.field('title').fill('Round trip');
    await expect(designer.statusBar).toContainText('edited');

    const saving = page.waitForEvent('download');
    await designer.press('Control+s');
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe('Round trip.topo.json');
    const path = testInfo.outputPath('saved.topo.json');
    await saved.saveAs(path);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'hybrid-topology-designer', formatVersion: 1 });
    await expect(designer.statusBar).not.toContainText('edited');

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('tool-new').click();
    await expect(designer.nodes()).toHaveCount(0);

    const choosing = page.waitForEvent('filechooser');
    await page.getByTestId('tool-open').click();
    await (await choosing).setFiles(path);
    await expect(designer.nodes()).toHaveCount(4);
    await expect(designer.edges('s2s')).toHaveCount(1);
    await expect(page).toHaveTitle('saved.topo.json — Hybrid Topology Designer');

    const exporting = page.waitForEvent('download');
    await page.getByTestId('tool-export').click();
    await page.getByTestId('export-format-json').check();
    await page.getByTestId('export-confirm').click();
    const exported = await exporting;
    const again = await readFile((await exported.path())!, 'utf8');
    expect(again).toBe(text);
  });

  test('refuses a broken file with a message that names the problem, and keeps the open design', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('onPremSite', 60, 60);
    const broken = testInfo.outputPath('broken.topo.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(broken, '{"format": "hybrid-topology-designer", "formatVersion": 1, "document": {"elements": [ {"id": "a"'));
    page.once('dialog', (d) => void d.accept());
    const choosing = page.waitForEvent('filechooser');
    await page.getByTestId('tool-open').click();
    await (await choosing).setFiles(broken);
    await expect(page.getByTestId('toast')).toContainText('Could not open broken.topo.json');
    await expect(page.getByTestId('toast')).toContainText('truncated');
    await expect(designer.nodes()).toHaveCount(1);
  });
});
