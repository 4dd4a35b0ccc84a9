import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument, type TopologyDocument } from '../../shared/model';
import { design } from '../../shared/validation/testing/designBuilder';
import { breakCoalescing } from '../store/history';
import { history, useAppStore } from '../store/store';
import { addSceneFromSelection, captionScene, deleteScene, presentFrom, renameScene } from './sceneCommands';

const base: TopologyDocument = design(
  [
    { id: 'site', kind: 'onPremSite' },
    { id: 'device', kind: 'vpnDevice' },
  ],
  [{ id: 'lm', kind: 'lastMile', source: 'site', target: 'device' }],
);
const scenes = () => useAppStore.getState().doc.scenes ?? [];

describe('scene commands', () => {
  beforeEach(() => {
    useAppStore.getState().stopPresenting();
    useAppStore.getState().replaceDocument(base, null);
    history().clear();
    breakCoalescing();
  });

  it('adds a scene of the whole design when nothing is selected, and of the selection otherwise', () => {
    addSceneFromSelection();
    useAppStore.getState().select(['site']);
    addSceneFromSelection();
    expect(scenes().map((s) => s.elementIds)).toEqual([['site', 'device'], ['site']]);
    expect(scenes()[0]!.linkIds).toEqual(['lm']);
  });

  it('undoes a title typed letter by letter as one step, apart from adding the scene', () => {
    addSceneFromSelection();
    const id = scenes()[0]!.id;
    for (const title of ['T', 'Tu', 'Tunnel']) renameScene(id, title);
    captionScene(id, 'IPsec');
    expect(scenes()[0]).toMatchObject({ title: 'Tunnel', caption: 'IPsec' });
    history().undo();
    expect(scenes()[0]).toMatchObject({ title: 'Tunnel', caption: '' });
    history().undo();
    expect(scenes()[0]!.title).toBe('Scene 1');
    history().undo();
    expect(useAppStore.getState().doc.scenes).toBeUndefined();
  });

  it('deletes a scene as an undoable edit', () => {
    addSceneFromSelection();
    deleteScene(scenes()[0]!.id);
    expect(scenes()).toEqual([]);
    history().undo();
    expect(scenes()).toHaveLength(1);
  });

  it('presents from the scene chosen, without touching the document or its history', () => {
    addSceneFromSelection();
    addSceneFromSelection();
    const doc = useAppStore.getState().doc;
    presentFrom(scenes()[1]!.id);
    expect(useAppStore.getState().presenter).toMatchObject({ active: true, sceneIndex: 1 });
    useAppStore.getState().toggleFailed('site');
    useAppStore.getState().showScene(5);
    expect(useAppStore.getState().presenter.sceneIndex).toBe(1);
    expect(useAppStore.getState().doc).toBe(doc);
    expect(history().pastStates).toHaveLength(2);
    useAppStore.getState().stopPresenting();
    expect(useAppStore.getState().presenter.failures.failed.size).toBe(0);
  });

  it('presents a design without scenes as one scene', () => {
    useAppStore.getState().replaceDocument(emptyDocument(), null);
    presentFrom('none');
    useAppStore.getState().showScene(1);
    expect(useAppStore.getState().presenter).toMatchObject({ active: true, sceneIndex: 0 });
  });
});
