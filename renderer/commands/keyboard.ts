// Keyboard shortcuts of the canvas. In Electron the native menu's accelerators fire first for the
// keys it owns; this table covers the browser build and the keys the menu does not carry.
import type { MenuCommandName } from '../platform/types';
import { isEditingText, runCommand } from './runCommand';
import { nudgeSelection } from './editCommands';
import { useAppStore } from '../store/store';

export interface Shortcut {
  keys: string;
  description: string;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: `${MOD}+N`, description: 'New design' },
  { keys: `Shift+${MOD}+N`, description: 'New from template…' },
  { keys: `${MOD}+O`, description: 'Open…' },
  { keys: `${MOD}+S`, description: 'Save' },
  { keys: `Shift+${MOD}+S`, description: 'Save as…' },
  { keys: `${MOD}+Z`, description: 'Undo' },
  { keys: `Shift+${MOD}+Z / ${MOD}+Y`, description: 'Redo' },
  { keys: `${MOD}+X / C / V`, description: 'Cut, copy, paste' },
  { keys: `${MOD}+D`, description: 'Duplicate' },
  { keys: `${MOD}+A`, description: 'Select all' },
  { keys: 'Delete / Backspace', description: 'Delete the selection' },
  { keys: 'Arrows (Shift: ×5)', description: 'Nudge the selection' },
  { keys: 'Escape', description: 'Clear the selection' },
  { keys: 'Shift+drag / Drag on empty canvas', description: 'Box-select' },
  { keys: 'Shift+click', description: 'Add to the selection' },
  { keys: `${MOD}+= / ${MOD}+-`, description: 'Zoom in / out' },
  { keys: 'Shift+1', description: 'Fit the design in view' },
  { keys: 'M', description: 'Show or hide the minimap' },
  { keys: `Shift+${MOD}+L`, description: 'Auto-layout the design' },
  { keys: 'F5', description: 'Present (Esc leaves)' },
  { keys: '?', description: 'This list' },
];

const NUDGE = 10;

function commandFor(e: KeyboardEvent): MenuCommandName | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  const key = e.key.toLowerCase();
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 's') return e.shiftKey ? 'saveAs' : 'save';
    if (key === 'o') return 'open';
    if (key === 'n') return e.shiftKey ? 'newFromTemplate' : 'new';
    if (key === 'l' && e.shiftKey) return 'autoLayout';
    if (key === 'a') return 'selectAll';
    if (key === 'd') return 'duplicate';
    if (key === 'c') return 'copy';
    if (key === 'x') return 'cut';
    if (key === 'v') return 'paste';
    if (key === '=' || key === '+') return 'zoomIn';
    if (key === '-') return 'zoomOut';
    if (key === '0') return 'fitView';
    return null;
  }
  if (e.altKey) return null;
  if (e.key === 'F5') return 'present';
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) return 'fitView';
  if (key === 'm') return 'toggleMinimap';
  if (e.key === '?') return 'shortcuts';
  return null;
}

/** Commands that keep working while typing in a field; the others belong to the field there. */
const GLOBAL_WHILE_TYPING: ReadonlySet<MenuCommandName> = new Set(['save', 'saveAs', 'open', 'new', 'zoomIn', 'zoomOut', 'fitView', 'present']);

export function handleKeyDown(e: KeyboardEvent): void {
  // The presenter handles its own keys; the editor hidden behind it must not act on any of them.
  if (e.defaultPrevented || useAppStore.getState().presenter.active) return;
  const typing = isEditingText();
  if (e.key === 'Escape') {
    if (!typing) useAppStore.getState().select([]);
    return;
  }
  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const arrow = arrows[e.key];
  if (arrow && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    const step = e.shiftKey ? NUDGE * 5 : NUDGE;
    nudgeSelection(arrow[0] * step, arrow[1] * step);
    return;
  }
  const command = commandFor(e);
  if (!command || (typing && !GLOBAL_WHILE_TYPING.has(command))) return;
  e.preventDefault();
  runCommand(command);
}
