// Installs the application menu built by menuTemplate.ts and rebuilds it when the recent list
// changes. Commands go to the focused designer window's renderer.
import { app, Menu } from 'electron';
import type { MenuCommandName } from './api';
import type { DocumentOpener } from './documentOpener';
import { APP_NAME } from './documentState';
import { buildMenuTemplate } from './menuTemplate';
import type { RecentDocuments } from './recentDocuments';
import type { DesignerWindows } from './window';

export interface MenuDependencies {
  windows: DesignerWindows;
  recent: RecentDocuments;
  opener: DocumentOpener;
}

export function installApplicationMenu({ windows, recent, opener }: MenuDependencies): void {
  const sendCommand = (command: MenuCommandName) => {
    const window = windows.target();
    if (window) {
      windows.send(window, { command });
      return;
    }
    // macOS keeps running with no window: New and Open bring one up (a new window is already
    // a new document); other commands have nothing to act on.
    if (command === 'new') windows.create();
    if (command === 'open') windows.send(windows.create(), { command });
  };

  const rebuild = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: APP_NAME,
      isPackaged: app.isPackaged,
      recentDocuments: recent.list(),
      sendCommand,
      openRecent: (filePath) => void opener.openRecent(filePath),
      clearRecent: () => {
        app.clearRecentDocuments();
        void recent.clear();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  rebuild();
  recent.onChange(rebuild);
}
