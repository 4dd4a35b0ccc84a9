// Scene edits from the scenes panel. Each goes through the store's edit(), so it is one undo
// step; typing into a title or caption is coalesced per scene and field, as in the inspector.
import { addScene, moveScene, removeScene, setSceneContents, toggleSceneFailures, updateScene } from '../../shared/model';
import { useAppStore } from '../store/store';
import { startPresenting } from '../presenter/presenterCommands';

const store = () => useAppStore.getState();

/** The selection, or every element when nothing is selected. */
function selectionOrAll(): string[] {
  const { selectedIds, doc } = store();
  return selectedIds.size > 0 ? [...selectedIds] : doc.elements.map((e) => e.id);
}

export function addSceneFromSelection(): void {
  const ids = selectionOrAll();
  store().edit((d) => addScene(d, ids).doc);
}

export function renameScene(sceneId: string, title: string): void {
  store().edit((d) => updateScene(d, sceneId, { title }), `scene:${sceneId}:title`);
}

export function captionScene(sceneId: string, caption: string): void {
  store().edit((d) => updateScene(d, sceneId, { caption }), `scene:${sceneId}:caption`);
}

export function showSelectionInScene(sceneId: string): void {
  const ids = [...store().selectedIds];
  if (ids.length === 0) {
    store().notify('info', 'Select the elements and links the scene should show first.');
    return;
  }
  store().edit((d) => setSceneContents(d, sceneId, ids));
}

export function failSelectionInScene(sceneId: string): void {
  const ids = [...store().selectedIds];
  if (ids.length === 0) {
    store().notify('info', 'Select what should be failed in this scene first (a circuit, gateway, link…).');
    return;
  }
  store().edit((d) => toggleSceneFailures(d, sceneId, ids));
}

export function moveSceneBy(sceneId: string, by: -1 | 1): void {
  store().edit((d) => moveScene(d, sceneId, by));
}

export function deleteScene(sceneId: string): void {
  store().edit((d) => removeScene(d, sceneId));
}

export function presentFrom(sceneId: string): void {
  const index = store().doc.scenes?.findIndex((s) => s.id === sceneId) ?? -1;
  startPresenting(Math.max(0, index));
}
