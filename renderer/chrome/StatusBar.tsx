import { useAppStore } from '../store/store';
import { useFindings } from '../issues/findings';
import { CostTotal } from '../estimate/CostPanel';
import { useChecking } from '../store/settledDoc';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function StatusBar() {
  const doc = useAppStore((s) => s.doc);
  const dirty = useAppStore((s) => s.doc !== s.savedDoc);
  const fileName = useAppStore((s) => s.fileName);
  const selected = useAppStore((s) => s.selectedIds.size);
  const { counts } = useFindings();
  const showPanel = useAppStore((s) => s.showPanel);
  // While a large design is analysed in slices, the figures shown are the previous version's: dimmed.
  const checking = useChecking();
  return (
    <footer className="htd-statusbar" data-testid="statusbar">
      <span data-testid="status-file">
        {fileName ?? 'Not saved yet'}
        {dirty ? ' — edited' : ''}
      </span>
      <span data-testid="status-counts">
        {doc.elements.length} elements · {doc.links.length} links
      </span>
      {selected > 0 && <span>{selected} selected</span>}
      {checking && (
        <span className="htd-status-checking" role="status" data-testid="status-checking">
          Checking the design…
        </span>
      )}
      <button type="button" className={`htd-status-cost${checking ? ' is-stale' : ''}`} onClick={() => showPanel('cost')} title="Show the cost breakdown" data-testid="status-cost">
        <CostTotal />
      </button>
      <button type="button" className={`htd-status-issues${checking ? ' is-stale' : ''}`} aria-busy={checking} onClick={() => showPanel('issues')} title="Show the issues" data-testid="status-issues">
        <span className="is-error">{plural(counts.error, 'error')}</span>
        <span className="is-warning">{plural(counts.warning, 'warning')}</span>
        <span className="is-info">{counts.info} info</span>
      </button>
    </footer>
  );
}
