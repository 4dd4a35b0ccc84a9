import type { DesignerApi, Platform } from './types';

export function electronPlatform(api: DesignerApi): Platform {
  return {
    kind: 'electron',
    openDocument: () => api.openDocument(),
    saveDocument: (request) => api.saveDocument(request),
    exportFile: (request) => api.exportFile(request),
    setDocumentState: (state) => api.setDocumentState(state),
    resetDocument: () => api.resetDocument(),
    closeWindow: () => api.closeWindow(),
    openExternal: (url) => api.openExternal(url),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    autosave: (snapshot) => api.autosave(snapshot),
    readAutosave: () => api.readAutosave(),
    clearAutosave: () => api.clearAutosave(),
  };
}
