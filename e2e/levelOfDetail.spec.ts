// Far out, the canvas draws boxes without text and links without labels (renderer/canvas/
// levelOfDetail.ts): text there would be unreadable, and laying it out is what makes large designs
// slow. Zooming back in brings everything back.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const example = fileURLToPath(new URL('../examples/expressroute-with-vpn-failover.topo.json', import.meta.url));

test('zoomed far out, names and link labels give way to coloured boxes; zooming in brings them back', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.openFile(example);
  const names = page.locator('.react-flow__node .htd-node-name');
  const labels = page.locator('.htd-edge-label');
  await expect(names.first()).toBeVisible();
  const nodeCount = await designer.nodes().count();
  const labelCount = await labels.count();
  expect(labelCount).toBeGreaterThan(0);

  // Ctrl+- steps the zoom down towards its minimum of 0.1, past the threshold of 0.3; each step
  // animates, so the next one waits for the view to settle.
  const viewport = page.locator('.react-flow__viewport');
  for (let i = 0; i < 10; i++) {
    const before = await viewport.getAttribute('style');
    await designer.press('Control+-');
    await expect(viewport).not.toHaveAttribute('style', before ?? '');
    await page.waitForTimeout(250);
  }
  await expect(labels).toHaveCount(0);
  await expect(names).toHaveCount(0);
  await expect(page.locator('.htd-node.is-low-detail').first()).toBeVisible();
  // Every element is still drawn, and links still join them.
  await expect(designer.nodes()).toHaveCount(nodeCount);
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(0);

  await designer.press('Control+0');
  await expect(labels).toHaveCount(labelCount);
  await expect(names.first()).toBeVisible();
  await expect(page.locator('.htd-node.is-low-detail')).toHaveCount(0);
});
