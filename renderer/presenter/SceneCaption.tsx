// The bottom bar of presenter mode: the scene's title and caption, where the presentation is, and
// buttons to step for those presenting with a mouse.
import { useAppStore } from '../store/store';
import type { Presentation } from './presentation';

export function SceneCaption({ view }: { view: Presentation }) {
  const title = useAppStore((s) => s.doc.title);
  const showScene = useAppStore((s) => s.showScene);
  const { scene, sceneIndex, sceneCount } = view;
  return (
    <footer className="htd-present-caption" data-testid="present-caption">
      <div className="htd-present-caption-text">
        <h2 data-testid="present-scene-title">{scene ? scene.title || `Scene ${sceneIndex + 1}` : title}</h2>
        {scene?.caption && <p data-testid="present-scene-caption">{scene.caption}</p>}
      </div>
      <nav className="htd-present-steps" aria-label="Scenes">
        <button type="button" onClick={() => showScene(sceneIndex - 1)} disabled={sceneIndex === 0} aria-label="Previous scene">
          ‹
        </button>
        <span data-testid="present-scene-count">
          Scene {sceneIndex + 1} of {sceneCount}
        </span>
        <button type="button" onClick={() => showScene(sceneIndex + 1)} disabled={sceneIndex >= sceneCount - 1} aria-label="Next scene">
          ›
        </button>
      </nav>
    </footer>
  );
}
