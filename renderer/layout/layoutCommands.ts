// Edit ▸ Auto-Layout: lays the design out left to right, as one undo step. ELK is a large library,
// so it is loaded the first time the command runs, not when the app starts, and it runs in a web
// worker (./elkWorker.ts): a large design takes seconds, during which the designer keeps working.
import type { TopologyDocument } from '../../shared/model';
import { useAppStore } from '../store/store';
import { fitView } from '../commands/viewCommands';

let running = false;

/** From this size a layout takes a second or more (about 1 s at 100 elements): the designer says it is working. */
const SAY_WHEN_LAYING_OUT = 100;

export async function autoLayout(): Promise<void> {
  const { doc, notify } = useAppStore.getState();
  if (doc.elements.length === 0) {
    notify('info', 'Nothing to lay out: the design is empty.');
    return;
  }
  // A second press while ELK is still working would only race the first one.
  if (running) return;
  running = true;
  const working =
    doc.elements.length >= SAY_WHEN_LAYING_OUT
      ? notify('info', `Laying out ${doc.elements.length} elements… You can go on working: the layout is applied when it is ready, if the design has not changed.`)
      : undefined;
  let laidOut: TopologyDocument;
  try {
    const [{ autoLayout: layOut }, { LayoutWorkerError, workerEngine }] = await Promise.all([import('../../shared/layout/autoLayout'), import('./elkWorker')]);
    try {
      // No Worker at all (the unit tests' Node): ELK here, as it is meant to be there.
      laidOut = await layOut(doc, typeof Worker === 'function' ? workerEngine : undefined);
    } catch (error) {
      if (!(error instanceof LayoutWorkerError)) throw error;
      // Where no worker can run, the layout still happens, on this thread: the window waits for it.
      notify('info', `Laying out without a worker (${error.message}): the designer answers again when it is done.`);
      laidOut = await layOut(doc);
    }
  } catch (error) {
    notify('error', `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  } finally {
    running = false;
    // Done, one way or the other: "Laying out…" would no longer be true.
    if (working !== undefined) useAppStore.getState().dismissToast(working);
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
