import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const FAILOVER = 'examples/expressroute-with-vpn-failover.topo.json';

test.describe('presenter mode', () => {
  test('presents a design scene by scene, fails its circuit to show the VPN taking over, and leaves', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(FAILOVER);
    await expect(designer.node('er-london')).toBeVisible();

    // What the paths panel says the VPN path alone gives: the figures the presenter must show once the circuit is down.
    await page.getByTestId('tab-paths').click();
    const vpnRow = page.getByTestId('paths-site-london-vnet-hub').locator('[data-testid="path-row"][data-via="vpn"]');
    const vpnRtt = (await vpnRow.getByTestId('path-rtt').textContent())!;
    const vpnAvailability = (await vpnRow.locator('td').nth(5).textContent())!;

    // Two scenes: the whole design, then the site and its firewall.
    const scenes = await designer.openScenes();
    await designer.clickCanvasBackground();
    await scenes.getByTestId('scenes-add').click();
    await scenes.getByTestId('scene-title-scene-1').fill('The whole design');
    await scenes.getByTestId('scene-caption-scene-1').fill('London reaches Azure over ExpressRoute, with a VPN behind it.');
    await designer.selectAll(['site-london', 'vpn-hq-firewall']);
    await scenes.getByTestId('scenes-add').click();
    await scenes.getByTestId('scene-title-scene-2').fill('The failover path');
    await expect(scenes.getByTestId('scene-summary-scene-2')).toHaveText('Shows 2 elements and 1 link');

    await designer.press('F5');
    await expect(designer.presenter).toBeVisible();
    await expect(page.getByTestId('tool-open')).toBeHidden();
    await expect(page.getByTestId('present-scene-title')).toHaveText('The whole design');
    await expect(page.getByTestId('present-scene-caption')).toHaveText('London reaches Azure over ExpressRoute, with a VPN behind it.');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await expect(page.getByTestId('present-cost')).toContainText('$');
    const hubPath = page.getByTestId('present-path-site-london-vnet-hub');
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(hubPath).toContainText('via ExpressRoute');
    // Traffic runs on the circuit's links; the tunnel stands by.
    await expect(page.getByTestId('present-edge-er-conn')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(page.getByTestId('present-edge-s2s-failover')).toHaveAttribute('data-traffic', 'none');

    await designer.press('ArrowRight');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 2 of 2');
    await expect(page.getByTestId('present-scene-title')).toHaveText('The failover path');
    await expect(designer.presented('er-london')).toHaveCount(0);
    await expect(designer.presented('site-london')).toBeVisible();
    await designer.press('ArrowLeft');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await designer.press('Space');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 2 of 2');
    await designer.press('ArrowLeft');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await expect(page.getByTestId('present-hint')).toContainText('Click a circuit, gateway, link or peering location to fail it');

    // The circuit fails: the site's traffic reroutes to the VPN, over the internet.
    await designer.presented('er-london').click();
    await expect(designer.presented('er-london')).toHaveAttribute('data-down', 'true');
    await expect(hubPath).toHaveAttribute('data-via', 'vpn');
    await expect(hubPath).toContainText('rerouted');
    await expect(hubPath.getByTestId('present-rtt')).toHaveText(vpnRtt);
    await expect(hubPath.getByTestId('present-availability')).toHaveText(vpnAvailability);
    await expect(page.getByTestId('present-edge-s2s-failover')).toHaveAttribute('data-traffic', 'vpn');
    await expect(page.getByTestId('present-internet-s2s-failover')).toBeVisible();
    await expect(page.getByTestId('present-edge-er-conn')).toHaveAttribute('data-down', 'true');
    await expect(page.getByTestId('present-failed')).toContainText('er-london-1g');

    await page.mouse.move(10, 10);
    await testInfo.attach('presenter mode, circuit failed', { body: await page.screenshot(), contentType: 'image/png' });

    // The VPN gateway fails too: London has no way into Azure left.
    await designer.presented('vpngw-hub').click();
    await expect(page.getByTestId('present-lost-site-london')).toHaveText('No connectivity');
    await expect(hubPath).toHaveAttribute('data-via', 'none');
    await expect(page.getByTestId('present-site-site-london')).toContainText('No connectivity');

    await page.getByTestId('present-restore-all').click();
    await expect(page.getByTestId('present-lost-site-london')).toHaveCount(0);
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(page.getByTestId('present-failed')).toHaveCount(0);

    // A failed peering cuts the spoke off, and only the spoke; clicking the link again restores it.
    const peering = page.getByTestId('present-edge-peering-hub-spoke');
    await peering.click();
    await expect(peering).toHaveAttribute('data-down', 'true');
    await expect(page.getByTestId('present-path-site-london-vnet-spoke')).toHaveAttribute('data-via', 'none');
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(page.getByTestId('present-lost-site-london')).toHaveCount(0);
    await peering.click();
    await expect(peering).toHaveAttribute('data-down', 'false');
    await expect(page.getByTestId('present-path-site-london-vnet-spoke')).toHaveAttribute('data-via', 'expressRoute');

    // The laser pointer follows the mouse.
    await designer.press('l');
    await page.mouse.move(300, 200);
    await page.mouse.move(420, 330, { steps: 4 });
    const dot = page.getByTestId('laser-dot');
    await expect(dot).toBeVisible();
    await expect.poll(async () => {
      const box = (await dot.boundingBox())!;
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    }).toEqual([420, 330]);
    await designer.press('l');
    await expect(page.getByTestId('laser')).toHaveCount(0);

    // Delete while presenting deletes nothing, even with the site and firewall still selected in the editor.
    await designer.press('Delete');
    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(page.getByTestId('tool-open')).toBeVisible();
    await expect(designer.inspector).toBeVisible();
    await expect(designer.node('site-london')).toBeVisible();
    await expect(designer.node('vpn-hq-firewall')).toBeVisible();
    await expect(designer.nodes()).toHaveCount(12);
    await expect(designer.edges()).toHaveCount(7);
  });

  test('the toolbar Present button presents a design without scenes whole, and Esc leaves', async ({ page }) => {
    const file = JSON.parse(await readFile(new URL(`../${FAILOVER}`, import.meta.url), 'utf8'));
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(FAILOVER);
    await expect(designer.nodes()).toHaveCount(file.document.elements.length);
    expect(file.document.scenes ?? []).toEqual([]);

    const present = page.getByTestId('tool-present');
    await expect(present).toHaveAttribute('title', 'Present (F5)');
    await present.click();
    await expect(designer.presenter).toBeVisible();
    await expect(designer.toolbar).toBeHidden();
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 1');
    await expect(page.getByTestId('present-scene-title')).toHaveText(file.document.title);
    await expect.poll(() => designer.presentedIds('elements')).toEqual(file.document.elements.map((e: { id: string }) => e.id).sort());
    await expect.poll(() => designer.presentedIds('links')).toEqual(file.document.links.map((l: { id: string }) => l.id).sort());

    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(designer.toolbar).toBeVisible();
    await expect(designer.nodes()).toHaveCount(file.document.elements.length);
  });
});
