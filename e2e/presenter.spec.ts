import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { ELEMENT_KIND_INFO } from '../shared/model';
import { TEMPLATES } from '../shared/templates';
import { DesignerPage } from './pages/DesignerPage';

const FAILOVER = 'examples/expressroute-with-vpn-failover.topo.json';

interface Label {
  id: string;
  /** The font size in the design's own units, as both views would draw it at one zoom. */
  size: number;
  /** The font size as it reaches the screen: the CSS size times the zoom the text is drawn at. */
  onScreen: number;
  cut: boolean;
  outsideNode: boolean;
}

/** The labels inside `root` matched by `selector`, keyed by the element or link id after `prefix` in their test id. */
async function labels(root: Locator, selector: string, prefix: string): Promise<Label[]> {
  return root.locator(selector).evaluateAll(
    (els, prefix) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const owner = el.closest(`[data-testid^="${prefix}"]`)!;
        const node = owner.getBoundingClientRect();
        const html = el as HTMLElement;
        const size = parseFloat(getComputedStyle(el).fontSize);
        return {
          id: owner.getAttribute('data-testid')!.slice(prefix.length),
          size,
          onScreen: Math.round(size * (box.width / html.offsetWidth) * 10) / 10,
          cut: html.scrollWidth > html.clientWidth || html.scrollHeight > html.clientHeight,
          outsideNode: box.left < node.left || box.right > node.right || box.top < node.top || box.bottom > node.bottom,
        };
      }),
    prefix,
  );
}

test.describe('presenter mode', () => {
  test('presents a design scene by scene, fails its circuit to show the VPN taking over, and leaves', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(FAILOVER);
    await expect(designer.node('er-london')).toBeVisible();

    // What the paths panel says the VPN path alone gives: the figures the presenter must show once the circuit is down.
    await page.getByTestId('tab-paths').click();
    const vpnRow = page.getByTestId('paths-site-london-vnet-hub').locator('[data-testid="path-row"][data-via="vpn"]');
    const vpnRtt = (await vpnRow.getByTestId('path-rtt').textContent())!;
    const vpnAvailability = (await vpnRow.locator('td').nth(5).textContent())!;

    // Two scenes: the whole design, then the site and its firewall.
    const scenes = await designer.openScenes();
    await designer.clickCanvasBackground();
    await scenes.getByTestId('scenes-add').click();
    await scenes.getByTestId('scene-title-scene-1').fill('The whole design');
    await scenes.getByTestId('scene-caption-scene-1').fill('London reaches Azure over ExpressRoute, with a VPN behind it.');
    await designer.selectAll(['site-london', 'vpn-hq-firewall']);
    await scenes.getByTestId('scenes-add').click();
    await scenes.getByTestId('scene-title-scene-2').fill('The failover path');
    await expect(scenes.getByTestId('scene-summary-scene-2')).toHaveText('Shows 2 elements and 1 link');

    await designer.press('F5');
    await expect(designer.presenter).toBeVisible();
    await expect(page.getByTestId('tool-open')).toBeHidden();
    await expect(page.getByTestId('present-scene-title')).toHaveText('The whole design');
    await expect(page.getByTestId('present-scene-caption')).toHaveText('London reaches Azure over ExpressRoute, with a VPN behind it.');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await expect(page.getByTestId('present-cost')).toContainText('$');
    const hubPath = page.getByTestId('present-path-site-london-vnet-hub');
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(hubPath).toContainText('via ExpressRoute');
    // Traffic runs on the circuit's links; the tunnel stands by.
    await expect(page.getByTestId('present-edge-er-conn')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(page.getByTestId('present-edge-s2s-failover')).toHaveAttribute('data-traffic', 'none');

    await designer.press('ArrowRight');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 2 of 2');
    await expect(page.getByTestId('present-scene-title')).toHaveText('The failover path');
    await expect(designer.presented('er-london')).toHaveCount(0);
    await expect(designer.presented('site-london')).toBeVisible();
    await designer.press('ArrowLeft');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await designer.press('Space');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 2 of 2');
    await designer.press('ArrowLeft');
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 2');
    await expect(page.getByTestId('present-hint')).toContainText('Click a circuit, gateway, link or peering location to fail it');

    // The circuit fails: the site's traffic reroutes to the VPN, over the internet.
    await designer.presented('er-london').click();
    await expect(designer.presented('er-london')).toHaveAttribute('data-down', 'true');
    await expect(hubPath).toHaveAttribute('data-via', 'vpn');
    await expect(hubPath).toContainText('rerouted');
    await expect(hubPath.getByTestId('present-rtt')).toHaveText(vpnRtt);
    await expect(hubPath.getByTestId('present-availability')).toHaveText(vpnAvailability);
    await expect(page.getByTestId('present-edge-s2s-failover')).toHaveAttribute('data-traffic', 'vpn');
    await expect(page.getByTestId('present-internet-s2s-failover')).toBeVisible();
    await expect(page.getByTestId('present-edge-er-conn')).toHaveAttribute('data-down', 'true');
    await expect(page.getByTestId('present-failed')).toContainText('er-london-1g');

    await page.mouse.move(10, 10);
    await testInfo.attach('presenter mode, circuit failed', { body: await page.screenshot(), contentType: 'image/png' });

    // The VPN gateway fails too: London has no way into Azure left.
    await designer.presented('vpngw-hub').click();
    await expect(page.getByTestId('present-lost-site-london')).toHaveText('No connectivity');
    await expect(hubPath).toHaveAttribute('data-via', 'none');
    await expect(page.getByTestId('present-site-site-london')).toContainText('No connectivity');

    await page.getByTestId('present-restore-all').click();
    await expect(page.getByTestId('present-lost-site-london')).toHaveCount(0);
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(page.getByTestId('present-failed')).toHaveCount(0);

    // A failed peering cuts the spoke off, and only the spoke; clicking the link again restores it.
    const peering = page.getByTestId('present-edge-peering-hub-spoke');
    await peering.click();
    await expect(peering).toHaveAttribute('data-down', 'true');
    await expect(page.getByTestId('present-path-site-london-vnet-spoke')).toHaveAttribute('data-via', 'none');
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(page.getByTestId('present-lost-site-london')).toHaveCount(0);
    await peering.click();
    await expect(peering).toHaveAttribute('data-down', 'false');
    await expect(page.getByTestId('present-path-site-london-vnet-spoke')).toHaveAttribute('data-via', 'expressRoute');

    // The laser pointer follows the mouse.
    await designer.press('l');
    await page.mouse.move(300, 200);
    await page.mouse.move(420, 330, { steps: 4 });
    const dot = page.getByTestId('laser-dot');
    await expect(dot).toBeVisible();
    await expect.poll(async () => {
      const box = (await dot.boundingBox())!;
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    }).toEqual([420, 330]);
    await designer.press('l');
    await expect(page.getByTestId('laser')).toHaveCount(0);

    // Delete while presenting deletes nothing, even with the site and firewall still selected in the editor.
    await designer.press('Delete');
    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(page.getByTestId('tool-open')).toBeVisible();
    await expect(designer.inspector).toBeVisible();
    await expect(designer.node('site-london')).toBeVisible();
    await expect(designer.node('vpn-hq-firewall')).toBeVisible();
    await expect(designer.nodes()).toHaveCount(12);
    await expect(designer.edges()).toHaveCount(7);
  });

  test('the toolbar Present button presents a design without scenes whole, and Esc leaves', async ({ page }) => {
    const file = JSON.parse(await readFile(new URL(`../${FAILOVER}`, import.meta.url), 'utf8'));
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openFile(FAILOVER);
    await expect(designer.nodes()).toHaveCount(file.document.elements.length);
    expect(file.document.scenes ?? []).toEqual([]);

    const present = page.getByTestId('tool-present');
    await expect(present).toHaveAttribute('title', 'Present (F5)');
    await present.click();
    await expect(designer.presenter).toBeVisible();
    await expect(designer.toolbar).toBeHidden();
    await expect(page.getByTestId('present-scene-count')).toHaveText('Scene 1 of 1');
    await expect(page.getByTestId('present-scene-title')).toHaveText(file.document.title);
    await expect.poll(() => designer.presentedIds('elements')).toEqual(file.document.elements.map((e: { id: string }) => e.id).sort());
    await expect.poll(() => designer.presentedIds('links')).toEqual(file.document.links.map((l: { id: string }) => l.id).sort());

    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(designer.toolbar).toBeVisible();
    await expect(designer.nodes()).toHaveCount(file.document.elements.length);
  });

  for (const template of TEMPLATES) {
    test(`${template.id}: names and link labels read larger than in the editor, and no name is cut`, async ({ page }, testInfo) => {
      const doc = template.build();
      const scenes = doc.scenes ?? [];
      const designer = new DesignerPage(page);
      await designer.open();
      await designer.openTemplateGallery();
      await designer.templateCard(template.id).click();
      await expect(designer.nodes()).toHaveCount(doc.elements.length);
      await designer.waitForViewToSettle(designer.canvas.locator('.react-flow__viewport'));
      const editorNames = new Map((await labels(designer.canvas, '.htd-node-name', 'node-')).map((l) => [l.id, l]));
      const editorLinks = new Map((await labels(designer.canvas, '.htd-edge-label', 'edge-')).map((l) => [l.id, l]));
      const boxed = doc.elements.filter((e) => !ELEMENT_KIND_INFO[e.kind].container).map((e) => e.id);
      expect([...editorNames.keys()].sort()).toEqual([...boxed].sort());

      await page.getByTestId('tool-present').click();
      await expect(designer.presenter).toBeVisible();
      // Every scene: no name cut or spilling out of its element, whatever the zoom.
      const seen = new Set<string>();
      for (const [i] of scenes.entries()) {
        if (i > 0) await designer.press('ArrowRight');
        await expect(page.getByTestId('present-scene-count')).toHaveText(`Scene ${i + 1} of ${scenes.length}`);
        for (const name of await labels(designer.presenter, '.htd-present-node-name', 'present-node-')) {
          expect.soft(name.cut, `${name.id} is cut in scene ${i + 1}`).toBe(false);
          expect.soft(name.outsideNode, `${name.id} spills out of its element in scene ${i + 1}`).toBe(false);
          seen.add(name.id);
        }
      }
      expect([...seen].sort()).toEqual([...boxed].sort());

      // The scene that shows the most is drawn at the smallest zoom: the hardest case for size.
      const fullest = scenes.reduce((best, s, i) => (s.elementIds.length > scenes[best]!.elementIds.length ? i : best), 0);
      await designer.press('Home');
      for (let i = 0; i < fullest; i++) await designer.press('ArrowRight');
      await designer.waitForPresenterToSettle();
      await page.mouse.move(2, 2);
      await page.screenshot({ path: testInfo.outputPath(`presented-${template.id}.png`) });
      // Larger on screen than the editor's fitted view shows it, and larger than the editor's at one
      // zoom: the presenter's wider fit alone must not be what makes it larger.
      const larger = (shown: Label[], editor: Map<string, Label>, what: string) => {
        for (const label of shown) {
          const before = editor.get(label.id)!;
          expect.soft(label.onScreen, `${label.id}'s ${what} on screen (editor: ${before.onScreen}px)`).toBeGreaterThan(before.onScreen);
          expect.soft(label.size, `${label.id}'s ${what} at one zoom (editor: ${before.size}px)`).toBeGreaterThan(before.size);
        }
      };
      larger(await labels(designer.presenter, '.htd-present-node-name', 'present-node-'), editorNames, 'name');
      larger(await labels(designer.presenter, '.htd-present-edge-label', 'present-edge-'), editorLinks, 'link label');
      await designer.press('Escape');
      await expect(designer.presenter).toHaveCount(0);
    });
  }
});
