import { clickMenuItem, expect, runtime, skipReason, test } from './designerApp';

test.skip(!runtime.available, skipReason);

interface ItemInfo {
  id: string;
  label: string;
  accelerator: string | null;
  role: string | null;
  visible: boolean;
  submenu: ItemInfo[];
}

test('the native menu has File, Edit, View and Help with their accelerators', async ({ designer: { app } }) => {
  const menu = await app.evaluate(({ Menu }) => {
    const describe = (items: Electron.MenuItem[]): ItemInfo[] =>
      items
        .filter((item) => item.type !== 'separator')
        .map((item) => ({
          id: item.id,
          label: item.label.replace(/&/g, ''),
          accelerator: item.accelerator ?? null,
          role: item.role ?? null,
          visible: item.visible,
          submenu: item.submenu ? describe(item.submenu.items) : [],
        }));
    return describe(Menu.getApplicationMenu()?.items ?? []);
  });
  expect(menu.map((item) => item.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));

  const all = new Map<string, ItemInfo>();
  const walk = (items: ItemInfo[]): void => {
    for (const item of items) {
      all.set(item.id, item);
      walk(item.submenu);
    }
  };
  walk(menu);
  const expected: [string, string, string | null][] = [
    ['file.new', 'New', 'CmdOrCtrl+N'],
    ['file.newFromTemplate', 'New from Template...', 'Shift+CmdOrCtrl+N'],
    ['file.open', 'Open...', 'CmdOrCtrl+O'],
    ['file.openRecent', 'Open Recent', null],
    ['file.openRecent.clear', 'Clear Recently Opened', null],
    ['file.save', 'Save', 'CmdOrCtrl+S'],
    ['file.saveAs', 'Save As...', 'Shift+CmdOrCtrl+S'],
    ['file.export.json', 'JSON...', 'Shift+CmdOrCtrl+E'],
    ['edit.undo', 'Undo', 'CmdOrCtrl+Z'],
    ['edit.redo', 'Redo', 'Shift+CmdOrCtrl+Z'],
    ['edit.cut', 'Cut', 'CmdOrCtrl+X'],
    ['edit.copy', 'Copy', 'CmdOrCtrl+C'],
    ['edit.paste', 'Paste', 'CmdOrCtrl+V'],
    ['edit.duplicate', 'Duplicate', 'CmdOrCtrl+D'],
    ['edit.delete', 'Delete', null],
    ['edit.selectAll', 'Select All', 'CmdOrCtrl+A'],
    ['edit.autoLayout', 'Auto-Layout', 'Shift+CmdOrCtrl+L'],
    ['view.zoomIn', 'Zoom In', 'CmdOrCtrl+='],
    ['view.zoomOut', 'Zoom Out', 'CmdOrCtrl+-'],
    ['view.fitView', 'Fit View', 'CmdOrCtrl+0'],
    ['view.toggleMinimap', 'Toggle Minimap', 'Shift+CmdOrCtrl+M'],
    ['view.present', 'Present', 'F5'],
    ['help.shortcuts', 'Keyboard Shortcuts', 'CmdOrCtrl+/'],
    ['help.about', 'About Hybrid Topology Designer', null],
  ];
  for (const [id, label, accelerator] of expected) {
    const item = all.get(id);
    expect(item, id).toBeDefined();
    expect(item!.label, id).toBe(label);
    if (accelerator) expect(item!.accelerator, id).toBe(accelerator);
  }
  if (process.platform !== 'darwin') {
    expect(all.get('edit.redo.alternative')).toMatchObject({ accelerator: 'CmdOrCtrl+Y', visible: false });
    expect(all.get('file.quit')?.role?.toLowerCase()).toBe('quit');
  }
  // Unpackaged run: developer tools are offered.
  expect(all.get('view.toggleDevTools')?.role?.toLowerCase()).toBe('toggledevtools');
});

test('menu commands reach the renderer: View ▸ Toggle Minimap toggles the minimap', async ({ designer: { app, page } }) => {
  const minimap = page.locator('.react-flow__minimap');
  const before = await minimap.count();
  await clickMenuItem(app, 'view.toggleMinimap');
  await expect(minimap).toHaveCount(before === 0 ? 1 : 0);
});
