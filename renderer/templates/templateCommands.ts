// File ▸ New from Template…: opens the gallery; choosing a template replaces the design.
import { useAppStore } from '../store/store';

export function openTemplateGallery(): void {
  useAppStore.getState().openDialog('templates');
}
