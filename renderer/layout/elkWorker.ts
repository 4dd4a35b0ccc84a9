// ELK in a web worker. Laying out a large design takes seconds (about 1 s at 1,000 elements and
// 5 s at 5,000 in Node, in batches; one graph of 1,000 took 11–28 s), and with ELK on the main
// thread the window answered nothing meanwhile.
// The worker runs elkjs's own worker script, served as a file of the build (`?url`), so the
// Content-Security-Policy's script-src 'self' covers it in the packaged app and in the browser.
import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { LayoutEngine } from '../../shared/layout/autoLayout';

/** The worker could not be started or stopped before it answered: ELK was not at fault. */
export class LayoutWorkerError extends Error {}

/**
 * A worker per layout, ended when it is done: the command is run now and then, and a worker that
 * failed leaves nothing behind. The batches of a large design go to the same worker, which lays them
 * out one after the other. elkjs does not listen for a worker's errors, so a worker that cannot
 * load or crashes would leave the layout waiting for ever: its error rejects the layout here.
 */
export const workerEngine: LayoutEngine = {
  layout(graphs: readonly ElkNode[]): Promise<ElkNode[]> {
    return new Promise<ElkNode[]>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl);
      } catch (error) {
        reject(new LayoutWorkerError(`the layout worker could not start: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      worker.addEventListener('error', (event) => {
        worker.terminate();
        reject(new LayoutWorkerError(`the layout worker stopped${event.message ? `: ${event.message}` : ' (it could not be loaded)'}`));
      });
      const elk = new ELK({ workerFactory: () => worker });
      Promise.all(graphs.map((graph) => elk.layout(graph)))
        .then(resolve, reject)
        .finally(() => worker.terminate());
    });
  },
};
