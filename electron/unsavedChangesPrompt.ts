// The native questions main asks about unsaved changes, as data, so their wording and button
// mapping are unit-tested. window.ts shows them with dialog.showMessageBox.

/** The subset of Electron's MessageBoxOptions these prompts use. */
export interface PromptOptions {
  type: 'warning';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  message: string;
  detail: string;
}

export type CloseDecision = 'save' | 'discard' | 'cancel';

export function closePrompt(documentName: string): PromptOptions {
  return {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to "${documentName}"?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}

export function closeDecision(response: number): CloseDecision {
  if (response === 0) return 'save';
  if (response === 1) return 'discard';
  return 'cancel';
}

/**
 * Open Recent and files passed at launch are read by main, so main asks before replacing a
 * document with unsaved changes (the renderer's own check covers File ▸ Open).
 */
export function replacePrompt(currentName: string, nextName: string): PromptOptions {
  return {
    type: 'warning',
    buttons: ['Discard Changes and Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `"${currentName}" has unsaved changes. Open "${nextName}" anyway?`,
    detail: 'The changes will be lost. Choose Cancel, save the design, then open the other file.',
  };
}

export function replaceConfirmed(response: number): boolean {
  return response === 0;
}
