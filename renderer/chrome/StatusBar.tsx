import { useAppStore } from '../store/store';

export function StatusBar() {
  const doc = useAppStore((s) => s.doc);
  const dirty = useAppStore((s) => s.doc !== s.savedDoc);
  const fileName = useAppStore((s) => s.fileName);
  const selected = useAppStore((s) => s.selectedIds.size);
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
    </footer>
  );
}
