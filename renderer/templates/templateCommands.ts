// File ▸ New from Template…: opens the gallery; choosing a template replaces the design.
import { templateById } from '../../shared/templates';
import { confirmDiscard } from '../commands/fileCommands';
import { fitView } from '../commands/viewCommands';
import { platform } from '../platform';
import { history, useAppStore } from '../store/store';

export function openTemplateGallery(): void {
  useAppStore.getState().openDialog('templates');
}

export function closeTemplateGallery(): void {
  useAppStore.getState().openDialog(null);
}

/**
 * Replaces the design with a fresh copy of the template, as a new untitled design (no file name),
 * after the same "discard unsaved changes?" question as File ▸ New. Declining keeps the gallery open.
 */
export function openTemplate(id: string): boolean {
  const template = templateById(id);
  if (!template || !confirmDiscard()) return false;
  useAppStore.getState().replaceDocument(template.build(), null);
  history().clear();
  platform.resetDocument();
  closeTemplateGallery();
  // The canvas measures the new nodes in the next frame; fit after that.
  requestAnimationFrame(() => fitView());
  return true;
}
