// The lists under the canvas of a 1,000-element design: 200 findings, hundreds of cost lines and
// 1,944 site-to-VNet path tables. Each tab draws only the rows near the scrolled view
// (renderer/panels/useWindowedRows.ts), and scrolling shows any row, down to the last.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serializeDocument } from '../shared/format/serialize';
import { largeDesign } from '../shared/testing/largeDesign';
import { DesignerPage } from './pages/DesignerPage';
import { topo } from './pages/topoCli';
import { watchForTestId } from './pages/watchForTestId';

const design = largeDesign(1000);

/** Writes the estate to `file`: the file the designer opens, and the tool reports on. */
async function writeEstate(file: string): Promise<string> {
  await writeFile(file, serializeDocument(design));
  return file;
}

async function openEstate(page: Page, file: string): Promise<void> {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.openFile(file);
  await expect(page.getByTestId('status-counts')).toHaveText(`1000 elements · ${design.links.length} links`);
  await expect(page.getByTestId('status-checking')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * Turns the mouse wheel over the panel, by `deltaY` a turn (negative: up), until `target` is wholly in view.
 * Rows are measured as they are drawn, so the list's length settles as it is scrolled, as a user
 * scrolling to the end of any long list sees.
 */
async function wheelTo(page: Page, panel: Locator, deltaY: number, target: Locator): Promise<void> {
  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(async () => {
    await page.mouse.wheel(0, deltaY);
    await expect(target).toBeInViewport({ ratio: 1, timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

test.describe('long lists in the panel under the canvas', () => {
  test.setTimeout(90_000);

  test('the paths tab estimates the pairs in slices, draws a window of them, and the wheel brings the last pair into view and the first back', async ({ page }, testInfo) => {
    const file = await writeEstate(testInfo.outputPath('estate.topo.json'));
    const pairs = topo('estimate', file).paths;
    expect(pairs.length).toBeGreaterThan(1000);
    const first = pairs[0]!;
    const last = pairs[pairs.length - 1]!;
    await openEstate(page, file);
    // The opened design's paths are estimated in slices once the tab shows, and the tab says so meanwhile.
    const sawEstimating = await watchForTestId(page, 'paths-estimating');
    await page.getByTestId('tab-paths').click();
    const panel = page.getByTestId('paths-panel');
    const firstPair = page.getByTestId(`paths-${first.siteId}-${first.vnetId}`);
    const lastPair = page.getByTestId(`paths-${last.siteId}-${last.vnetId}`);
    await expect(firstPair).toBeInViewport();
    await expect(firstPair.getByTestId('path-row')).toHaveCount(first.paths.length);
    expect(await sawEstimating()).toBe(true);
    await expect(panel.getByTestId('paths-estimating')).toHaveCount(0);
    const drawn = await panel.locator('.htd-site-paths').count();
    expect(drawn).toBeGreaterThan(1);
    expect(drawn).toBeLessThan(100);
    await expect(lastPair).toHaveCount(0);

    await wheelTo(page, panel, 1e6, lastPair);
    await expect(lastPair.getByTestId('path-row')).toHaveCount(last.paths.length);
    await expect(firstPair).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('paths-end.png') });

    await wheelTo(page, panel, -1e6, firstPair);
    await expect(lastPair).toHaveCount(0);
  });

  test('the issues tab draws a window of the findings under their headings, down to the last', async ({ page }, testInfo) => {
    const file = await writeEstate(testInfo.outputPath('estate.topo.json'));
    const findings = topo('validate', file).findings;
    expect(findings.length).toBeGreaterThan(150);
    await openEstate(page, file);
    const panel = page.getByTestId('issues-panel');
    const lastIndex = findings.length - 1;
    const lastFinding = panel.getByTestId(`finding-${lastIndex}`);
    await expect(panel.getByTestId('group-warning')).toBeInViewport();
    await expect(panel.getByTestId('finding-0')).toContainText(findings[0]!.message);
    expect(await panel.getByTestId('finding').count()).toBeLessThan(60);
    await expect(lastFinding).toHaveCount(0);

    await wheelTo(page, panel, 1e6, lastFinding);
    await expect(lastFinding).toContainText(findings[lastIndex]!.message);
    await expect(panel.getByTestId('group-warning')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('issues-end.png') });

    // A finding picked at the end of the list selects what it is about, and shows it on the canvas.
    await lastFinding.click();
    const about = new DesignerPage(page).node(findings[lastIndex]!.elementIds[0]!);
    await expect(about).toHaveClass(/selected/);
    await expect(about).toBeInViewport();
  });

  test('the cost tab keeps a line expanded while it is scrolled out of view and back', async ({ page }, testInfo) => {
    const file = await writeEstate(testInfo.outputPath('estate.topo.json'));
    const lines = topo('estimate', file).cost.lines;
    expect(lines.length).toBeGreaterThan(200);
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    await openEstate(page, file);
    await page.getByTestId('tab-cost').click();
    const panel = page.getByTestId('cost-panel');
    await page.getByTestId(`expand-${first.itemId}`).first().click();
    const formula = page.getByTestId(`formula-${first.itemId}`);
    await expect(formula).toContainText(first.formula);

    await wheelTo(page, panel, 1e6, page.getByTestId(`cost-${last.itemId}`).last());
    await expect(formula).toHaveCount(0);
    await expect(page.getByTestId('cost-panel-total')).toBeInViewport();

    const expand = page.getByTestId(`expand-${first.itemId}`).first();
    await wheelTo(page, panel, -1e6, expand);
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    await expect(formula).toBeInViewport();
    await expect(formula).toContainText(first.formula);
  });
});
