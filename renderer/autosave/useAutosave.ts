// Mounts autosave: look for an earlier session's copy, then keep the open design's unsaved
// changes in the host's storage (IndexedDB, or the app's data folder) until they are saved.
import { useEffect } from 'react';
import { serializeDocument } from '../../shared/format';
import { platform } from '../platform';
import { useAppStore } from '../store/store';
import { createAutosaveController } from './autosaveController';
import { findAutosaveOffer } from './autosaveCommands';

export function useAutosave(): void {
  useEffect(() => {
    const controller = createAutosaveController({
      host: platform,
      source: { getState: () => useAppStore.getState(), subscribe: (listener) => useAppStore.subscribe(listener) },
      serialize: (doc) => serializeDocument(doc),
      onError: (message) => useAppStore.getState().notify('error', message),
      onStatus: (status) => useAppStore.getState().setAutosave({ status }),
    });
    let disposed = false;
    useAppStore.getState().setAutosave({ phase: 'checking', offer: null });
    const stopWatchingPhase = useAppStore.subscribe((state, previous) => {
      if (state.autosave.phase === 'active' && previous.autosave.phase !== 'active') controller.start();
    });
    void findAutosaveOffer().then((offer) => {
      if (disposed) return;
      useAppStore.getState().setAutosave(offer ? { phase: 'offering', offer } : { phase: 'active' });
    });

    // A clean close forgets the copy; leaving with unsaved changes writes the latest at once.
    // Writes begun in `pagehide` may be cut off by the unload, so they start earlier where they can:
    // at `beforeunload` (the browser's "Leave site?" question gives them time) and when the tab is hidden.
    const onPageHide = () => void controller.pageHidden();
    const onBeforeUnload = () => void controller.flush();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') void controller.flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      disposed = true;
      stopWatchingPhase();
      controller.stop();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);
}
