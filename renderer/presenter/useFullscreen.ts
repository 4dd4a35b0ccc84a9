// Presenter mode asks for real full screen where the host allows it (a refusal is fine: the view
// already fills the window) and leaves it on the way out. Leaving full screen by the browser's
// own means (its Escape handling eats the key) ends presenting too.
import { useEffect } from 'react';
import { useAppStore } from '../store/store';

export function useFullscreen(): void {
  useEffect(() => {
    let entered = false;
    let cancelled = false;
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (entered && !cancelled) useAppStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!document.fullscreenElement && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen().then(
        () => {
          entered = true;
        },
        () => undefined,
      );
    }
    return () => {
      cancelled = true;
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
}
