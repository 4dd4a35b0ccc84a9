// The bridge between the sandboxed renderer and main. A sandboxed preload may only require
// 'electron', so this file is bundled (with channels.ts and api.ts) into one CJS file.
// It exposes task-named functions only: no ipcRenderer, no event objects, no Node APIs
// (Electron security checklist: "Do not expose Electron APIs to untrusted web content").
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, type DesignerApi, type MenuCommand } from './api';
import { InvokeChannel, MenuCommandChannel, SendChannel } from './channels';

let announcedReady = false;

const api: DesignerApi = {
  openDocument: () => ipcRenderer.invoke(InvokeChannel.openDocument),
  saveDocument: (request) => ipcRenderer.invoke(InvokeChannel.saveDocument, request),
  exportFile: (request) => ipcRenderer.invoke(InvokeChannel.exportFile, request),
  setDocumentState: (state) => ipcRenderer.send(SendChannel.setDocumentState, state),
  resetDocument: () => ipcRenderer.send(SendChannel.resetDocument),
  closeWindow: () => ipcRenderer.send(SendChannel.closeWindow),
  openExternal: (url) => ipcRenderer.invoke(InvokeChannel.openExternal, url),
  autosave: (snapshot) => ipcRenderer.invoke(InvokeChannel.autosave, snapshot),
  readAutosave: () => ipcRenderer.invoke(InvokeChannel.readAutosave),
  clearAutosave: () => ipcRenderer.invoke(InvokeChannel.clearAutosave),
  onMenuCommand(listener) {
    // Wrap the listener so the renderer never receives the IpcRendererEvent (it carries `sender`).
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MenuCommandChannel, handler);
    if (!announcedReady) {
      announcedReady = true;
      ipcRenderer.send(SendChannel.menuCommandsReady);
    }
    return () => {
      ipcRenderer.removeListener(MenuCommandChannel, handler);
    };
  },
};

contextBridge.exposeInMainWorld(API_KEY, api);
