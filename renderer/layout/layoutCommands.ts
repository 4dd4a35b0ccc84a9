// Edit ▸ Auto-Layout: lays the design out left to right, as one undo step. ELK is a large library,
// so it is loaded the first time the command runs, not when the app starts.
import type { TopologyDocument } from '../../shared/model';
import { useAppStore } from '../store/store';
import { fitView } from '../commands/viewCommands';

let running = false;

export async function autoLayout(): Promise<void> {
  const { doc, notify } = useAppStore.getState();
  if (doc.elements.length === 0) {
    notify('info', 'Nothing to lay out: the design is empty.');
    return;
  }
  // A second press while ELK is still working would only race the first one.
  if (running) return;
  running = true;
  let laidOut: TopologyDocument;
  try {
    const { autoLayout: layOut } = await import('../../shared/layout/autoLayout');
    laidOut = await layOut(doc);
  } catch (error) {
    notify('error', `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  } finally {
    running = false;
  }
  const store = useAppStore.getState();
  // Applying positions computed for an older document would undo whatever the user did meanwhile.
  if (store.doc !== doc) {
    store.notify('info', 'The design changed while it was being laid out, so the layout was not applied. Run Auto-layout again.');
    return;
  }
  store.edit(() => laidOut);
  // React Flow measures the moved nodes on the next frames; fitting before that would fit the old picture.
  requestAnimationFrame(() => requestAnimationFrame(fitView));
}
