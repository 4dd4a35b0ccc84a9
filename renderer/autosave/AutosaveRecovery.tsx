// The restore prompt (non-blocking: the design stays usable behind it) and a quiet autosave
// status that tests and assistive technology can read.
import type { CSSProperties } from 'react';
import { useAutosaveStore } from './autosaveState';
import { discardOffered, restoreOffered } from './autosaveCommands';
import { restoreQuestion } from './recovery';
import { useAutosave } from './useAutosave';

// Inline styles keep this feature in its own folder; the colours are the theme's variables.
const promptStyle: CSSProperties = {
  position: 'fixed',
  top: 56,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 25,
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  maxWidth: 640,
  padding: '10px 14px',
  borderRadius: 8,
  background: 'var(--panel)',
  color: 'var(--text)',
  border: '1px solid var(--accent)',
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.15)',
};
const primaryStyle: CSSProperties = {
  background: 'var(--accent)',
  color: 'var(--accent-text)',
  border: '1px solid var(--accent)',
  borderRadius: 6,
  padding: '4px 12px',
  cursor: 'pointer',
};
const secondaryStyle: CSSProperties = { ...primaryStyle, background: 'var(--panel)', color: 'var(--text)', borderColor: 'var(--border)' };
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

function RestorePrompt() {
  const offer = useAutosaveStore((s) => s.offer);
  if (!offer) return null;
  return (
    <div role="dialog" aria-modal="false" aria-labelledby="htd-restore-question" style={promptStyle} data-testid="restore-prompt">
      <span id="htd-restore-question">{restoreQuestion(offer)}</span>
      <button type="button" style={primaryStyle} onClick={restoreOffered} data-testid="restore-accept">
        Restore
      </button>
      <button type="button" style={secondaryStyle} onClick={discardOffered} data-testid="restore-discard">
        Discard
      </button>
    </div>
  );
}

function AutosaveStatusText() {
  const status = useAutosaveStore((s) => s.status);
  const phase = useAutosaveStore((s) => s.phase);
  const text =
    status.state === 'saved'
      ? `Unsaved changes autosaved at ${status.at.toLocaleTimeString()}`
      : status.state === 'failed'
        ? `Autosave failed: ${status.message}`
        : status.state === 'pending'
          ? 'Unsaved changes will be autosaved shortly'
          : 'No unsaved changes to autosave';
  return (
    <span style={visuallyHidden} data-testid="autosave-status" data-state={status.state} data-phase={phase}>
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
