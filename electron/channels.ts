// IPC channel names, shared by main and preload so the two can never drift apart.
// The renderer never sees these: it only talks to the task-named API in api.ts.

/** Renderer → main, request/response (ipcRenderer.invoke / ipcMain.handle). */
export const InvokeChannel = {
  openDocument: 'designer:open-document',
  saveDocument: 'designer:save-document',
  exportFile: 'designer:export-file',
  openExternal: 'designer:open-external',
  autosave: 'designer:autosave',
  readAutosave: 'designer:read-autosave',
  clearAutosave: 'designer:clear-autosave',
} as const;

/** Renderer → main, fire-and-forget (ipcRenderer.send / ipcMain.on). */
export const SendChannel = {
  setDocumentState: 'designer:set-document-state',
  resetDocument: 'designer:reset-document',
  closeWindow: 'designer:close-window',
  /**
   * Sent by the preload when the renderer first subscribes to menu commands. Main queues
   * commands until then, so a file opened at launch is not lost before React has mounted.
   */
  menuCommandsReady: 'designer:menu-commands-ready',
} as const;

/** Main → renderer (webContents.send / ipcRenderer.on). */
export const MenuCommandChannel = 'designer:menu-command';
