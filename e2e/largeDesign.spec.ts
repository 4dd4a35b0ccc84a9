// A large design is analysed in slices after it opens (renderer/store/settledDoc.ts): the status
// bar says it is checking, and an edit made meanwhile is what gets analysed and shown.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serializeDocument } from '../shared/format/serialize';
import { largeDesign } from '../shared/testing/largeDesign';
import { DesignerPage } from './pages/DesignerPage';
import { topo } from './pages/topoCli';
import { watchForTestId } from './pages/watchForTestId';

const SIZE = 4000;

type Counts = { error: number; warning: number; info: number };

/** The counts the status bar shows, by severity. */
async function shownCounts(page: Page): Promise<Counts> {
  const bar = page.getByTestId('status-issues');
  const count = async (severity: string) => Number.parseInt((await bar.locator(`.is-${severity}`).textContent()) ?? '', 10);
  return { error: await count('error'), warning: await count('warning'), info: await count('info') };
}

test.describe('a large design', () => {
  test.setTimeout(120_000);

  test('is checked after it opens; an edit while it is checked is what is shown, and undo shows the design\'s own findings and cost', async ({ page }, testInfo) => {
    const design = largeDesign(SIZE);
    const file = testInfo.outputPath('estate.topo.json');
    await writeFile(file, serializeDocument(design));
    const expected = topo('validate', file).counts;
    expect(expected.error + expected.warning).toBeGreaterThan(0);
    const total = topo('estimate', file).cost.totalUsd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

    const designer = new DesignerPage(page);
    await designer.open();
    const sawChecking = await watchForTestId(page, 'status-checking');
    // A slower processor, so that the checking lasts long enough to edit during it on any machine.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await designer.openFile(file);
    await expect(page.getByTestId('status-counts')).toHaveText(`${SIZE} elements · ${design.links.length} links`);
    await expect(page.getByTestId('status-checking')).toBeVisible();
    await expect(page.getByTestId('status-issues')).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('bottom-panel')).toHaveAttribute('aria-busy', 'true');
    // The issues tab does not claim the design it has not checked yet has no issues.
    await expect(page.getByTestId('issues-panel')).toContainText('Checking the design…');
    await page.screenshot({ path: testInfo.outputPath('checking.png') });

    // Everything deleted while the design is checked: the empty design is what is shown.
    await designer.press('Control+a');
    await designer.press('Delete');
    await expect(page.getByTestId('status-counts')).toHaveText('0 elements · 0 links');
    // Polled: if the opened design's checking ends just before the delete, its counts show until the
    // next idle moment works out the empty design's.
    await expect(page.getByTestId('status-checking')).toHaveCount(0, { timeout: 60_000 });
    await expect.poll(() => shownCounts(page)).toEqual({ error: 0, warning: 0, info: 0 });
    await expect(page.getByTestId('status-cost')).toContainText('$0.00');

    // Undo: the opened design, its own findings and cost.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await designer.press('Control+z');
    await expect(page.getByTestId('status-counts')).toHaveText(`${SIZE} elements · ${design.links.length} links`);
    await expect(page.getByTestId('status-checking')).toHaveCount(0, { timeout: 60_000 });
    await expect.poll(() => shownCounts(page), { timeout: 60_000 }).toEqual(expected);
    await expect(page.getByTestId('status-cost')).toContainText(`$${total}`);
    await expect(page.getByTestId('status-issues')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('bottom-panel')).toHaveAttribute('aria-busy', 'false');
    expect(await sawChecking()).toBe(true);
  });
});
