// Pure edits of a design's scenes (its presentation steps). Like operations.ts, each returns a new
// document, or the same one when nothing changes, so an edit that does nothing adds no undo step.
import { nextId } from './operations';
import type { Scene, TopologyDocument } from './types';

const scenesOf = (doc: TopologyDocument): Scene[] => doc.scenes ?? [];

function withScenes(doc: TopologyDocument, scenes: Scene[]): TopologyDocument {
  if (scenes.length === 0) {
    const { scenes: _gone, ...rest } = doc;
    return rest;
  }
  return { ...doc, scenes };
}

function mapScene(doc: TopologyDocument, sceneId: string, change: (scene: Scene) => Scene): TopologyDocument {
  const scenes = scenesOf(doc);
  const index = scenes.findIndex((s) => s.id === sceneId);
  if (index < 0) return doc;
  const next = change(scenes[index]!);
  if (next === scenes[index]) return doc;
  return withScenes(doc, scenes.map((s, i) => (i === index ? next : s)));
}

/**
 * What a scene shows of `ids`: the elements and links among them that exist, the containers the
 * shown elements sit in (a gateway drawn without its VNet would float in empty space), and the
 * links between shown elements (a scene of two linked elements shows the link too).
 */
export function sceneContents(doc: TopologyDocument, ids: Iterable<string>): { elementIds: string[]; linkIds: string[] } {
  const wanted = new Set(ids);
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const shown = new Set<string>();
  for (const id of wanted) {
    let current = byId.get(id);
    while (current && !shown.has(current.id)) {
      shown.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  const links = doc.links.filter((l) => wanted.has(l.id) || (shown.has(l.source) && shown.has(l.target)));
  for (const l of links) {
    for (const end of [l.source, l.target]) {
      let current = byId.get(end);
      while (current && !shown.has(current.id)) {
        shown.add(current.id);
        current = current.parentId ? byId.get(current.parentId) : undefined;
      }
    }
  }
  return { elementIds: doc.elements.filter((e) => shown.has(e.id)).map((e) => e.id), linkIds: links.map((l) => l.id) };
}

/** Appends a scene showing `ids` (see sceneContents); returns the document and the new scene's id. */
export function addScene(doc: TopologyDocument, ids: Iterable<string>, title?: string): { doc: TopologyDocument; sceneId: string } {
  const scenes = scenesOf(doc);
  const sceneId = nextId('scene', new Set(scenes.map((s) => s.id)));
  const scene: Scene = { id: sceneId, title: title ?? `Scene ${scenes.length + 1}`, caption: '', ...sceneContents(doc, ids), failedIds: [] };
  return { doc: withScenes(doc, [...scenes, scene]), sceneId };
}

export function updateScene(doc: TopologyDocument, sceneId: string, patch: Partial<Pick<Scene, 'title' | 'caption'>>): TopologyDocument {
  return mapScene(doc, sceneId, (s) => (Object.entries(patch).every(([k, v]) => s[k as keyof Scene] === v) ? s : { ...s, ...patch }));
}

/** Makes the scene show `ids` (with their containers and the links among them) instead of what it showed. */
export function setSceneContents(doc: TopologyDocument, sceneId: string, ids: Iterable<string>): TopologyDocument {
  const contents = sceneContents(doc, ids);
  return mapScene(doc, sceneId, (s) => ({ ...s, ...contents }));
}

/**
 * Fails `ids` in the scene, or restores them when all of them are failed there already: one
 * button that toggles, like a checkbox for a set.
 */
export function toggleSceneFailures(doc: TopologyDocument, sceneId: string, ids: Iterable<string>): TopologyDocument {
  const list = [...new Set(ids)];
  if (list.length === 0) return doc;
  return mapScene(doc, sceneId, (s) => {
    const failed = new Set(s.failedIds);
    const allFailed = list.every((id) => failed.has(id));
    for (const id of list) {
      if (allFailed) failed.delete(id);
      else failed.add(id);
    }
    return { ...s, failedIds: [...failed] };
  });
}

/** Moves a scene one place earlier (-1) or later (+1); at either end nothing changes. */
export function moveScene(doc: TopologyDocument, sceneId: string, by: -1 | 1): TopologyDocument {
  const scenes = [...scenesOf(doc)];
  const from = scenes.findIndex((s) => s.id === sceneId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= scenes.length) return doc;
  [scenes[from], scenes[to]] = [scenes[to]!, scenes[from]!];
  return withScenes(doc, scenes);
}

export function removeScene(doc: TopologyDocument, sceneId: string): TopologyDocument {
  const scenes = scenesOf(doc);
  if (!scenes.some((s) => s.id === sceneId)) return doc;
  return withScenes(doc, scenes.filter((s) => s.id !== sceneId));
}
