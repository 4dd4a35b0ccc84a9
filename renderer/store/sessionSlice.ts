// Session state: never saved, never undone (DESIGN.md: every piece of state declares its scope).
import type { StateCreator } from 'zustand';
import type { TopologyElement, TopologyLink } from '../../shared/model';
import type { AppState } from './store';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

export type PanelTab = 'issues' | 'cost' | 'paths' | 'scenes';

export interface SessionSlice {
  selectedIds: ReadonlySet<string>;
  clipboard: { elements: TopologyElement[]; links: TopologyLink[] } | null;
  pasteCount: number;
  showMinimap: boolean;
  /** The panel under the canvas: open or folded, and which tab it shows. */
  panel: { open: boolean; tab: PanelTab };
  dialog: 'shortcuts' | 'about' | 'export' | 'templates' | null;
  /** The site whose "VPN or ExpressRoute?" comparison is open. */
  compareSiteId: string | null;
  toasts: Toast[];
  select(ids: Iterable<string>): void;
  setClipboard(items: SessionSlice['clipboard']): void;
  toggleMinimap(): void;
  showPanel(tab: PanelTab): void;
  togglePanel(): void;
  openDialog(dialog: SessionSlice['dialog']): void;
  /** Shows a toast for a few seconds; returns its id, to dismiss it sooner. */
  notify(kind: Toast['kind'], message: string): number;
  dismissToast(id: number): void;
}

let toastSeq = 0;

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  selectedIds: new Set(),
  clipboard: null,
  pasteCount: 0,
  showMinimap: true,
  panel: { open: true, tab: 'issues' },
  dialog: null,
  compareSiteId: null,
  toasts: [],
  select: (ids) => set({ selectedIds: new Set(ids) }),
  setClipboard: (items) => set({ clipboard: items, pasteCount: 0 }),
  toggleMinimap: () => set({ showMinimap: !get().showMinimap }),
  showPanel: (tab) => set({ panel: { open: true, tab } }),
  togglePanel: () => set({ panel: { ...get().panel, open: !get().panel.open } }),
  openDialog: (dialog) => set({ dialog }),
  notify: (kind, message) => {
    const id = ++toastSeq;
    set({ toasts: [...get().toasts, { id, kind, message }].slice(-4) });
    setTimeout(() => get().dismissToast(id), kind === 'error' ? 10_000 : 4_000);
    return id;
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
});
