import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument, type TopologyDocument } from '../../shared/model';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, createAutosaveController, type DocumentState } from './autosaveController';

/** A stand-in for the store: the same reference rules (dirty while doc !== savedDoc). */
function documentSource() {
  const saved = emptyDocument();
  let state: DocumentState = { doc: saved, savedDoc: saved, fileName: null };
  const listeners = new Set<(state: DocumentState) => void>();
  const set = (next: Partial<DocumentState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  return {
    getState: () => state,
    subscribe(listener: (state: DocumentState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(title: string) {
      set({ doc: { ...state.doc, title } });
    },
    save(fileName: string) {
      set({ savedDoc: state.doc, fileName });
    },
    replace(doc: TopologyDocument, fileName: string | null) {
      set({ doc, savedDoc: doc, fileName });
    },
    set,
    listenerCount: () => listeners.size,
  };
}

function setup() {
  const source = documentSource();
  const host = {
    autosave: vi.fn(async (_snapshot: { text: string; fileName: string | null }) => undefined),
    clearAutosave: vi.fn(async () => undefined),
  };
  const onError = vi.fn();
  const onStatus = vi.fn();
  const controller = createAutosaveController({
    host,
    source,
    serialize: (doc) => `doc:${doc.title}`,
    onError,
    onStatus,
    now: () => Date.now(),
  });
  return { source, host, onError, onStatus, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes the serialised document and its file name three seconds after the last change', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(2_000);
    source.edit('ab');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(host.autosave).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.autosave.mock.calls).toEqual([[{ text: 'doc:ab', fileName: null }]]);
  });

  it('still writes every thirty seconds while the user keeps editing', async () => {
    const { source, host, controller } = setup();
    controller.start();
    for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS + 1_000; t += 1_000) {
      source.edit(`t${t}`);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(host.autosave).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the document has no unsaved changes', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.replace({ ...emptyDocument(), title: 'Opened' }, 'Opened.topo.json');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.autosave).not.toHaveBeenCalled();
    expect(host.clearAutosave).not.toHaveBeenCalled();
  });

  it('clears the copy once the document is saved', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    source.save('a.topo.json');
    await vi.advanceTimersByTimeAsync(0);
    expect(host.clearAutosave).toHaveBeenCalledTimes(1);
  });

  it('clears the copy when a new or opened document replaces the edited one', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    source.replace(emptyDocument(), null);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.clearAutosave).toHaveBeenCalledTimes(1);
    expect(host.autosave).toHaveBeenCalledTimes(1);
  });

  it('cancels a scheduled write when the changes are saved before it is due', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    source.save('a.topo.json');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(host.autosave).not.toHaveBeenCalled();
  });

  it('writes again when only the file name changed (Save As of a copy that stays edited)', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    source.set({ fileName: 'renamed.topo.json' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave.mock.calls.map(([s]) => s.fileName)).toEqual([null, 'renamed.topo.json']);
  });

  it('schedules a document that already has unsaved changes when it starts (after a restore)', async () => {
    const { source, host, controller } = setup();
    source.edit('restored');
    controller.start();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave).toHaveBeenCalledWith({ text: 'doc:restored', fileName: null });
  });

  it('neither writes nor clears before it is started (the restore prompt is up)', async () => {
    const { source, host, controller } = setup();
    source.edit('a');
    source.save('a.topo.json');
    await controller.pageHidden();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave).not.toHaveBeenCalled();
    expect(host.clearAutosave).not.toHaveBeenCalled();
  });

  it('writes at once when the page goes away with unsaved changes, and clears on a clean close', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await controller.pageHidden();
    expect(host.autosave).toHaveBeenCalledWith({ text: 'doc:a', fileName: null });
    await controller.pageHidden();
    expect(host.autosave).toHaveBeenCalledTimes(1);
    source.save('a.topo.json');
    await controller.pageHidden();
    expect(host.clearAutosave).toHaveBeenCalled();
  });

  it('flushes a scheduled write at once', async () => {
    const { source, host, controller } = setup();
    controller.start();
    source.edit('a');
    await controller.flush();
    expect(host.autosave).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave).toHaveBeenCalledTimes(1);
  });

  it('runs a clear only after the write before it has finished', async () => {
    const { source, host, controller } = setup();
    const order: string[] = [];
    let finish!: () => void;
    host.autosave.mockImplementationOnce(() => new Promise<undefined>((resolve) => (finish = () => (order.push('written'), resolve(undefined)))));
    host.clearAutosave.mockImplementation(async () => void order.push('cleared'));
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    source.save('a.topo.json');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['written', 'cleared']);
  });

  it('reports a failing host once per run of failures, and tries again on the next change', async () => {
    const { source, host, controller, onError, onStatus } = setup();
    host.autosave.mockRejectedValue(new Error('QuotaExceededError'));
    controller.start();
    source.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    source.edit('b');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls).toEqual([['Unsaved changes could not be autosaved: QuotaExceededError']]);
    expect(onStatus).toHaveBeenLastCalledWith({ state: 'failed', message: 'QuotaExceededError' });

    host.autosave.mockResolvedValue(undefined);
    source.edit('c');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(onStatus).toHaveBeenLastCalledWith({ state: 'saved', at: expect.any(Date) });
  });

  it('stops watching the document when stopped', async () => {
    const { source, host, controller } = setup();
    controller.start();
    controller.start();
    expect(source.listenerCount()).toBe(1);
    source.edit('a');
    controller.stop();
    expect(source.listenerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.autosave).not.toHaveBeenCalled();
  });
});
