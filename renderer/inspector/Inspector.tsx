// The inspector edits whatever is selected; with nothing selected, the design itself.
import { ELEMENT_KIND_INFO, LINK_KIND_INFO } from '../../shared/model';
import { useAppStore } from '../store/store';
import { editElement, editLink, editTitle } from '../commands/editCommands';
import { KindIcon } from '../canvas/KindIcon';
import { ELEMENT_COLORS, LINK_STYLES } from '../../shared/presentation/kindStyles';
import { TextField } from './fields';
import { ElementForm } from './ElementForm';
import { LinkForm } from './LinkForm';
import { ElementFindings } from '../issues/ElementFindings';

function useSelectedElement() {
  return useAppStore((s) => {
    if (s.selectedIds.size !== 1) return null;
    const [id] = s.selectedIds;
    return s.doc.elements.find((e) => e.id === id) ?? null;
  });
}

function useSelectedLink() {
  return useAppStore((s) => {
    if (s.selectedIds.size !== 1) return null;
    const [id] = s.selectedIds;
    return s.doc.links.find((l) => l.id === id) ?? null;
  });
}

export function Inspector() {
  const element = useSelectedElement();
  const link = useSelectedLink();
  const count = useAppStore((s) => s.selectedIds.size);
  const doc = useAppStore((s) => s.doc);

  let body;
  if (count > 1) {
    body = <p className="htd-muted">{count} items selected. Select one to edit it.</p>;
  } else if (link) {
    const item = link;
    const info = LINK_KIND_INFO[item.kind];
    const ends = [item.source, item.target].map((id) => doc.elements.find((e) => e.id === id)?.name || id);
    body = (
      <>
        <header className="htd-inspector-header" style={{ '--kind-color': LINK_STYLES[item.kind].color } as React.CSSProperties}>
          <span className="htd-inspector-swatch" />
          <div>
            <div className="htd-inspector-kind" data-testid="inspector-kind">{info.label}</div>
            <div className="htd-muted">{ends.join(' ↔ ')}</div>
          </div>
        </header>
        <p className="htd-muted">{info.description}</p>
        <ElementFindings id={item.id} />
        <TextField label="Name" value={item.name} placeholder={LINK_STYLES[item.kind].tag} onChange={(v) => editLink(item.id, { name: v }, 'name')} testId="name" />
        <LinkForm link={item} />
        <TextField label="Notes" value={item.notes} multiline onChange={(v) => editLink(item.id, { notes: v }, 'notes')} testId="notes" />
      </>
    );
  } else if (element) {
    const item = element;
    const info = ELEMENT_KIND_INFO[item.kind];
    body = (
      <>
        <header className="htd-inspector-header" style={{ '--kind-color': ELEMENT_COLORS[item.kind] } as React.CSSProperties}>
          <span className="htd-inspector-icon"><KindIcon kind={item.kind} size={20} /></span>
          <div>
            <div className="htd-inspector-kind" data-testid="inspector-kind">{info.label}</div>
            <div className="htd-muted">{item.id}</div>
          </div>
        </header>
        <ElementFindings id={item.id} />
        <TextField label="Name" value={item.name} onChange={(v) => editElement(item.id, { name: v }, 'name')} testId="name" />
        {item.kind === 'onPremSite' && (
          <button type="button" className="htd-primary" onClick={() => useAppStore.setState({ compareSiteId: item.id })} data-testid="compare-options">
            Compare VPN and ExpressRoute…
          </button>
        )}
        <ElementForm element={item} />
        <TextField label="Notes" value={item.notes} multiline onChange={(v) => editElement(item.id, { notes: v }, 'notes')} testId="notes" />
      </>
    );
  } else {
    body = (
      <>
        <header className="htd-inspector-header">
          <div className="htd-inspector-kind" data-testid="inspector-kind">Design</div>
        </header>
        <TextField label="Title" value={doc.title} onChange={editTitle} testId="title" />
        <p className="htd-muted">
          {doc.elements.length} elements, {doc.links.length} links. Drag elements from the palette; drag from a handle on one element to
          another to link them.
        </p>
      </>
    );
  }
  return (
    <aside className="htd-inspector" aria-label="Inspector" data-testid="inspector">
      {body}
    </aside>
  );
}
