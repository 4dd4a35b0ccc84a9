import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './palette/Palette';
import { Inspector } from './inspector/Inspector';
import { Toolbar } from './chrome/Toolbar';
import { StatusBar } from './chrome/StatusBar';
import { Toasts } from './chrome/Toasts';
import { Dialogs } from './chrome/Dialogs';
import { BottomPanel } from './panels/BottomPanel';
import { CompareDialog } from './estimate/CompareDialog';
import { handleKeyDown } from './commands/keyboard';
import { handleMenuCommand } from './commands/runCommand';
import { documentName, isDirty } from './commands/fileCommands';
import { platform } from './platform';
import { useAppStore } from './store/store';
import { AutosaveRecovery } from './autosave/AutosaveRecovery';
import { useOpenDroppedFiles } from './autosave/useOpenDroppedFiles';
import { TemplateGallery } from './templates/TemplateGallery';
import { PresenterView } from './presenter/PresenterView';
import type { MenuCommand } from './platform/types';

/** Menu commands that change the design: the presenter shows it, so they wait until it ends. */
const EDITS_WHILE_PRESENTING: ReadonlySet<string> = new Set(['new', 'newFromTemplate', 'open', 'openedFile', 'undo', 'redo', 'cut', 'paste', 'duplicate', 'delete', 'selectAll', 'autoLayout']);

function onMenuCommand(command: MenuCommand): void {
  if (useAppStore.getState().presenter.active && EDITS_WHILE_PRESENTING.has(command.command)) return;
  void handleMenuCommand(command);
}

/** Keeps the window title and main's unsaved-changes check in step with the document. */
function useDocumentStateSync() {
  const dirty = useAppStore((s) => s.doc !== s.savedDoc);
  const fileName = useAppStore((s) => s.fileName);
  const title = useAppStore((s) => s.doc.title);
  useEffect(() => {
    platform.setDocumentState({ name: documentName(), dirty });
  }, [dirty, fileName, title]);
}

export function App() {
  useDocumentStateSync();
  const presenting = useAppStore((s) => s.presenter.active);
  useOpenDroppedFiles();
  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    const unsubscribe = platform.onMenuCommand(onMenuCommand);
    // The desktop app asks in a native dialog; the browser can only ask through beforeunload.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (platform.kind === 'web' && isDirty()) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', handleKeyDown);
      window.removeEventListener('beforeunload', beforeUnload);
      unsubscribe();
    };
  }, []);

  return (
    <ReactFlowProvider>
      <div className={`htd-app${presenting ? ' is-behind-presenter' : ''}`} inert={presenting}>
        <Toolbar />
        <Palette />
        <main className="htd-main">
          <div className="htd-canvas-area">
            <Canvas />
          </div>
          <BottomPanel />
        </main>
        <Inspector />
        <StatusBar />
      </div>
      <Toasts />
      <Dialogs />
      <CompareDialog />
      <TemplateGallery />
      <AutosaveRecovery />
      {presenting && <PresenterView />}
    </ReactFlowProvider>
  );
}
