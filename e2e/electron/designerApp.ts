// Launches the built desktop app (dist-electron + dist/renderer) for the Electron specs, as a
// Playwright fixture that closes it afterwards. The runtime is only detected here, never
// downloaded: where it is missing (offline installs) every spec skips with the reason, e.g.
// "Electron 45.4.1 runtime not downloaded: node_modules/electron/dist is missing (offline ...)".
import { _electron as electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { detectElectronRuntime, projectDir } from '../../scripts/electronRuntime.mjs';

export { expect };
export const runtime = detectElectronRuntime();
export const skipReason = runtime.available ? '' : runtime.reason;

export interface Designer {
  app: ElectronApplication;
  page: Page;
}

export const test = base.extend<{ launchArgs: string[]; designer: Designer }>({
  /** Extra command-line arguments, e.g. a design file to open at launch. */
  launchArgs: [[], { option: true }],
  designer: async ({ launchArgs }, use, testInfo) => {
    if (!runtime.available) throw new Error(runtime.reason);
    const app = await electron.launch({
      executablePath: runtime.executablePath,
      // Chromium refuses to run its sandbox as root (CI containers); the app's own
      // webPreferences (sandbox, contextIsolation) are unaffected by this switch.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), projectDir, ...launchArgs],
      // Own userData per test: a separate single-instance lock and recent list.
      env: { ...process.env, HTD_USER_DATA_DIR: testInfo.outputPath('user-data') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('canvas')).toBeVisible();
      await use({ app, page });
    } finally {
      await app.close();
    }
  },
});

/** The title of the native window (set by main), not the page's <title>. */
export function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** Clicks a native menu item by id, as choosing it from the menu bar would. */
export async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  const found = await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) return false;
    item.click();
    return true;
  }, id);
  expect(found, `menu item ${id}`).toBe(true);
}
