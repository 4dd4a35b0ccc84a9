// Documents as a user meets them: broken files refused with a message that says what and where,
// unsaved work offered back after a reload, and design files dropped onto the window.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const fixturePath = (name: string) => fileURLToPath(new URL(`../shared/format/fixtures/${name}`, import.meta.url));
const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');
const examplePath = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const TITLE_SUFFIX = ' — Hybrid Topology Designer';
/** good-v1.json holds five elements. */
const GOOD_NODES = 5;

/** Each refused fixture and the start of the message the user should read (where, then what). */
const REFUSED: [file: string, message: string][] = [
  ['not-json.txt', 'Not valid JSON: unexpected character "T" at line 1, column 1.'],
  ['truncated.json', 'Not valid JSON: unexpected end of input at line 65, column 13 (the file may be truncated).'],
  ['empty.json', 'The file is empty.'],
  ['wrong-format.json', '/format: This is not a Hybrid Topology Designer file (format is "excalidraw").'],
  ['newer-version.json', '/formatVersion: This design was saved by a newer version of Hybrid Topology Designer (file format 3'],
  ['missing-fields.json', '/document/elements/0/position: Element "vnet-hub" (elements/0): position: Missing'],
  ['wrong-types.json', '/document/title: title: Invalid input: expected string, received number'],
  ['duplicate-ids.json', '/document/elements/2/id: Duplicate id "vnet-hub"'],
  ['proto-key.json', '/document/elements/0/props/__proto__: The key "__proto__" is not allowed'],
  ['constructor-key.json', '/document/constructor: The key "constructor" is not allowed'],
  ['infinity.json', '/document/elements/0/position/x: This number is too large to store'],
  ['nan.json', 'Not valid JSON: unexpected character "N" at line 6, column 95.'],
];

/** Accepts every dialog: "Discard unsaved changes?" and the page's beforeunload question. */
function acceptDialogs(page: Page): void {
  page.on('dialog', (dialog) => void dialog.accept());
}

async function openGoodDesign(designer: DesignerPage): Promise<void> {
  await designer.openFile(fixturePath('good-v1.json'));
  await expect(designer.nodes()).toHaveCount(GOOD_NODES);
  await expect(designer.page).toHaveTitle(`good-v1.json${TITLE_SUFFIX}`);
}

test.describe('bad files', () => {
  test('each broken fixture is refused with its problem and place, and the open design stays', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await openGoodDesign(designer);

    for (const [file, message] of REFUSED) {
      await designer.openFile(fixturePath(file));
      const toast = designer.toast(`Could not open ${file}:`);
      await expect(toast, file).toContainText(message);
      await toast.getByRole('button', { name: 'Dismiss' }).click();
      await expect(designer.nodes(), file).toHaveCount(GOOD_NODES);
      await expect(page).toHaveTitle(`good-v1.json${TITLE_SUFFIX}`);
    }

    // Too large to keep in the repository: written for the test.
    const longName = testInfo.outputPath('long-name.topo.json');
    const site = { id: 's', kind: 'onPremSite', name: 'x'.repeat(1_000_000), position: { x: 0, y: 0 } };
    await writeFile(longName, JSON.stringify({ format: 'hybrid-topology-designer', formatVersion: 1, document: { elements: [site] } }));
    await designer.openFile(longName);
    await expect(designer.toast('Could not open long-name.topo.json:')).toContainText(
      '/document/elements/0/name: Element "s" (elements/0): name: Too big: expected string to have <=500 characters',
    );

    const huge = testInfo.outputPath('huge.topo.json');
    await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
    await designer.openFile(huge);
    await expect(designer.toast('huge.topo.json')).toContainText('designs larger than 50 MB are not opened');
    await expect(designer.nodes()).toHaveCount(GOOD_NODES);
  });

  test('names with HTML and script are shown as text and run nothing', async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(fixturePath('html-in-name.json'));
    await expect(designer.node('site-1')).toContainText(`<img src=x onerror="alert('name')"><script>alert(1)</script>`);
    await expect(page.locator('.htd-canvas img[src="x"], .htd-canvas script')).toHaveCount(0);
    expect(alerts).toEqual([]);
  });

  test('invalid CIDRs open and are kept as typed', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(fixturePath('invalid-cidr.json'));
    await expect(designer.nodes()).toHaveCount(2);
    await designer.select('snet-1');
    await expect(designer.field('prefix')).toHaveValue('10.0.1.0/');
  });
});

test.describe('autosave and restore', () => {
  test('unsaved edits come back after a reload, marked unsaved, until they are saved', async ({ page }) => {
    acceptDialogs(page);
    const designer = new DesignerPage(page);
    await designer.open();
    await openGoodDesign(designer);
    await designer.drop('onPremSite', 60, 420);
    await expect(designer.nodes()).toHaveCount(GOOD_NODES + 1);
    await designer.waitForAutosave();

    await page.reload();
    await expect(designer.restorePrompt).toBeVisible();
    await expect(designer.restorePrompt).toContainText(/^Restore unsaved changes to good-v1\.json from .+\?/);
    await expect(designer.nodes()).toHaveCount(0);
    await designer.restorePrompt.getByRole('button', { name: 'Restore' }).click();
    await expect(designer.restorePrompt).toBeHidden();
    await expect(designer.nodes()).toHaveCount(GOOD_NODES + 1);
    await expect(page).toHaveTitle(`● good-v1.json${TITLE_SUFFIX}`);
    await expect(designer.statusBar).toContainText('good-v1.json — edited');

    // Still unsaved, so still kept; once saved, there is nothing left to offer.
    await designer.waitForAutosave();
    await page.reload();
    await expect(designer.restorePrompt).toBeVisible();
    await designer.restorePrompt.getByRole('button', { name: 'Restore' }).click();
    const saving = page.waitForEvent('download');
    await designer.press('Control+s');
    await saving;
    await expect(page).toHaveTitle(`good-v1.json${TITLE_SUFFIX}`);
    await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'idle');
    await page.reload();
    await designer.waitForAutosaveCheck();
    await expect(designer.restorePrompt).toBeHidden();
    await expect(designer.nodes()).toHaveCount(0);
  });

  test('Discard drops the autosave for good', async ({ page }) => {
    acceptDialogs(page);
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 200, 120);
    await designer.waitForAutosave();

    await page.reload();
    await expect(designer.restorePrompt).toContainText(/^Restore unsaved changes to Untitled design from .+\?/);
    await designer.restorePrompt.getByRole('button', { name: 'Discard' }).click();
    await expect(designer.restorePrompt).toBeHidden();
    await expect(designer.nodes()).toHaveCount(0);
    await expect(page).toHaveTitle(`Untitled design${TITLE_SUFFIX}`);

    await page.reload();
    await designer.waitForAutosaveCheck();
    await expect(designer.restorePrompt).toBeHidden();
  });

  test('an edit made just before leaving is kept: it is written while the browser asks "Leave site?"', async ({ page }) => {
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 200, 120);
    await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'pending');
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await designer.restorePrompt.getByRole('button', { name: 'Restore' }).click();
    await expect(designer.nodes('vnet')).toHaveCount(1);
  });

  test('another tab closing without changes leaves this tab\'s autosave alone', async ({ context, page }) => {
    acceptDialogs(page);
    const designer = new DesignerPage(page);
    await designer.open();
    const other = new DesignerPage(await context.newPage());
    await other.open();
    await other.waitForAutosaveCheck();

    await designer.drop('vnet', 200, 120);
    await designer.waitForAutosave();
    await other.page.close({ runBeforeUnload: true });

    const later = new DesignerPage(await context.newPage());
    await later.open();
    await expect(later.restorePrompt).toContainText('Restore unsaved changes to Untitled design');
  });

  test('a broken autosave is explained and discarded, and the app keeps working', async ({ context, page }) => {
    // Another tab writes a damaged autosave record; the designer opened afterwards finds it.
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hybrid-topology-designer', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('autosave');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction('autosave', 'readwrite');
            const text = '{"format": "hybrid-topology-designer", "formatVersion": 1, "document": {';
            transaction.objectStore('autosave').put({ text, fileName: 'Broken.topo.json', savedAt: new Date().toISOString() }, 'current');
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
    );
    const designer = new DesignerPage(await context.newPage());
    await designer.open();
    await expect(designer.restorePrompt).toContainText('Restore unsaved changes to Broken.topo.json');
    await designer.restorePrompt.getByRole('button', { name: 'Restore' }).click();
    await expect(designer.toast('The autosaved changes to Broken.topo.json could not be restored and were discarded')).toContainText(
      'the file may be truncated',
    );
    await expect(designer.restorePrompt).toBeHidden();
    await designer.drop('onPremSite', 60, 60);
    await expect(designer.nodes()).toHaveCount(1);
    await designer.waitForAutosave();

    // The broken copy is gone; what is kept now is the new work.
    const later = new DesignerPage(await context.newPage());
    await later.open();
    await expect(later.restorePrompt).toContainText('Restore unsaved changes to Untitled design');
  });
});

test.describe('dropping a file on the window', () => {
  test('opens a dropped design, asks before replacing unsaved changes, and keeps palette drags working', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.dropFile('good-v1.json', fixtureText('good-v1.json'));
    await expect(designer.nodes()).toHaveCount(GOOD_NODES);
    await expect(page).toHaveTitle(`good-v1.json${TITLE_SUFFIX}`);

    await designer.drop('onPremSite', 60, 420);
    await expect(designer.nodes()).toHaveCount(GOOD_NODES + 1);

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await designer.dropFile('expressroute.topo.json', readFileSync(examplePath('expressroute.topo.json'), 'utf8'));
    await expect.poll(() => questions).toEqual(['Discard unsaved changes to good-v1.json?']);
    await expect(designer.nodes()).toHaveCount(GOOD_NODES + 1);

    page.once('dialog', (dialog) => void dialog.accept());
    await designer.dropFile('expressroute.topo.json', readFileSync(examplePath('expressroute.topo.json'), 'utf8'));
    await expect(page).toHaveTitle(`expressroute.topo.json${TITLE_SUFFIX}`);
    await expect(designer.nodes()).not.toHaveCount(GOOD_NODES + 1);
  });

  test('refuses a dropped broken or foreign file with a message, without leaving the page', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.dropFile('good-v1.json', fixtureText('good-v1.json'));
    await expect(designer.nodes()).toHaveCount(GOOD_NODES);
    const url = page.url();

    await designer.dropFile('duplicate-ids.json', fixtureText('duplicate-ids.json'));
    await expect(designer.toast('Could not open duplicate-ids.json:')).toContainText('/document/elements/2/id: Duplicate id "vnet-hub"');
    await designer.dropFile('diagram.png', 'not a design');
    await expect(designer.toast('Could not open diagram.png')).toContainText('it is not a design file');

    await expect(designer.nodes()).toHaveCount(GOOD_NODES);
    expect(page.url()).toBe(url);
  });
});
