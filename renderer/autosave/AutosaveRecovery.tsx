// The restore prompt (non-blocking: the design stays usable behind it) and a quiet autosave
// status that tests and assistive technology can read.
import { useAppStore } from '../store/store';
import { discardOffered, restoreOffered } from './autosaveCommands';
import { restoreQuestion } from './recovery';
import { useAutosave } from './useAutosave';

function RestorePrompt() {
  const offer = useAppStore((s) => s.autosave.offer);
  if (!offer) return null;
  return (
    <div role="dialog" aria-modal="false" aria-labelledby="htd-restore-question" className="htd-restore-prompt" data-testid="restore-prompt">
      <span id="htd-restore-question">{restoreQuestion(offer)}</span>
      <button type="button" className="htd-restore-accept" onClick={restoreOffered} data-testid="restore-accept">
        Restore
      </button>
      <button type="button" className="htd-restore-discard" onClick={discardOffered} data-testid="restore-discard">
        Discard
      </button>
    </div>
  );
}

function AutosaveStatusText() {
  const status = useAppStore((s) => s.autosave.status);
  const phase = useAppStore((s) => s.autosave.phase);
  const text =
    status.state === 'saved'
      ? `Unsaved changes autosaved at ${status.at.toLocaleTimeString()}`
      : status.state === 'failed'
        ? `Autosave failed: ${status.message}`
        : status.state === 'pending'
          ? 'Unsaved changes will be autosaved shortly'
          : 'No unsaved changes to autosave';
  return (
    <span className="htd-visually-hidden" data-testid="autosave-status" data-state={status.state} data-phase={phase}>
      {text}
    </span>
  );
}

/** Mount once: runs autosave for the window and shows the restore prompt when there is one. */
export function AutosaveRecovery() {
  useAutosave();
  return (
    <>
      <RestorePrompt />
      <AutosaveStatusText />
    </>
  );
}
