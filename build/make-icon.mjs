#!/usr/bin/env node
// Rasterises build/icon.svg to build/icon.png (1024×1024, transparent corners) in headless
// Chromium, which electron-builder turns into .icns, .ico and the Linux icon set. Run it after
// editing the SVG and commit both files: `node build/make-icon.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SIZE = 1024;
const svgPath = fileURLToPath(new URL('icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('icon.png', import.meta.url));
// Debian's Chromium where installed (as for the e2e tests), else Playwright's own browser.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const svg = readFileSync(svgPath, 'utf8');
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.locator('svg').screenshot({ path: pngPath, omitBackground: true });
  console.log(`Wrote ${pngPath} (${SIZE}×${SIZE})`);
} finally {
  await browser.close();
}
