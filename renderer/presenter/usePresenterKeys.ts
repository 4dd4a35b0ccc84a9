// The keys of presenter mode. They are taken on the window in the capture phase and stopped there,
// so the editor hidden behind the presenter never sees them (Delete must not delete what is shown).
import { useEffect } from 'react';
import { useAppStore } from '../store/store';

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function usePresenterKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // Developer tools and the system's own shortcuts stay theirs.
      if (e.key === 'F12' || e.key === 'F11' || e.ctrlKey || e.metaKey || e.altKey) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      const state = useAppStore.getState();
      const { sceneIndex } = state.presenter;
      const last = Math.max(0, (state.doc.scenes?.length ?? 0) - 1);
      if (NEXT.has(e.key)) state.showScene(sceneIndex + 1);
      else if (PREVIOUS.has(e.key)) state.showScene(sceneIndex - 1);
      else if (e.key === 'Home') state.showScene(0);
      else if (e.key === 'End') state.showScene(last);
      else if (e.key === 'Escape') state.stopPresenting();
      else if (e.key.toLowerCase() === 'l') state.toggleLaser();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
