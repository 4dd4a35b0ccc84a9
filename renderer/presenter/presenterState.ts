// Session state of presenter mode (never saved, never undone), a slice of the one store: whether
// the design is being presented, which scene shows, what the presenter has failed or restored by
// hand for a what-if, and whether the laser pointer is on.
import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store';
import { NO_FAILURES, restoreAll, toggleFailure, type SessionFailures } from './failureToggles';

export interface PresenterState {
  active: boolean;
  /** Index into the design's scenes; 0 when it has none (the whole design is one scene). */
  sceneIndex: number;
  failures: SessionFailures;
  laser: boolean;
}

export interface PresenterSlice {
  presenter: PresenterState;
  startPresenting(sceneIndex?: number): void;
  stopPresenting(): void;
  /** Shows scene `index`, clamped to the scenes there are. */
  showScene(index: number): void;
  toggleFailed(id: string): void;
  restoreAllFailures(): void;
  toggleLaser(): void;
}

const sceneCount = (state: AppState) => Math.max(1, state.doc.scenes?.length ?? 0);
const sceneFailed = (state: AppState) => state.doc.scenes?.[state.presenter.sceneIndex]?.failedIds ?? [];

export const createPresenterSlice: StateCreator<AppState, [], [], PresenterSlice> = (set, get) => {
  const patch = (p: Partial<PresenterState>) => set({ presenter: { ...get().presenter, ...p } });
  const clamp = (index: number) => Math.min(Math.max(0, index), sceneCount(get()) - 1);
  return {
    presenter: { active: false, sceneIndex: 0, failures: NO_FAILURES, laser: false },
    startPresenting: (sceneIndex = 0) => patch({ active: true, sceneIndex: clamp(sceneIndex), failures: NO_FAILURES, laser: false }),
    stopPresenting: () => patch({ active: false, failures: NO_FAILURES, laser: false }),
    showScene: (index) => {
      const next = clamp(index);
      if (next === get().presenter.sceneIndex) return;
      // Scene failures restored by hand belong to the scene that showed them.
      patch({ sceneIndex: next, failures: { failed: get().presenter.failures.failed, restored: new Set() } });
    },
    toggleFailed: (id) => patch({ failures: toggleFailure(sceneFailed(get()), get().presenter.failures, id) }),
    restoreAllFailures: () => patch({ failures: restoreAll(sceneFailed(get())) }),
    toggleLaser: () => patch({ laser: !get().presenter.laser }),
  };
};
