import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const EXAMPLE = 'examples/expressroute-with-vpn-failover.topo.json';

async function openExample(page: Page, designer: DesignerPage): Promise<void> {
  await designer.open();
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await choosing).setFiles(EXAMPLE);
  await expect(designer.nodes('erCircuit')).toHaveCount(1);
}

async function exportAs(page: Page, choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<Buffer> {
  await page.getByTestId('tool-export').click();
  const dialog = page.getByTestId('export-dialog');
  await choose(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-confirm').click();
  const download = await downloading;
  return readFile((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('exports', () => {
  test('exports the whole design as PNG at 1x and 2x, with content across the picture', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer);
    // Zoom in so far that the viewport shows a fraction of the design: the export must not care.
    for (let i = 0; i < 4; i++) await page.getByTestId('tool-zoomIn').click();

    const one = await exportAs(page, async (d) => {
      await d.getByTestId('export-format-png').check();
      await d.getByTestId('export-scale-1').check();
      await d.getByTestId('export-background-white').check();
    });
    const two = await exportAs(page, async (d) => {
      await d.getByTestId('export-format-png').check();
      await d.getByTestId('export-scale-2').check();
    });
    const a = pngSize(one);
    const b = pngSize(two);
    expect(a.width).toBeGreaterThan(1000);
    expect(b.width).toBe(a.width * 2);
    expect(b.height).toBe(a.height * 2);

    // Decode it in the page and look at the pixels: not blank, and drawn from edge to edge.
    const stats = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let ink = 0;
      let minX = img.width;
      let maxX = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) {
          ink++;
          const x = (i / 4) % img.width;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
        }
      }
      return { ink: ink / (img.width * img.height), minX, maxX, width: img.width };
    }, one.toString('base64'));
    expect(stats.ink).toBeGreaterThan(0.02);
    expect(stats.minX).toBeLessThan(stats.width * 0.1);
    expect(stats.maxX).toBeGreaterThan(stats.width * 0.9);
  });

  test('exports SVG with the legend and footer, and draw.io with one cell per element and link', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer);
    const design = JSON.parse(await readFile(EXAMPLE, 'utf8')).document;

    const svg = (await exportAs(page, (d) => d.getByTestId('export-format-svg').check())).toString('utf8');
    expect(svg).toMatch(/^<svg/);
    for (const el of design.elements) expect(svg).toContain(`data-id="${el.id}"`);
    expect(svg).toContain('month');

    const drawio = (await exportAs(page, (d) => d.getByTestId('export-format-drawio').check())).toString('utf8');
    const vertices = drawio.match(/<mxCell [^>]*vertex="1"/g) ?? [];
    const edges = drawio.match(/<mxCell [^>]*edge="1"/g) ?? [];
    expect(vertices).toHaveLength(design.elements.length);
    expect(edges).toHaveLength(design.links.length);
  });

  test('exports JSON that opens back to the same design', async ({ page }) => {
    const designer = new DesignerPage(page);
    await openExample(page, designer);
    const json = (await exportAs(page, (d) => d.getByTestId('export-format-json').check())).toString('utf8');
    expect(json).toBe(await readFile(EXAMPLE, 'utf8'));
  });
});

test('exports a design of 500 elements to PNG without hanging, telling the user it is working', async ({ page }, testInfo) => {
  // 250 sites, each with its VPN device, laid out on a grid: a large design for a workshop wall.
  const elements: object[] = [];
  const links: object[] = [];
  for (let i = 0; i < 250; i++) {
    const x = (i % 25) * 240;
    const y = Math.floor(i / 25) * 220;
    elements.push({ id: `site-${i}`, kind: 'onPremSite', name: `Branch ${i}`, position: { x, y }, props: {} });
    elements.push({ id: `dev-${i}`, kind: 'vpnDevice', name: `Firewall ${i}`, position: { x, y: y + 100 }, props: {} });
    links.push({ id: `lm-${i}`, kind: 'lastMile', source: `site-${i}`, target: `dev-${i}`, props: {} });
  }
  const file = testInfo.outputPath('large.topo.json');
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(file, JSON.stringify({ format: 'hybrid-topology-designer', formatVersion: 1, document: { title: 'Large', elements, links } })),
  );
  const designer = new DesignerPage(page);
  await designer.open();
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await choosing).setFiles(file);
  await expect(page.getByTestId('status-counts')).toContainText('500 elements');

  const png = await exportAs(page, async (d) => {
    await d.getByTestId('export-format-png').check();
    await d.getByTestId('export-scale-1').check();
  });
  await expect(page.getByTestId('toast').filter({ hasText: 'Exporting PNG' })).toHaveCount(1);
  const { width, height } = pngSize(png);
  // 25 columns of 240 px and 10 rows of 220 px, plus margins: the whole grid, not the viewport.
  expect(width).toBeGreaterThanOrEqual(24 * 240 + 200);
  expect(height).toBeGreaterThanOrEqual(9 * 220 + 164);
  // The page still answers while and after exporting.
  await page.getByTestId('tool-fitView').click();
  await expect(page.getByTestId('status-counts')).toContainText('500 elements');
});
