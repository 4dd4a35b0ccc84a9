// The panel under the canvas: issues, cost, paths and scenes, each a tab; it folds away to its header.
import type { ReactNode } from 'react';
import { useAppStore } from '../store/store';
import type { PanelTab } from '../store/sessionSlice';
import { IssueCounts, IssuesPanel } from '../issues/IssuesPanel';
import { CostPanel, CostTotal } from '../estimate/CostPanel';
import { PathsPanel } from '../estimate/PathsPanel';
import { SceneCount, ScenesPanel } from '../scenes/ScenesPanel';
import { useChecking } from '../store/settledDoc';

const TABS: Array<{ tab: PanelTab; title: string; summary: () => ReactNode; body: () => ReactNode }> = [
  { tab: 'issues', title: 'Issues', summary: () => <IssueCounts />, body: () => <IssuesPanel /> },
  { tab: 'cost', title: 'Cost', summary: () => <CostTotal />, body: () => <CostPanel /> },
  { tab: 'paths', title: 'Paths', summary: () => null, body: () => <PathsPanel /> },
  { tab: 'scenes', title: 'Scenes', summary: () => <SceneCount />, body: () => <ScenesPanel /> },
];

export function BottomPanel() {
  const { open, tab } = useAppStore((s) => s.panel);
  const showPanel = useAppStore((s) => s.showPanel);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const active = TABS.find((t) => t.tab === tab) ?? TABS[0]!;
  // While a large design is checked in slices, what the tabs show is the previous version's: dimmed (app.css).
  const checking = useChecking();
  return (
    <section
      className={`htd-bottom-panel${open ? ' is-open' : ''}${checking ? ' is-checking' : ''}`}
      aria-label="Issues, cost, paths and scenes"
      aria-busy={checking}
      data-testid="bottom-panel"
    >
      <header role="tablist">
        <button type="button" className="htd-panel-fold" onClick={togglePanel} aria-expanded={open} aria-label={open ? 'Fold the panel' : 'Unfold the panel'} data-testid="panel-toggle">
          {open ? '▾' : '▸'}
        </button>
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            aria-selected={open && t.tab === tab}
            className={`htd-panel-tab${open && t.tab === tab ? ' is-active' : ''}`}
            onClick={() => showPanel(t.tab)}
            data-testid={`tab-${t.tab}`}
          >
            <span className="htd-panel-tab-title">{t.title}</span>
            {t.summary()}
          </button>
        ))}
      </header>
      {open && active.body()}
    </section>
  );
}
