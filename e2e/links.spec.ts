import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

// A wider window so that every kind of element fits at zoom 1. Elements keep ~50 px from the
// canvas edges: dragging a link near an edge pans the view, as users expect.
test.use({ viewport: { width: 1600, height: 1000 } });

test('connects every link kind, each inferred from its two ends', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  // Fold the issues panel away: the canvas then has the window's full height.
  await page.getByTestId('panel-toggle').click();
  await designer.drop('onPremSite', 50, 10);
  await designer.drop('vpnDevice', 50, 120);
  await designer.drop('localNetworkGateway', 50, 230);
  await designer.drop('p2sUserGroup', 50, 340);
  await designer.drop('vnet', 300, 10);
  await designer.drop('gatewaySubnet', 320, 50);
  await designer.drop('vpnGateway', 330, 70);
  await designer.drop('erGateway', 550, 70);
  await designer.drop('vnet', 300, 420);
  await designer.drop('erCircuit', 840, 10);
  await designer.drop('erCircuit', 840, 230);
  await designer.drop('connectivityProvider', 840, 450);
  await designer.drop('peeringLocation', 840, 560);
  await designer.drop('microsoftServices', 840, 670);
  await designer.drop('connectivityProvider', 50, 560);

  await designer.connect('onPremSite-1', 'b', 'vpnDevice-1', 't');
  await designer.connect('vpnDevice-1', 'r', 'vpnGateway-1', 'l');
  await designer.connect('localNetworkGateway-1', 'r', 'vpnGateway-1', 'b');
  await designer.connect('p2sUserGroup-1', 'r', 'vpnGateway-1', 't');
  await designer.connect('erGateway-1', 'r', 'erCircuit-1', 'l');
  await designer.connect('erCircuit-1', 'l', 'connectivityProvider-1', 'l');
  await designer.connect('connectivityProvider-1', 'b', 'peeringLocation-1', 't');
  await designer.connect('erCircuit-1', 'b', 'erCircuit-2', 't');
  await designer.connect('erCircuit-2', 'l', 'microsoftServices-1', 'l');
  await designer.connect('vnet-1', 'b', 'vnet-2', 't');
  await designer.connect('onPremSite-1', 'r', 'connectivityProvider-2', 'r');

  const expected: Record<string, number> = {
    lastMile: 2,
    s2s: 2,
    p2s: 1,
    erConnection: 1,
    providerCrossConnect: 2,
    globalReach: 1,
    microsoftPeering: 1,
    vnetPeering: 1,
  };
  for (const [kind, count] of Object.entries(expected)) {
    await expect(designer.edges(kind), kind).toHaveCount(count);
  }
  await expect(designer.statusBar).toContainText('11 links');

  // Selecting a link shows its kind in the inspector.
  await designer.selectLink('globalReach-1');
  await expect(page.getByTestId('inspector-kind')).toHaveText('Global Reach');
});
