// One dispatcher for every named command, whether it comes from the native menu, the toolbar or
// the keyboard, so each does exactly the same thing from everywhere.
import type { MenuCommand, MenuCommandName } from '../platform/types';
import { platform } from '../platform';
import { useAppStore } from '../store/store';
import {
  copySelection,
  cutSelection,
  deleteSelection,
  duplicateSelection,
  paste,
  redo,
  selectAll,
  undo,
} from './editCommands';
import { newDocument, openDocument, openFileText, saveDocument } from './fileCommands';
import { openExport } from '../export/ExportDialog';
import { fitView, zoomIn, zoomOut } from './viewCommands';
import { openTemplateGallery } from '../templates/templateCommands';
import { startPresenting } from '../presenter/presenterCommands';
import { autoLayout } from '../layout/layoutCommands';

const TEXT_EDITING_COMMANDS: Partial<Record<MenuCommandName, string>> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  selectAll: 'selectAll',
  delete: 'delete',
};

/** True when the keyboard focus is in a field, where edit commands act on its text instead. */
export function isEditingText(): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type));
}

const HANDLERS: Record<MenuCommandName, () => void | Promise<unknown>> = {
  new: newDocument,
  newFromTemplate: openTemplateGallery,
  open: openDocument,
  save: () => saveDocument(false),
  saveAs: () => saveDocument(true),
  exportJson: () => openExport('json'),
  exportPng: () => openExport('png'),
  exportSvg: () => openExport('svg'),
  exportDrawio: () => openExport('drawio'),
  export: () => openExport(),
  undo,
  redo,
  cut: cutSelection,
  copy: copySelection,
  paste,
  duplicate: duplicateSelection,
  delete: deleteSelection,
  selectAll,
  zoomIn,
  zoomOut,
  fitView,
  toggleMinimap: () => useAppStore.getState().toggleMinimap(),
  present: startPresenting,
  autoLayout,
  shortcuts: () => useAppStore.getState().openDialog('shortcuts'),
  about: () => useAppStore.getState().openDialog('about'),
};

export function runCommand(name: MenuCommandName): void {
  const native = TEXT_EDITING_COMMANDS[name];
  if (native && isEditingText()) {
    // The menu's accelerators reach us even inside a text field; there they mean the field's own edit.
    document.execCommand(native);
    return;
  }
  void HANDLERS[name]();
}

export async function handleMenuCommand(message: MenuCommand): Promise<void> {
  if (message.command === 'openedFile') {
    openFileText(message.file);
  } else if (message.command === 'saveAndClose') {
    if (await saveDocument(false)) platform.closeWindow();
  } else {
    runCommand(message.command);
  }
}
