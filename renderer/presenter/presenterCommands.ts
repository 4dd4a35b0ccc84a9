// View ▸ Present (F5): the workshop view of the design.
import { useAppStore } from '../store/store';

export function startPresenting(): void {
  useAppStore.getState().notify('info', 'Presenter mode is not available yet.');
}
