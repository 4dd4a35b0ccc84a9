// Presenter mode (View ▸ Present, F5; Esc leaves): the design full window without the editing
// chrome, scene by scene, with traffic moving along the paths in use, the cost and path figures
// in an overlay, failures to try out, and a laser pointer.
import type { MouseEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useAppStore } from '../store/store';
import { LaserPointer } from './LaserPointer';
import { PresenterCanvas } from './PresenterCanvas';
import { PresenterOverlay } from './PresenterOverlay';
import { SceneCaption } from './SceneCaption';
import { usePresentation } from './presentation';
import { useFullscreen } from './useFullscreen';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';

/** Buttons here are for the mouse: taking focus would let Space press them as well as step. */
function keepFocus(event: MouseEvent): void {
  if ((event.target as Element).closest('button')) event.preventDefault();
}

export function PresenterView() {
  const view = usePresentation();
  const laser = useAppStore((s) => s.presenter.laser);
  const stop = useAppStore((s) => s.stopPresenting);
  usePresenterKeys();
  useFullscreen();
  return (
    <div className={`htd-presenter${laser ? ' has-laser' : ''}`} data-testid="presenter" role="dialog" aria-modal="true" aria-label="Presenter mode" onMouseDown={keepFocus}>
      {/* Its own React Flow store: the editor's canvas stays mounted behind, with its viewport. */}
      <ReactFlowProvider>
        <PresenterCanvas view={view} />
      </ReactFlowProvider>
      <div className="htd-present-hint" data-testid="present-hint">
        <button type="button" onClick={stop} data-testid="present-leave">
          Leave (Esc)
        </button>
        <span>Click a circuit, gateway, link or peering location to fail it · → / ← step · L laser</span>
      </div>
      <PresenterOverlay view={view} />
      <SceneCaption view={view} />
      {laser && <LaserPointer />}
    </div>
  );
}
