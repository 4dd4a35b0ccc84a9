// The restore prompt's two answers, and the check that raises it at start.
import { confirmDiscard, documentName } from '../commands/fileCommands';
import { fitView } from '../commands/viewCommands';
import { platform } from '../platform';
import { useAppStore } from '../store/store';
import { offerFor, restoreAutosave, type AutosaveOffer } from './recovery';

const notify = (kind: 'info' | 'error', message: string) => useAppStore.getState().notify(kind, message);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function clearStoredAutosave(): void {
  platform.clearAutosave().catch((error: unknown) => notify('error', `The autosaved copy could not be removed: ${reason(error)}`));
}

/** Reads the autosave left by an earlier session; a copy of the empty design is dropped unasked. */
export async function findAutosaveOffer(): Promise<AutosaveOffer | null> {
  let record;
  try {
    record = await platform.readAutosave();
  } catch (error) {
    notify('error', `Could not look for autosaved changes: ${reason(error)}`);
    return null;
  }
  const offer = offerFor(record);
  if (offer === null && record !== null) clearStoredAutosave();
  return offer;
}

export function restoreOffered(): void {
  const { offer } = useAppStore.getState().autosave;
  if (!offer) return;
  if (!confirmDiscard()) return;
  const result = restoreAutosave(offer);
  if (result.ok) {
    // The copy has no path main may save to: forget any file opened meanwhile, so Save asks where.
    platform.resetDocument();
    platform.setDocumentState({ name: documentName(), dirty: true });
    if (result.repairs.length > 0) notify('info', `Restored with ${result.repairs.length} repair(s):\n${result.repairs.slice(0, 3).join('\n')}`);
    requestAnimationFrame(() => fitView());
  } else {
    notify('error', result.message);
    clearStoredAutosave();
  }
  useAppStore.getState().setAutosave({ phase: 'active', offer: null });
}

export function discardOffered(): void {
  if (!useAppStore.getState().autosave.offer) return;
  clearStoredAutosave();
  useAppStore.getState().setAutosave({ phase: 'active', offer: null });
}
