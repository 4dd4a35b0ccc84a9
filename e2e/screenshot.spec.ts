// Writes the picture of a sample design that README.md shows, from the built app, as a user sees it.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.use({ viewport: { width: 1600, height: 900 } });

test('shows a sample design, and writes the README picture of it', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await choosing).setFiles('examples/expressroute-with-vpn-failover.topo.json');
  await expect(designer.nodes('erCircuit')).toHaveCount(1);
  await expect(designer.edges()).not.toHaveCount(0);
  await designer.select('er-london');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/images/designer.png' });
});
