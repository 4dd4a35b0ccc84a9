// The workshop journey of issue #6, as a presenter runs it: open a template, present it, step
// through its scenes, fail its circuit and watch the path reroute, leave presenter mode. What the
// scenes say and show is read from the template's own builder, so the test follows the template.
import { expect, test, type TestInfo } from '@playwright/test';
import { templateById } from '../shared/templates';
import { DesignerPage } from './pages/DesignerPage';

const FAILOVER = templateById('expressroute-vpn-failover')!;
const TWO_CIRCUITS = templateById('two-circuits-ha-dr')!;

async function snap(designer: DesignerPage, testInfo: TestInfo, name: string): Promise<void> {
  await designer.waitForPresenterToSettle();
  // The pointer off the design, so no hover look in the picture.
  await designer.page.mouse.move(2, 2);
  await testInfo.attach(name, { body: await designer.page.screenshot(), contentType: 'image/png' });
}

async function openTemplate(designer: DesignerPage, id: string): Promise<void> {
  await designer.open();
  await designer.openTemplateGallery();
  await designer.templateCard(id).click();
  await expect(designer.templateGallery).toBeHidden();
}

test.describe('workshop journey', () => {
  test('a template presented scene by scene; its circuit fails, the path reroutes to the VPN, and leaving restores the editor', async ({ page }, testInfo) => {
    // Every scene, three what-ifs and a picture of each: longer than one ordinary test.
    test.slow();
    const designer = new DesignerPage(page);
    const doc = FAILOVER.build();
    const scenes = doc.scenes!;
    const failoverScene = scenes.findIndex((s) => s.failedIds.includes('er-london'));
    expect(scenes.length).toBeGreaterThan(2);
    expect(failoverScene).toBeGreaterThan(0);

    await openTemplate(designer, FAILOVER.id);
    await expect(designer.nodes()).toHaveCount(doc.elements.length);
    await expect(designer.statusBar.getByTestId('status-file')).toHaveText('Not saved yet');
    await expect(page.getByTestId('tool-undo')).toBeDisabled();

    // What the Paths tab says of the site's two paths: the presenter must show the same figures.
    const figures = await designer.pathFigures('site-hq', 'vnet-hub');
    const er = figures.find((f) => f.via === 'expressRoute')!;
    const vpn = figures.find((f) => f.via === 'vpn')!;
    expect(er).toBeDefined();
    expect(vpn).toBeDefined();
    expect(vpn.rtt).not.toBe(er.rtt);

    await designer.press('F5');
    await expect(designer.presenter).toBeVisible();
    await expect(designer.toolbar).toBeHidden();
    await expect(designer.palette).toBeHidden();
    await expect(designer.inspector).toBeHidden();

    const title = page.getByTestId('present-scene-title');
    const caption = page.getByTestId('present-scene-caption');
    const count = page.getByTestId('present-scene-count');
    const hubPath = designer.presentedPath('site-hq', 'vnet-hub');
    for (const [i, scene] of scenes.entries()) {
      if (i > 0) await designer.press(i % 2 === 1 ? 'ArrowRight' : 'Space');
      await expect(count).toHaveText(`Scene ${i + 1} of ${scenes.length}`);
      await expect(title).toHaveText(scene.title);
      await expect(caption).toHaveText(scene.caption);
      await expect.poll(() => designer.presentedIds('elements')).toEqual([...scene.elementIds].sort());
      await expect.poll(() => designer.presentedIds('links')).toEqual([...scene.linkIds].sort());
      if (i === failoverScene) {
        // The scene's own what-if: the circuit drawn failed, its connection down, the site's traffic on the VPN.
        await expect(designer.presented('er-london')).toHaveAttribute('data-down', 'true');
        await expect(designer.presented('er-london')).toContainText('Failed');
        await expect(designer.presented('erconn-hub')).toHaveAttribute('data-down', 'true');
        await expect(hubPath).toHaveAttribute('data-via', 'vpn');
        await expect(hubPath).toContainText('via VPN');
        await expect(hubPath).toContainText('rerouted');
        await expect(hubPath.getByTestId('present-rtt')).toHaveText(vpn.rtt);
        await expect(designer.presented('s2s-failover')).toHaveAttribute('data-traffic', 'vpn');
        await expect(page.getByTestId('present-failed')).toContainText('er-london-1g');
      } else {
        await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
        await expect(hubPath).not.toContainText('rerouted');
        await expect(page.getByTestId('present-failed')).toHaveCount(0);
      }
      await snap(designer, testInfo, `scene ${i + 1}: ${scene.title}`);
    }
    // Past the last scene there is nothing more; Home goes back to the first, End to the last.
    await designer.press('ArrowRight');
    await expect(count).toHaveText(`Scene ${scenes.length} of ${scenes.length}`);
    await designer.press('Home');
    await expect(count).toHaveText(`Scene 1 of ${scenes.length}`);
    await designer.press('End');
    await expect(count).toHaveText(`Scene ${scenes.length} of ${scenes.length}`);
    await expect(designer.presented('er-london')).toHaveAttribute('data-down', 'false');

    // The figures with everything up: the circuit's round trip, both paths' availability together.
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(hubPath.getByTestId('present-rtt')).toHaveText(er.rtt);
    const availabilityUp = (await hubPath.getByTestId('present-availability').textContent())!;
    await expect(designer.presented('erconn-hub')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(designer.presented('s2s-failover')).toHaveAttribute('data-traffic', 'none');
    // The private stream moves; nothing runs over the tunnel while the circuit is up.
    await expect.poll(() => designer.movingFlows('private')).toBeGreaterThan(0);
    expect(await designer.movingFlows('tunnel')).toBe(0);

    // The presenter fails the circuit: the traffic moves to the tunnel, over the internet.
    await designer.presented('er-london').click();
    await expect(designer.presented('er-london')).toHaveAttribute('data-down', 'true');
    await expect(hubPath).toHaveAttribute('data-via', 'vpn');
    await expect(hubPath).toContainText('rerouted');
    await expect(hubPath.getByTestId('present-rtt')).toHaveText(vpn.rtt);
    await expect(hubPath.getByTestId('present-rtt')).not.toHaveText(er.rtt);
    await expect(hubPath.getByTestId('present-availability')).toHaveText(vpn.availability);
    await expect(hubPath.getByTestId('present-availability')).not.toHaveText(availabilityUp);
    await expect(designer.presented('s2s-failover')).toHaveAttribute('data-traffic', 'vpn');
    await expect(page.getByTestId('present-internet-s2s-failover')).toBeVisible();
    await expect.poll(() => designer.movingFlows('tunnel')).toBeGreaterThan(0);
    expect(await designer.movingFlows('private')).toBe(0);
    await snap(designer, testInfo, 'last scene, circuit failed by hand');

    // The VPN gateway too: HQ has no way into Azure left.
    await designer.presented('vpngw-hub').click();
    await expect(hubPath).toHaveAttribute('data-via', 'none');
    await expect(hubPath).toContainText('No connectivity');
    await expect(page.getByTestId('present-lost-site-hq')).toHaveText('No connectivity');
    await expect(page.getByTestId('present-site-site-hq')).toContainText('No connectivity');
    await snap(designer, testInfo, 'last scene, circuit and VPN gateway failed');

    await page.getByTestId('present-restore-all').click();
    await expect(hubPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(hubPath.getByTestId('present-rtt')).toHaveText(er.rtt);
    await expect(hubPath.getByTestId('present-availability')).toHaveText(availabilityUp);
    await expect(page.getByTestId('present-lost-site-hq')).toHaveCount(0);
    await expect(page.getByTestId('present-failed')).toHaveCount(0);

    // Esc: the editor is back as it was, and presenting changed nothing in the design.
    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(designer.toolbar).toBeVisible();
    await expect(designer.palette).toBeVisible();
    await expect(designer.inspector).toBeVisible();
    await expect(designer.nodes()).toHaveCount(doc.elements.length);
    await expect(designer.edges()).toHaveCount(doc.links.length);
    await expect(designer.statusBar.getByTestId('status-file')).toHaveText('Not saved yet');
    await expect(page.getByTestId('tool-undo')).toBeDisabled();
    const scenesPanel = await designer.openScenes();
    await expect(scenesPanel.locator('[data-testid^="scene-title-"]')).toHaveCount(scenes.length);
    expect(await designer.pathFigures('site-hq', 'vnet-hub')).toEqual(figures);
  });

  test('two circuits: failing the primary moves the path to the second circuit, still over ExpressRoute', async ({ page }, testInfo) => {
    const designer = new DesignerPage(page);
    await openTemplate(designer, TWO_CIRCUITS.id);
    const figures = await designer.pathFigures('site-dc', 'vnet-weu');
    expect(figures.map((f) => f.via)).toEqual(['expressRoute', 'expressRoute']);

    await designer.press('F5');
    await designer.press('End');
    const scenes = TWO_CIRCUITS.build().scenes!;
    await expect(page.getByTestId('present-scene-title')).toHaveText(scenes.at(-1)!.title);
    const weuPath = designer.presentedPath('site-dc', 'vnet-weu');
    await expect(weuPath).toHaveAttribute('data-via', 'expressRoute');
    // The primary circuit carries the traffic to West Europe; Dublin's connection stands by.
    await expect(designer.presented('erconn-ams-weu')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(designer.presented('erconn-dub-weu')).toHaveAttribute('data-traffic', 'none');
    const rttBefore = (await weuPath.getByTestId('present-rtt').textContent())!;
    const other = figures.find((f) => f.rtt !== rttBefore);
    expect(figures.map((f) => f.rtt)).toContain(rttBefore);
    expect(other).toBeDefined();

    await designer.presented('er-amsterdam').click();
    await expect(designer.presented('er-amsterdam')).toHaveAttribute('data-down', 'true');
    await expect(weuPath).toHaveAttribute('data-via', 'expressRoute');
    await expect(weuPath).toContainText('via ExpressRoute');
    await expect(weuPath).toContainText('rerouted');
    await expect(weuPath.getByTestId('present-rtt')).toHaveText(other!.rtt);
    await expect(designer.presented('erconn-dub-weu')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(designer.presented('xc-colt')).toHaveAttribute('data-traffic', 'expressRoute');
    await expect(designer.presented('erconn-ams-weu')).toHaveAttribute('data-down', 'true');
    // No site lost Azure: the second circuit reaches both regions.
    await expect(page.getByTestId('present-lost-site-dc')).toHaveCount(0);
    await expect(designer.presentedPath('site-dc', 'vnet-neu')).toHaveAttribute('data-via', 'expressRoute');
    await snap(designer, testInfo, 'two circuits, Amsterdam failed');

    await designer.press('Escape');
    await expect(designer.presenter).toHaveCount(0);
    await expect(designer.statusBar).not.toContainText('edited');
  });
});
