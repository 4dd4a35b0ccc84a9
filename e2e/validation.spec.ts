import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

/** A VNet at `x` with a GatewaySubnet and a gateway of the given palette item in it. */
async function dropHub(designer: DesignerPage, x: number, gateway: 'vpnGateway' | 'erGateway'): Promise<void> {
  await designer.drop('vnet', x, 30);
  await designer.drop('gatewaySubnet', x + 20, 70);
  await designer.drop(gateway, x + 30, 90);
}

test.describe('validation', () => {
  test('flags a /29 GatewaySubnet shared by both gateway types, fixes it in one click, and undo brings it back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 60, 30);
    await designer.drop('gatewaySubnet', 80, 70);
    await designer.drop('vpnGateway', 90, 90);
    await designer.drop('erGateway', 310, 90);

    await designer.select('subnet-1');
    await designer.field('prefix').fill('10.0.255.0/29');

    const panel = page.getByTestId('issues-panel');
    const row = panel.locator('[data-testid="finding"][data-rule="gateway-subnet-too-small"]');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-severity', 'error');
    await expect(row).toContainText('share it, which needs /27 or larger');
    await expect(panel.getByTestId('group-error')).toBeVisible();
    await expect(page.getByTestId('badge-subnet-1')).toHaveAttribute('data-severity', 'error');
    await expect(page.getByTestId('status-issues')).toContainText(/[1-9]\d* errors?/);

    // Clicking the finding selects the element it is about.
    await designer.clickCanvasBackground();
    await row.locator('.htd-finding-main').click();
    await expect(page.getByTestId('inspector-kind')).toHaveText('Subnet');

    await row.getByTestId('apply-fix').click();
    await expect(row).toHaveCount(0);
    await expect(designer.node('subnet-1')).toContainText('10.0.255.0/27');

    await designer.clickCanvasBackground();
    await designer.press('Control+z');
    await expect(row).toHaveCount(1);
    await expect(designer.node('subnet-1')).toContainText('10.0.255.0/29');
  });

  test('opens the Microsoft documentation a finding rests on', async ({ page, context }) => {
    // This machine is offline: answer for the documentation host instead of the internet.
    await context.route('https://learn.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Microsoft Learn</title>' }));
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 60, 30);
    await designer.drop('gatewaySubnet', 80, 70);
    await designer.drop('vpnGateway', 90, 90);
    await designer.select('subnet-1');
    await designer.field('prefix').fill('10.0.255.0/30');
    const row = page.locator('[data-testid="finding"][data-rule="gateway-subnet-too-small"]');
    const opening = page.waitForEvent('popup');
    await row.getByTestId('open-doc').click();
    const popup = await opening;
    await popup.waitForLoadState();
    expect(popup.url()).toContain('learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings');
    await popup.close();
  });

  test('in a design of two separate hubs, an edit to one hub changes its findings and leaves the other hub\'s, and undo brings them back', async ({ page }) => {
    // Validation keeps the findings of the parts of a design an edit did not touch
    // (shared/topology/parts.ts): each hub here is a part of its own.
    const designer = new DesignerPage(page);
    await designer.open();
    for (const x of [40, 520]) await dropHub(designer, x, 'vpnGateway');
    const tooSmall = page.locator('[data-testid="finding"][data-rule="gateway-subnet-too-small"]');
    await expect(tooSmall).toHaveCount(0);
    await designer.select('subnet-1');
    await designer.field('prefix').fill('10.0.255.0/30');
    await expect(tooSmall).toHaveCount(1);
    await expect(page.getByTestId('badge-subnet-1')).toHaveAttribute('data-severity', 'error');
    await expect(page.getByTestId('badge-subnet-2')).toHaveCount(0);

    await designer.select('subnet-2');
    await designer.field('prefix').fill('10.0.255.0/30');
    await expect(tooSmall).toHaveCount(2);
    await expect(page.getByTestId('badge-subnet-2')).toHaveAttribute('data-severity', 'error');

    await designer.select('subnet-1');
    await designer.field('prefix').fill('10.0.255.0/27');
    await expect(tooSmall).toHaveCount(1);
    await expect(page.getByTestId('badge-subnet-1')).toHaveCount(0);
    await expect(page.getByTestId('badge-subnet-2')).toHaveAttribute('data-severity', 'error');

    await designer.clickCanvasBackground();
    await designer.press('Control+z');
    await expect(tooSmall).toHaveCount(2);
    await expect(page.getByTestId('badge-subnet-1')).toHaveAttribute('data-severity', 'error');
    await expect(page.getByTestId('badge-subnet-2')).toHaveAttribute('data-severity', 'error');
  });

  test('in two hubs joined only by Global Reach, edits to either hub and to a circuit each show their findings, and undo takes them back', async ({ page }) => {
    // The rules that read Global Reach see one part here; the others see a part per hub
    // (Rule.readsGlobalReach): the findings must be those of the whole design either way.
    const designer = new DesignerPage(page);
    await designer.open();
    await page.getByTestId('panel-toggle').click();
    for (const x of [40, 560]) {
      await dropHub(designer, x, 'erGateway');
      await designer.drop('erCircuit', x + 30, 300);
    }
    await designer.connect('erGateway-1', 'b', 'erCircuit-1', 't');
    await designer.connect('erGateway-2', 'b', 'erCircuit-2', 't');
    await designer.connect('erCircuit-1', 'r', 'erCircuit-2', 'l');
    await expect(designer.edges('erConnection')).toHaveCount(2);
    await expect(designer.edges('globalReach')).toHaveCount(1);
    await page.getByTestId('panel-toggle').click();

    const tooSmall = page.locator('[data-testid="finding"][data-rule="gateway-subnet-too-small"]');
    // Local circuits are always Unlimited, and cannot use Global Reach: two findings of one rule.
    const localScope = page.locator('[data-testid="finding"][data-rule="circuit-local-scope"]');
    const localWithReach = localScope.filter({ hasText: 'has Global Reach' });
    await expect(tooSmall).toHaveCount(0);
    await expect(localScope).toHaveCount(0);

    await designer.select('subnet-1');
    await designer.field('prefix').fill('10.0.255.0/30');
    await expect(tooSmall).toHaveCount(1);
    await expect(page.getByTestId('badge-subnet-1')).toHaveAttribute('data-severity', 'error');

    // A Local circuit cannot use Global Reach: found by a rule that reads the Global Reach link.
    await designer.select('erCircuit-2');
    await designer.field('tier').selectOption('Local');
    await expect(localScope).toHaveCount(2);
    await expect(localWithReach).toHaveCount(1);
    await expect(tooSmall).toHaveCount(1);

    await designer.select('subnet-2');
    await designer.field('prefix').fill('10.0.255.0/30');
    await expect(tooSmall).toHaveCount(2);
    await expect(localWithReach).toHaveCount(1);

    await designer.clickCanvasBackground();
    await designer.press('Control+z');
    await expect(tooSmall).toHaveCount(1);
    await expect(page.getByTestId('badge-subnet-2')).toHaveCount(0);
    await designer.press('Control+z');
    await expect(localScope).toHaveCount(0);
    await expect(tooSmall).toHaveCount(1);
    await expect(page.getByTestId('badge-subnet-1')).toHaveAttribute('data-severity', 'error');
  });
});
