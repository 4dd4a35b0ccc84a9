import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

const EVERY_PRESET = [
  'onPremSite',
  'vpnDevice',
  'p2sUserGroup',
  'localNetworkGateway',
  'erCircuit',
  'connectivityProvider',
  'peeringLocation',
  'microsoftServices',
];

test.describe('the canvas', () => {
  test('takes one of every element kind dragged from the palette', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    for (const [i, preset] of EVERY_PRESET.entries()) {
      await designer.drop(preset, 10 + (i % 2) * 230, 10 + Math.floor(i / 2) * 90);
    }
    await designer.drop('vnet', 480, 10);
    await designer.drop('subnet', 500, 60);
    await designer.drop('gatewaySubnet', 500, 160);
    await designer.drop('vpnGateway', 510, 190);
    await designer.drop('erGateway', 740, 190);

    for (const kind of ['onPremSite', 'vpnDevice', 'p2sUserGroup', 'localNetworkGateway', 'erCircuit', 'connectivityProvider', 'peeringLocation', 'microsoftServices', 'vnet', 'vpnGateway', 'erGateway']) {
      await expect(designer.nodes(kind), kind).toHaveCount(1);
    }
    await expect(designer.nodes('subnet')).toHaveCount(2);
    await expect(designer.statusBar).toContainText('13 elements');
    await expect(designer.node('vpnDevice-1')).toContainText('VPN device');
  });

  test('nests subnets and gateways in a VNet, and they move with it', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 100, 60);
    await designer.drop('subnet', 120, 110);
    await designer.drop('gatewaySubnet', 120, 210);
    await designer.drop('vpnGateway', 130, 240);
    await designer.drop('erGateway', 360, 240);

    const vnet = designer.node('vnet-1');
    const gatewaySubnet = designer.node('subnet-2');
    const inside = async (child: string, parent: typeof vnet) => {
      const c = (await designer.node(child).boundingBox())!;
      const p = (await parent.boundingBox())!;
      return c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width + 1 && c.y + c.height <= p.y + p.height + 1;
    };
    expect(await inside('subnet-1', vnet)).toBe(true);
    expect(await inside('vpnGateway-1', gatewaySubnet)).toBe(true);
    expect(await inside('erGateway-1', gatewaySubnet)).toBe(true);

    // Drag the VNet by its header: everything inside comes along.
    const before = (await designer.node('vpnGateway-1').boundingBox())!;
    const header = (await vnet.boundingBox())!;
    await page.mouse.move(header.x + 40, header.y + 14);
    await page.mouse.down();
    await page.mouse.move(header.x + 140, header.y + 74, { steps: 10 });
    await page.mouse.up();
    const after = (await designer.node('vpnGateway-1').boundingBox())!;
    // Snapping to the 10 px grid may eat up to one grid step of the 100 x 60 px drag.
    expect(Math.abs(after.x - before.x - 100)).toBeLessThanOrEqual(10);
    expect(Math.abs(after.y - before.y - 60)).toBeLessThanOrEqual(10);
    expect(await inside('vpnGateway-1', gatewaySubnet)).toBe(true);

    // One drag, one undo step: undo puts the VNet and its children back.
    await designer.press('Control+z');
    const undone = (await designer.node('vpnGateway-1').boundingBox())!;
    expect(undone.x).toBeCloseTo(before.x, 0);
    expect(undone.y).toBeCloseTo(before.y, 0);

    // A top-level gateway dragged onto the VNet joins it (in its GatewaySubnet); undo takes it out again.
    await designer.drop('vpnGateway', 20, 460);
    const loose = (await designer.node('vpnGateway-2').boundingBox())!;
    const target = (await gatewaySubnet.boundingBox())!;
    await page.mouse.move(loose.x + 60, loose.y + 14);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width - 120, target.y + 40, { steps: 12 });
    await page.mouse.up();
    expect(await inside('vpnGateway-2', gatewaySubnet)).toBe(true);
    await designer.press('Control+z');
    expect(await inside('vpnGateway-2', gatewaySubnet)).toBe(false);
  });

  test('refuses a link that no kind allows, and says why while dragging', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('onPremSite', 20, 40);
    await designer.drop('vnet', 320, 40);
    await designer.connect('onPremSite-1', 'r', 'vnet-1', 'l', { release: false });
    await expect(page.getByTestId('connection-hint')).toContainText("Can't link: A site reaches Azure through a VPN device");
    await page.mouse.up();
    await expect(designer.edges()).toHaveCount(0);
    await expect(page.getByTestId('toast')).toContainText('Link refused');
  });
});
