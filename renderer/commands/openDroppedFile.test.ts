import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../shared/format/serialize';
import { emptyDocument } from '../../shared/model';
import { useAppStore } from '../store/store';
import { openDroppedFile } from './fileCommands';

// The platform layer picks the Electron or web API off `window` when it loads; this runs in Node.
vi.hoisted(() => {
  (globalThis as { window?: unknown }).window ??= {};
});

const initial = useAppStore.getState();
afterEach(() => useAppStore.setState(initial, true));

describe('a design file dropped on the window', () => {
  it('is not opened while presenting: the presented design stays and a toast says why', async () => {
    const presented = useAppStore.getState().doc;
    useAppStore.getState().startPresenting();
    const dropped = { ...emptyDocument(), title: 'Dropped' };
    await openDroppedFile({ file: new File([serializeDocument(dropped)], 'dropped.topo.json'), count: 1 });
    expect(useAppStore.getState().doc).toBe(presented);
    expect(useAppStore.getState().presenter.active).toBe(true);
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['dropped.topo.json was not opened: leave presenter mode (Esc) first.']);
  });
});
