import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectDir } from '../../scripts/electronRuntime.mjs';
import { clickMenuItem, expect, runtime, skipReason, test, windowTitle } from './designerApp';

test.skip(!runtime.available, skipReason);

const example = join(projectDir, 'examples', 'site-to-site-vpn.topo.json');

test('File ▸ Open reads the chosen file and shows its name in the window title', async ({ designer: { app, page } }) => {
  // Stub the native dialog in main: Playwright cannot click OS dialogs.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof dialog.showOpenDialog;
  }, example);
  await clickMenuItem(app, 'file.open');

  await expect.poll(() => windowTitle(app)).toContain('site-to-site-vpn.topo.json');
  await expect(page.locator('[data-testid^="node-"]').first()).toBeVisible();
  // Main now lists it under Open Recent.
  const recent = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.openRecent.0')?.label ?? '');
  expect(recent).toContain('site-to-site-vpn.topo.json');
});

test('File ▸ Save writes the design atomically to the chosen path', async ({ designer: { app } }, testInfo) => {
  const target = testInfo.outputPath('Saved design.topo.json');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await clickMenuItem(app, 'file.save');

  await expect.poll(() => existsSync(target)).toBe(true);
  expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ format: 'hybrid-topology-designer' });
  await expect.poll(() => windowTitle(app)).toContain('Saved design.topo.json');
});

test.describe('launched with a file', () => {
  test.use({ launchArgs: [example] });

  test('opens the file named on the command line', async ({ designer: { app } }) => {
    await expect.poll(() => windowTitle(app)).toContain('site-to-site-vpn.topo.json');
  });
});
