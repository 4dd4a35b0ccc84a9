// The lists under the canvas grow with the design: a 1,000-element estate has 200 findings, 364
// cost lines and 1,944 site-to-VNet path tables, a 10,000-element one ten times as many. Drawn
// whole, showing the Paths tab of 1,000 elements blocked the page for 1.7 s, and of 10,000 for 17 s;
// so each list draws only the rows near the scrolled view (TanStack Virtual), measuring each drawn
// row, with one spacer above and one below standing for the rest. The spacers keep the rows in the
// page's own flow, so a table keeps its columns and the scroll bar its length.
import { useLayoutEffect, useState, type Key, type RefObject } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';

export interface WindowedRows {
  /** The rows to draw, in order: give each `key`, `data-index={row.index}` and `ref={measure}`. */
  rows: VirtualItem[];
  /** Heights of the spacers before and after the drawn rows, px. */
  before: number;
  after: number;
  measure: (element: Element | null) => void;
}

/** Rows drawn on each side beyond the view: enough to scroll by a wheel step without a blank. */
const OVERSCAN = 12;

export function useWindowedRows(options: {
  /** The element that scrolls (the panel's body). */
  scroller: RefObject<HTMLElement | null>;
  /** The element the rows start in, inside the scroller (below any heading or table head). */
  list: RefObject<HTMLElement | null>;
  count: number;
  /**
   * A row's height before it is measured, px, and its key: stable per row, so that a measured height
   * stays with its row when the list changes. Pass the same functions while the rows are the same
   * (useCallback): a new `keyOf` lays out every row again.
   */
  estimate: (index: number) => number;
  keyOf: (index: number) => Key;
}): WindowedRows {
  const { scroller, list, count, estimate, keyOf } = options;
  // Where the list starts inside the scroller's content: the view is matched against the rows from there.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const s = scroller.current;
    const l = list.current;
    if (!s || !l) return;
    const offset = Math.round(l.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop);
    if (offset !== margin) setMargin(offset);
    // What sits above the list (a table's head, a note) is laid out once the list has rows.
  }, [scroller, list, margin, count]);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: estimate,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    scrollMargin: margin,
    // A row is measured from its ref, during React's commit, where a flushSync cannot flush (React 19
    // warns once per row: TanStack/virtual#1281); React schedules the re-render instead.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    before: first ? first.start - margin : 0,
    after: last ? Math.max(0, total - (last.end - margin)) : total,
    measure: virtualizer.measureElement,
  };
}
