// Level of detail. Below about a third of full size a node's text is 4 px high and no one can read
// it, while a large design at that zoom asks the browser to lay out tens of thousands of text
// boxes and edge labels (opening 5,000 elements, docs/performance.md). Far out, nodes draw as
// coloured boxes with their handles (React Flow places edges on them) and links without labels.
// One subscription in the canvas decides it and a context hands it down, so zooming re-renders the
// nodes only when the zoom crosses the threshold, never on every zoom step or drag frame.
import { createContext, useContext } from 'react';
import { useStore } from '@xyflow/react';

/** Zoom below which text is not drawn: 13 px names would be under 4 px. */
export const LOW_DETAIL_ZOOM = 0.3;

export const LowDetailContext = createContext(false);

/** True while the canvas is zoomed out beyond reading distance (for the canvas component only). */
export function useZoomedOut(): boolean {
  return useStore((s) => s.transform[2] < LOW_DETAIL_ZOOM);
}

/** For nodes and edges: draw the far-zoom version. */
export const useLowDetail = (): boolean => useContext(LowDetailContext);
