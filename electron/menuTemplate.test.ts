import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommandName } from './api';
import { buildMenuTemplate, type MenuTemplateOptions } from './menuTemplate';

type Item = MenuItemConstructorOptions;

function setup(overrides: Partial<MenuTemplateOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommandName) => void>();
  const openRecent = vi.fn<(filePath: string) => void>();
  const clearRecent = vi.fn<() => void>();
  const template = buildMenuTemplate({
    platform: 'linux',
    appName: 'Hybrid Topology Designer',
    isPackaged: false,
    recentDocuments: [],
    sendCommand,
    openRecent,
    clearRecent,
    ...overrides,
  });
  return { template, sendCommand, openRecent, clearRecent };
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(template: Item[], id: string): Item {
  const item = flatten(template).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function click(item: Item): void {
  (item.click as unknown as () => void)();
}

const plain = (label: string | undefined) => label?.replace(/&/g, '');

// [id, label, command, accelerator] for the items every platform shares.
const COMMAND_ITEMS: [string, string, MenuCommandName, string | undefined][] = [
  ['file.new', 'New', 'new', 'CmdOrCtrl+N'],
  ['file.newFromTemplate', 'New from Template...', 'newFromTemplate', 'Shift+CmdOrCtrl+N'],
  ['file.open', 'Open...', 'open', 'CmdOrCtrl+O'],
  ['file.save', 'Save', 'save', 'CmdOrCtrl+S'],
  ['file.saveAs', 'Save As...', 'saveAs', 'Shift+CmdOrCtrl+S'],
  ['file.export.png', 'PNG...', 'exportPng', undefined],
  ['file.export.svg', 'SVG...', 'exportSvg', undefined],
  ['file.export.drawio', 'draw.io...', 'exportDrawio', undefined],
  ['file.export.json', 'JSON...', 'exportJson', 'Shift+CmdOrCtrl+E'],
  ['file.export.dialog', 'All Formats and Options...', 'export', undefined],
  ['edit.undo', 'Undo', 'undo', 'CmdOrCtrl+Z'],
  ['edit.redo', 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'],
  ['edit.cut', 'Cut', 'cut', 'CmdOrCtrl+X'],
  ['edit.copy', 'Copy', 'copy', 'CmdOrCtrl+C'],
  ['edit.paste', 'Paste', 'paste', 'CmdOrCtrl+V'],
  ['edit.duplicate', 'Duplicate', 'duplicate', 'CmdOrCtrl+D'],
  ['edit.selectAll', 'Select All', 'selectAll', 'CmdOrCtrl+A'],
  ['edit.autoLayout', 'Auto-Layout', 'autoLayout', 'Shift+CmdOrCtrl+L'],
  ['view.zoomIn', 'Zoom In', 'zoomIn', 'CmdOrCtrl+='],
  ['view.zoomOut', 'Zoom Out', 'zoomOut', 'CmdOrCtrl+-'],
  ['view.fitView', 'Fit View', 'fitView', 'CmdOrCtrl+0'],
  ['view.toggleMinimap', 'Toggle Minimap', 'toggleMinimap', 'Shift+CmdOrCtrl+M'],
  ['view.present', 'Present', 'present', 'F5'],
  ['help.shortcuts', 'Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'],
  ['help.about', 'About Hybrid Topology Designer', 'about', undefined],
];

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus on Windows and Linux, with an app menu first on macOS', () => {
    expect(setup({ platform: 'linux' }).template.map((item) => plain(item.label))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(setup({ platform: 'win32' }).template.map((item) => plain(item.label))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(setup({ platform: 'darwin' }).template.map((item) => item.label)).toEqual([
      'Hybrid Topology Designer',
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it.each(COMMAND_ITEMS)(`on ${platform}, %s is "%s", sends {command: %s} and has accelerator %s`, (id, label, command, accelerator) => {
      const { template, sendCommand } = setup({ platform });
      const item = byId(template, id);
      expect(item.label).toBe(label);
      expect(item.accelerator).toBe(accelerator);
      expect(item.role).toBeUndefined();
      click(item);
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
    });
  }

  it('offers every menu command somewhere in the menu', () => {
    const { template, sendCommand } = setup();
    for (const item of flatten(template)) if (item.click && !item.id?.startsWith('file.openRecent')) click(item);
    const sent = new Set(sendCommand.mock.calls.map(([command]) => command));
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('adds Ctrl+Y as a second Redo shortcut on Windows and Linux only', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template, sendCommand } = setup({ platform });
      const alias = byId(template, 'edit.redo.alternative');
      expect(alias).toMatchObject({ accelerator: 'CmdOrCtrl+Y', visible: false });
      click(alias);
      expect(sendCommand).toHaveBeenCalledWith('redo');
    }
    expect(() => byId(setup({ platform: 'darwin' }).template, 'edit.redo.alternative')).toThrow();
  });

  it('adds CmdOrCtrl+Plus as a hidden second Zoom In shortcut', () => {
    const { template, sendCommand } = setup();
    const alias = byId(template, 'view.zoomIn.alternative');
    expect(alias).toMatchObject({ accelerator: 'CmdOrCtrl+Plus', visible: false });
    click(alias);
    expect(sendCommand).toHaveBeenCalledWith('zoomIn');
  });

  it('shows Delete without registering it, so the key still works in text fields', () => {
    expect(byId(setup({ platform: 'win32' }).template, 'edit.delete')).toMatchObject({
      accelerator: 'Delete',
      registerAccelerator: false,
    });
    // macOS would register any shown accelerator.
    expect(byId(setup({ platform: 'darwin' }).template, 'edit.delete').accelerator).toBeUndefined();
  });

  it('never uses roles for document editing: the renderer owns the document', () => {
    const roles = flatten(setup().template).map((item) => item.role).filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'delete']) expect(roles).not.toContain(role);
  });

  it('ends the File menu with Exit on Windows and Quit (Ctrl+Q) on Linux; macOS quits from the app menu', () => {
    expect(byId(setup({ platform: 'win32' }).template, 'file.quit')).toMatchObject({ role: 'quit', label: 'E&xit' });
    expect(byId(setup({ platform: 'linux' }).template, 'file.quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    const mac = setup({ platform: 'darwin' }).template;
    expect(() => byId(mac, 'file.quit')).toThrow();
    expect(byId(mac, 'app.quit')).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
  });

  it('shows Toggle Developer Tools only when not packaged', () => {
    expect(byId(setup({ isPackaged: false }).template, 'view.toggleDevTools').role).toBe('toggleDevTools');
    expect(() => byId(setup({ isPackaged: true }).template, 'view.toggleDevTools')).toThrow();
  });

  it('lists recent documents, opens one by path and clears the list', () => {
    const recent = ['/designs/Contoso.topo.json', '/designs/R&D lab.topo.json'];
    const { template, openRecent, clearRecent, sendCommand } = setup({ recentDocuments: recent });
    const first = byId(template, 'file.openRecent.0');
    expect(first.label).toBe('Contoso.topo.json — /designs');
    // "&" would be a mnemonic marker on Windows and Linux.
    expect(byId(template, 'file.openRecent.1').label).toBe('R&&D lab.topo.json — /designs');
    click(first);
    expect(openRecent).toHaveBeenCalledExactlyOnceWith('/designs/Contoso.topo.json');
    const clear = byId(template, 'file.openRecent.clear');
    expect(clear.enabled).toBe(true);
    click(clear);
    expect(clearRecent).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('shows a disabled placeholder and disables Clear when there are no recent documents', () => {
    const { template } = setup({ recentDocuments: [] });
    expect(byId(template, 'file.openRecent.empty').enabled).toBe(false);
    expect(byId(template, 'file.openRecent.clear').enabled).toBe(false);
  });

  it('gives every item with a click handler a unique id', () => {
    const ids = flatten(setup({ recentDocuments: ['/a.topo.json'] }).template)
      .filter((item) => item.click)
      .map((item) => item.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
