// The scenes tab: the design's presentation, step by step. Each scene shows some elements and
// links with a caption, and may fail some of them to tell a failover story.
import type { Scene } from '../../shared/model';
import { useAppStore } from '../store/store';
import { addSceneFromSelection, captionScene, deleteScene, failSelectionInScene, moveSceneBy, presentFrom, renameScene, showSelectionInScene } from './sceneCommands';
import './scenes.css';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function SceneRow({ scene, index, total }: { scene: Scene; index: number; total: number }) {
  const nothingSelected = useAppStore((s) => s.selectedIds.size === 0);
  const id = scene.id;
  return (
    <li className="htd-scene" data-testid={`scene-${id}`}>
      <span className="htd-scene-number">{index + 1}</span>
      <div className="htd-scene-text">
        <input
          type="text"
          value={scene.title}
          placeholder="Title"
          aria-label={`Title of scene ${index + 1}`}
          onChange={(e) => renameScene(id, e.target.value)}
          data-testid={`scene-title-${id}`}
        />
        <textarea
          value={scene.caption}
          placeholder="Caption shown while presenting"
          rows={2}
          aria-label={`Caption of scene ${index + 1}`}
          onChange={(e) => captionScene(id, e.target.value)}
          data-testid={`scene-caption-${id}`}
        />
        <span className="htd-muted" data-testid={`scene-summary-${id}`}>
          Shows {count(scene.elementIds.length, 'element')} and {count(scene.linkIds.length, 'link')}
          {scene.failedIds.length > 0 && <>; fails {count(scene.failedIds.length, 'item')}</>}
        </span>
      </div>
      <div className="htd-scene-actions">
        <button type="button" onClick={() => showSelectionInScene(id)} disabled={nothingSelected} data-testid={`scene-show-selection-${id}`}>
          Show selection in this scene
        </button>
        <button type="button" onClick={() => failSelectionInScene(id)} disabled={nothingSelected} data-testid={`scene-fail-selection-${id}`}>
          Fail selection in this scene
        </button>
        <button type="button" onClick={() => presentFrom(id)} data-testid={`scene-present-${id}`}>
          Present from here
        </button>
        <span className="htd-scene-order">
          <button type="button" onClick={() => moveSceneBy(id, -1)} disabled={index === 0} aria-label="Move up" title="Move up" data-testid={`scene-up-${id}`}>
            ↑
          </button>
          <button type="button" onClick={() => moveSceneBy(id, 1)} disabled={index === total - 1} aria-label="Move down" title="Move down" data-testid={`scene-down-${id}`}>
            ↓
          </button>
          <button type="button" onClick={() => deleteScene(id)} aria-label="Delete scene" title="Delete scene" data-testid={`scene-delete-${id}`}>
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}

export function SceneCount() {
  const n = useAppStore((s) => s.doc.scenes?.length ?? 0);
  return n > 0 ? <span className="htd-panel-count">{n}</span> : null;
}

export function ScenesPanel() {
  const scenes = useAppStore((s) => s.doc.scenes) ?? [];
  const nothingSelected = useAppStore((s) => s.selectedIds.size === 0);
  return (
    <div className="htd-panel-body htd-scenes" data-testid="scenes-panel">
      <div className="htd-scenes-toolbar">
        <button type="button" onClick={addSceneFromSelection} data-testid="scenes-add">
          {nothingSelected ? 'Add scene of the whole design' : 'Add scene from selection'}
        </button>
        <span className="htd-muted">Present with F5: arrows and Space step through the scenes, Esc leaves.</span>
      </div>
      {scenes.length === 0 ? (
        <p className="htd-muted">No scenes yet: the whole design is presented as one. Select what a step should show and add a scene.</p>
      ) : (
        <ol className="htd-scene-list">
          {scenes.map((scene, i) => (
            <SceneRow key={scene.id} scene={scene} index={i} total={scenes.length} />
          ))}
        </ol>
      )}
    </div>
  );
}
