import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

async function openExample(page: Page, designer: DesignerPage, file: string): Promise<void> {
  await designer.open();
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await choosing).setFiles(`examples/${file}`);
  await expect(designer.nodes('onPremSite')).not.toHaveCount(0);
}

const dollars = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

test.describe('estimates', () => {
  test('a bigger circuit raises the monthly total, shown in the status bar and the cost tab', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer, 'expressroute-with-vpn-failover.topo.json');
    const total = page.getByTestId('status-cost');
    // The figures follow the design's first paint: wait for the opened design's total.
    await expect.poll(async () => dollars(await total.textContent())).toBeGreaterThan(0);
    const before = dollars(await total.textContent());

    await designer.select('er-london');
    await designer.field('bandwidth').selectOption('10000');
    await expect.poll(async () => dollars(await total.textContent())).toBeGreaterThan(before);

    // The cost tab explains the circuit's figure with its formula and inputs.
    await page.getByTestId('tab-cost').click();
    await page.getByTestId('expand-er-london').click();
    await expect(page.getByTestId('formula-er-london')).toContainText('10 Gbps');
  });

  test('switching a site from ExpressRoute to VPN only changes its paths, and undo brings the circuit back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer, 'expressroute-with-vpn-failover.topo.json');
    await page.getByTestId('tab-paths').click();
    const routes = page.getByTestId('paths-site-london-vnet-hub').getByTestId('path-row');
    await expect(routes.and(page.locator('[data-via="expressRoute"]'))).toHaveCount(1);
    await expect(routes.and(page.locator('[data-via="vpn"]'))).toHaveCount(1);
    const erRtt = await routes.and(page.locator('[data-via="expressRoute"]')).getByTestId('path-rtt').textContent();
    const vpnRtt = await routes.and(page.locator('[data-via="vpn"]')).getByTestId('path-rtt').textContent();
    expect(erRtt).toMatch(/ms$/);
    expect(erRtt).not.toBe(vpnRtt);
    // Two paths in parallel come close to 100% but never read as it, nor as no downtime at all.
    const pair = page.getByTestId('paths-site-london-vnet-hub');
    await expect(pair).toContainText(/combined availability 99\.999\d*% \(under 1 min down a month\)/);
    await expect(pair).not.toContainText('100.0');

    // Cut the site's last mile to the provider: only the VPN remains.
    await designer.selectLink('lastmile-colt');
    await designer.press('Delete');
    await expect(routes.and(page.locator('[data-via="expressRoute"]'))).toHaveCount(0);
    await expect(routes.and(page.locator('[data-via="vpn"]'))).toHaveCount(1);
    await expect(page.getByTestId('paths-site-london-vnet-hub')).toContainText('1 path');

    await designer.press('Control+z');
    await expect(routes.and(page.locator('[data-via="expressRoute"]'))).toHaveCount(1);
  });

  test('compares VPN and ExpressRoute side by side for a site, with the break-even volume', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer, 'site-to-site-vpn.topo.json');
    const site = page.locator('[data-testid^="node-"][data-kind="onPremSite"]').first();
    await site.click({ position: { x: 60, y: 14 } });
    await page.getByTestId('compare-options').click();
    const dialog = page.getByTestId('compare-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('option-vpn')).toContainText('(in the design)');
    await expect(dialog.getByTestId('option-expressRoute')).toContainText('(hypothetical)');
    await expect(dialog.getByTestId('vpn-Internet exposure')).toHaveText('Crosses the public internet');
    await expect(dialog.getByTestId('er-Internet exposure')).toHaveText('Private, never on the internet');
    await expect(dialog.getByTestId('vpn-Monthly cost')).toContainText('$');
    await expect(dialog.getByTestId('break-even')).toContainText(/ExpressRoute costs less than VPN above [\d,]+ GB a month/);
    await expect(dialog.getByTestId('cost-chart')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});
