// View ▸ Present (F5): the workshop view of the design.
import { useAppStore } from '../store/store';

/** Presents the design from scene `sceneIndex` (the first by default); does nothing while presenting. */
export function startPresenting(sceneIndex = 0): void {
  const state = useAppStore.getState();
  if (state.presenter.active) return;
  state.startPresenting(sceneIndex);
}
