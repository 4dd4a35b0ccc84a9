import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import { SHORTCUTS } from '../commands/keyboard';
import { ExportDialog } from '../export/ExportDialog';
import { useFocusTrap } from './useFocusTrap';

function Dialog({ title, children, onClose }: { title: string; children: React.ReactNode; onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="htd-dialog-backdrop" onClick={onClose}>
      <div ref={dialog} className="htd-dialog" role="dialog" aria-modal="true" tabIndex={-1} aria-label={title} onClick={(e) => e.stopPropagation()} data-testid="dialog">
        <header>
          <h2>{title}</h2>
          <button type="button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}

export function Dialogs() {
  const dialog = useAppStore((s) => s.dialog);
  const close = () => useAppStore.getState().openDialog(null);
  if (dialog === 'shortcuts') {
    return (
      <Dialog key={dialog} title="Keyboard shortcuts" onClose={close}>
        <table className="htd-shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    );
  }
  if (dialog === 'export') {
    return (
      <Dialog key={dialog} title="Export" onClose={close}>
        <ExportDialog />
      </Dialog>
    );
  }
  if (dialog === 'about') {
    return (
      <Dialog key={dialog} title="About Hybrid Topology Designer" onClose={close}>
        <p>Design how offices and data centres connect to Azure, and see whether the design is valid, what it costs and how fast it is.</p>
        <p className="htd-muted">Version 0.1.0. Works offline; designs are plain JSON files.</p>
      </Dialog>
    );
  }
  return null;
}
