import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elementSchema, moveElements, type TopologyDocument } from '../../shared/model';
import { history, useAppStore } from '../store/store';
import { autoLayout } from './layoutCommands';

/** Three elements piled on one spot, as a freshly opened file. */
function openPile(): TopologyDocument {
  const doc: TopologyDocument = {
    title: 'Pile',
    description: '',
    elements: (['onPremSite', 'erCircuit', 'vnet'] as const).map((kind) => elementSchema.parse({ id: kind, kind, position: { x: 0, y: 0 } })),
    links: [],
  };
  useAppStore.getState().replaceDocument(doc, null);
  history().clear();
  return doc;
}

const toasts = () => useAppStore.getState().toasts.map((t) => t.message);

describe('the Auto-layout command', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
    useAppStore.setState({ toasts: [] });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('moves the elements apart as one undo step, and undo brings the pile back', async () => {
    const pile = openPile();
    await autoLayout();
    const { doc } = useAppStore.getState();
    expect(new Set(doc.elements.map((e) => e.position.x)).size).toBe(3);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(pile);
  });

  it('drops the result and says so when the design changed while ELK was working', async () => {
    openPile();
    const running = autoLayout();
    useAppStore.getState().edit((doc) => moveElements(doc, new Map([['vnet', { x: 500, y: 500 }]])));
    const edited = useAppStore.getState().doc;
    await running;
    expect(useAppStore.getState().doc).toBe(edited);
    expect(toasts()).toEqual([expect.stringContaining('changed while it was being laid out')]);
  });

  it('says there is nothing to lay out in an empty design, and records no step', async () => {
    useAppStore.getState().replaceDocument({ title: 'Empty', description: '', elements: [], links: [] }, null);
    history().clear();
    await autoLayout();
    expect(history().pastStates).toHaveLength(0);
    expect(toasts()).toEqual(['Nothing to lay out: the design is empty.']);
  });

  it('reports a failure of the layout engine in a toast and leaves the design as it was', async () => {
    vi.doMock('../../shared/layout/autoLayout', () => ({ autoLayout: () => Promise.reject(new Error('ELK ran out of memory')) }));
    const pile = openPile();
    await autoLayout();
    vi.doUnmock('../../shared/layout/autoLayout');
    expect(useAppStore.getState().doc).toBe(pile);
    expect(toasts()).toEqual(['Auto-layout failed: ELK ran out of memory']);
  });
});
