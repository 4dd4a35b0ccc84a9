import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.describe('the inspector', () => {
  test('edits a VNet and flags an invalid address space where it is typed, keeping the text', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 60, 60);
    await designer.select('vnet-1');
    await expect(page.getByTestId('inspector-kind')).toHaveText('Virtual network');

    await designer.field('name').fill('vnet-prod-weu');
    await expect(designer.node('vnet-1')).toContainText('vnet-prod-weu');

    await designer.field('region').selectOption('northeurope');
    await expect(designer.node('vnet-1')).toContainText('northeurope');

    const space = designer.field('addressSpaces-0');
    await space.fill('10.1.0.300/16');
    await expect(designer.inspector.getByTestId('error-addressSpaces-0')).toContainText('not a valid CIDR');
    await expect(space).toHaveAttribute('aria-invalid', 'true');
    // Never silently dropped or rewritten: the design holds what was typed.
    await expect(space).toHaveValue('10.1.0.300/16');
    await expect(designer.node('vnet-1')).toContainText('10.1.0.300/16');

    await space.fill('10.1.0.5/16');
    await expect(designer.inspector.getByTestId('error-addressSpaces-0')).toContainText('host bits set: the range starts at 10.1.0.0/16');
    await space.fill('10.1.0.0/16');
    await expect(designer.inspector.getByTestId('error-addressSpaces-0')).toHaveCount(0);

    await designer.inspector.getByTestId('add-addressSpaces').click();
    await designer.field('addressSpaces-1').fill('10.2.0.0/16');
    await expect(designer.node('vnet-1')).toContainText('10.1.0.0/16, 10.2.0.0/16');
  });

  test('keeps an out-of-range number in the field, flagged, and leaves the design unchanged', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('onPremSite', 60, 60);
    await designer.select('onPremSite-1');
    await designer.field('latitude').fill('123');
    await expect(designer.inspector.getByTestId('error-latitude')).toHaveText('Latitude must be at most 90.');
    await designer.field('latitude').fill('52.37');
    await expect(designer.inspector.getByTestId('error-latitude')).toHaveCount(0);
    await designer.field('city').fill('Amsterdam');
    await expect(designer.node('onPremSite-1')).toContainText('Amsterdam');
  });

  test('edits a circuit, a gateway and a link with fitting controls; the shared key is masked until revealed', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('erCircuit', 60, 40);
    await designer.select('erCircuit-1');
    await designer.field('bandwidth').selectOption('10000');
    await designer.field('tier').selectOption('Premium');
    await designer.field('dataPlan').selectOption('Unlimited');
    await designer.field('peeringLocation').selectOption('Amsterdam');
    await designer.field('provider').selectOption('Equinix');
    await designer.field('providerState').selectOption('Provisioned');
    await expect(designer.node('erCircuit-1')).toContainText('10 Gbps · Premium · Unlimited');

    await designer.drop('vpnDevice', 60, 200);
    await designer.drop('vpnGateway', 400, 200);
    await designer.select('vpnGateway-1');
    await designer.field('sku').selectOption('VpnGw2AZ');
    await designer.field('generation').selectOption('Gen2');
    await designer.inspector.getByTestId('input-activeActive').check();
    await designer.inspector.getByTestId('input-bgpEnabled').check();
    await designer.field('bgpAsn').fill('65010');
    await expect(designer.node('vpnGateway-1')).toContainText('VpnGw2AZ · Gen2 · active-active');

    await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');
    await designer.selectLink('s2s-1');
    const key = designer.field('sharedKey');
    await key.fill('Sup3rSecretKey');
    await expect(key).toHaveAttribute('type', 'password');
    await designer.inspector.getByTestId('reveal-sharedKey').click();
    await expect(key).toHaveAttribute('type', 'text');
    await expect(key).toHaveValue('Sup3rSecretKey');
  });

  test('shows names typed into the inspector on the canvas as they are typed, and undo takes them back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vpnDevice', 60, 200);
    await designer.drop('vpnGateway', 400, 200);
    await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');

    await designer.select('vpnDevice-1');
    const name = designer.field('name');
    await name.click();
    await page.keyboard.type('edge-ams');
    await expect(designer.node('vpnDevice-1')).toContainText('edge-ams');

    await designer.selectLink('s2s-1');
    await designer.field('name').click();
    await page.keyboard.type('tunnel-ams');
    await expect(page.getByTestId('edge-s2s-1')).toContainText('tunnel-ams');

    // Undo works on the design, not on the inspector's field: the link's name goes, then the device's.
    await designer.clickCanvasBackground();
    await designer.press('Control+z');
    await expect(page.getByTestId('edge-s2s-1')).not.toContainText('tunnel-ams');
    await expect(designer.node('vpnDevice-1')).toContainText('edge-ams');
    await designer.press('Control+z');
    await expect(designer.node('vpnDevice-1')).not.toContainText('edge-ams');
    await designer.press('Control+Shift+z');
    await expect(designer.node('vpnDevice-1')).toContainText('edge-ams');
  });
});
