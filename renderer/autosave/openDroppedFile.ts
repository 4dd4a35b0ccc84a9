// Opening a design file dropped on the window: the same path as File ▸ Open (ask before
// replacing unsaved changes, parse with the one load pipeline, keep the open design on failure).
import { documentName, isDirty, openFileText } from '../commands/fileCommands';
import { platform } from '../platform';
import { isDesignFileName, type DroppedFiles } from '../platform/fileDrop';
import { readPickedFile } from '../platform/webPlatform';
import { useAppStore } from '../store/store';

const notify = (kind: 'info' | 'error', message: string) => useAppStore.getState().notify(kind, message);

export async function openDroppedFile({ file, count }: DroppedFiles): Promise<void> {
  if (!isDesignFileName(file.name)) {
    notify('error', `Could not open ${file.name}: it is not a design file (drop a .topo.json or .json file).`);
    return;
  }
  if (isDirty() && !window.confirm(`Discard unsaved changes to ${documentName()}?`)) return;
  const outcome = await readPickedFile(file);
  if (outcome.status === 'error') notify('error', outcome.message);
  if (outcome.status !== 'opened' || !openFileText(outcome.file)) return;
  // Main learns no path from a drop, and must not keep saving to the file that was open before.
  platform.resetDocument();
  platform.setDocumentState({ name: documentName(), dirty: false });
  if (count > 1) notify('info', `Opened ${file.name}; only one design opens at a time, so the other ${count - 1} file(s) were left.`);
}
