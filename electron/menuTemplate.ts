// The application menu as a pure function of a few options, so every item and accelerator is
// unit-tested without Electron running. Items only send MenuCommands to the renderer, which
// owns the document; the menu keeps no document state. (Type-only import: erased at runtime.)
import { basename, dirname } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandName } from './api';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools appear only in unpackaged (development) runs. */
  isPackaged: boolean;
  /** Most recent first, from main's recent list. */
  recentDocuments: readonly string[];
  sendCommand(command: MenuCommandName): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** Windows and Linux read "&" as a mnemonic marker; "&&" shows a literal ampersand. */
function escapeLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

export function buildMenuTemplate(options: MenuTemplateOptions): Item[] {
  const { platform, appName, sendCommand } = options;
  const isMac = platform === 'darwin';

  const command = (id: string, label: string, name: MenuCommandName, accelerator?: string, extra: Item = {}): Item => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendCommand(name),
    ...extra,
  });

  // A second shortcut for the same command: an invisible item, whose accelerator still works
  // (always on Windows and Linux; on macOS because acceleratorWorksWhenHidden defaults to true).
  const alias = (id: string, name: MenuCommandName, accelerator: string): Item =>
    command(id, accelerator, name, accelerator, { visible: false, acceleratorWorksWhenHidden: true });

  const recentItems: Item[] =
    options.recentDocuments.length === 0
      ? [{ id: 'file.openRecent.empty', label: 'No Recent Designs', enabled: false }]
      : options.recentDocuments.map((filePath, index) => ({
          id: `file.openRecent.${index}`,
          label: escapeLabel(`${basename(filePath)} — ${dirname(filePath)}`, platform),
          click: () => options.openRecent(filePath),
        }));

  const appMenu: Item = {
    id: 'app',
    label: appName,
    submenu: [
      command('app.about', `About ${appName}`, 'about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { id: 'app.quit', role: 'quit', label: `Quit ${appName}`, accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: Item = {
    id: 'file',
    label: isMac ? 'File' : '&File',
    submenu: [
      command('file.new', 'New', 'new', 'CmdOrCtrl+N'),
      command('file.newFromTemplate', 'New from Template...', 'newFromTemplate', 'Shift+CmdOrCtrl+N'),
      command('file.open', 'Open...', 'open', 'CmdOrCtrl+O'),
      {
        id: 'file.openRecent',
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          separator,
          {
            id: 'file.openRecent.clear',
            label: 'Clear Recently Opened',
            enabled: options.recentDocuments.length > 0,
            click: () => options.clearRecent(),
          },
        ],
      },
      separator,
      command('file.save', 'Save', 'save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Save As...', 'saveAs', 'Shift+CmdOrCtrl+S'),
      separator,
      {
        id: 'file.export',
        label: 'Export',
        submenu: [
          command('file.export.png', 'PNG...', 'exportPng'),
          command('file.export.svg', 'SVG...', 'exportSvg'),
          command('file.export.drawio', 'draw.io...', 'exportDrawio'),
          command('file.export.json', 'JSON...', 'exportJson', 'Shift+CmdOrCtrl+E'),
          { type: 'separator' },
          command('file.export.dialog', 'All Formats and Options...', 'export'),
        ],
      },
      ...(isMac
        ? []
        : [
            separator,
            // Windows calls it Exit and uses Alt+F4 (the system handles it); Linux uses Ctrl+Q.
            platform === 'win32'
              ? ({ id: 'file.quit', role: 'quit', label: 'E&xit' } satisfies Item)
              : ({ id: 'file.quit', role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' } satisfies Item),
          ]),
    ],
  };

  // Undo, Cut, Copy, Paste and Select All send commands instead of using roles: the renderer
  // owns the document and decides, e.g. performing the native action itself when focus is in a
  // text field. Delete shows its key but does not register it (Windows/Linux), so Delete and
  // Backspace keep working in text fields; the canvas handles those keys itself. macOS always
  // registers a shown accelerator, so there Delete shows none.
  const editMenu: Item = {
    id: 'edit',
    label: isMac ? 'Edit' : '&Edit',
    submenu: [
      command('edit.undo', 'Undo', 'undo', 'CmdOrCtrl+Z'),
      command('edit.redo', 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      ...(isMac ? [] : [alias('edit.redo.alternative', 'redo', 'CmdOrCtrl+Y')]),
      separator,
      command('edit.cut', 'Cut', 'cut', 'CmdOrCtrl+X'),
      command('edit.copy', 'Copy', 'copy', 'CmdOrCtrl+C'),
      command('edit.paste', 'Paste', 'paste', 'CmdOrCtrl+V'),
      command('edit.duplicate', 'Duplicate', 'duplicate', 'CmdOrCtrl+D'),
      isMac
        ? command('edit.delete', 'Delete', 'delete')
        : command('edit.delete', 'Delete', 'delete', 'Delete', { registerAccelerator: false }),
      separator,
      command('edit.selectAll', 'Select All', 'selectAll', 'CmdOrCtrl+A'),
      separator,
      command('edit.autoLayout', 'Auto-Layout', 'autoLayout', 'Shift+CmdOrCtrl+L'),
    ],
  };

  // Fit View also answers to Shift+1, handled by the canvas: as a menu accelerator it would
  // swallow "!" typed into a text field.
  const viewMenu: Item = {
    id: 'view',
    label: isMac ? 'View' : '&View',
    submenu: [
      command('view.zoomIn', 'Zoom In', 'zoomIn', 'CmdOrCtrl+='),
      alias('view.zoomIn.alternative', 'zoomIn', 'CmdOrCtrl+Plus'),
      command('view.zoomOut', 'Zoom Out', 'zoomOut', 'CmdOrCtrl+-'),
      command('view.fitView', 'Fit View', 'fitView', 'CmdOrCtrl+0'),
      separator,
      command('view.toggleMinimap', 'Toggle Minimap', 'toggleMinimap', 'Shift+CmdOrCtrl+M'),
      separator,
      command('view.present', 'Present', 'present', 'F5'),
      ...(options.isPackaged ? [] : [separator, { id: 'view.toggleDevTools', role: 'toggleDevTools' } satisfies Item]),
    ],
  };

  const helpMenu: Item = {
    id: 'help',
    label: isMac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      command('help.shortcuts', 'Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      separator,
      command('help.about', `About ${appName}`, 'about'),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
