// The toolbar carries the File/Edit/View commands in the browser build, where there is no native
// menu, and the most used ones in the desktop app too.
import type { MenuCommandName } from '../platform/types';
import { runCommand } from '../commands/runCommand';
import { useHistory } from '../store/store';
import { MOD } from '../commands/keyboard';

interface ToolButton {
  command: MenuCommandName;
  label: string;
  title: string;
}

const GROUPS: ToolButton[][] = [
  [
    { command: 'new', label: 'New', title: `New design (${MOD}+N)` },
    { command: 'newFromTemplate', label: 'Templates', title: `New from a workshop template (Shift+${MOD}+N)` },
    { command: 'open', label: 'Open…', title: `Open a design (${MOD}+O)` },
    { command: 'save', label: 'Save', title: `Save (${MOD}+S)` },
    { command: 'export', label: 'Export…', title: 'Export as PNG, SVG, draw.io or JSON' },
  ],
  [
    { command: 'undo', label: 'Undo', title: `Undo (${MOD}+Z)` },
    { command: 'redo', label: 'Redo', title: `Redo (Shift+${MOD}+Z)` },
    { command: 'duplicate', label: 'Duplicate', title: `Duplicate (${MOD}+D)` },
    { command: 'delete', label: 'Delete', title: 'Delete the selection (Delete)' },
    { command: 'autoLayout', label: 'Auto-layout', title: `Lay the design out left to right (Shift+${MOD}+L)` },
  ],
  [
    { command: 'zoomOut', label: '−', title: `Zoom out (${MOD}+-)` },
    { command: 'zoomIn', label: '+', title: `Zoom in (${MOD}+=)` },
    { command: 'fitView', label: 'Fit', title: 'Fit the design in view (Shift+1)' },
    { command: 'toggleMinimap', label: 'Minimap', title: 'Show or hide the minimap (M)' },
    { command: 'present', label: 'Present', title: 'Present (F5)' },
    { command: 'shortcuts', label: '?', title: 'Keyboard shortcuts (?)' },
  ],
];

export function Toolbar() {
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  const disabled: Partial<Record<MenuCommandName, boolean>> = { undo: !canUndo, redo: !canRedo };
  return (
    <header className="htd-toolbar" role="toolbar" aria-label="Commands">
      <div className="htd-brand">
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 17h6l3-10 3 10h6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Hybrid Topology Designer
      </div>
      {GROUPS.map((group, i) => (
        <div className="htd-toolbar-group" key={i}>
          {group.map((b) => (
            <button key={b.command} type="button" title={b.title} disabled={disabled[b.command]} onClick={() => runCommand(b.command)} data-testid={`tool-${b.command}`}>
              {b.label}
            </button>
          ))}
        </div>
      ))}
    </header>
  );
}
