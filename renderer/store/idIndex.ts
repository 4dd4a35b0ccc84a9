// Elements and links looked up by id in the document's lists: by the canvas (toFlow, and each node
// and edge reading its own element or link) and by the panels' rows (names.ts). Not the analysis's
// shared/topology/elementIndex.ts: it keeps the one list its run asks about, and the views ask about
// the edited document while the analysis works on another.
import type { TopologyElement, TopologyLink } from '../../shared/model';

type IdIndex = ReadonlyMap<string, number>;

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

/**
 * Where each id first appears in a list of the document's elements or links, worked out once per
 * list. An edit that keeps every id in its place (a rename, a property, a move) hands on the index
 * of the list before it: at 10,000 elements building it again was about 2 ms of a keystroke.
 */
function idIndexer<T extends { id: string }>(): (items: readonly T[]) => IdIndex {
  const byList = new WeakMap<readonly T[], IdIndex>();
  let last: { items: readonly T[]; index: IdIndex } | undefined;
  return (items) => {
    let index = byList.get(items);
    if (!index) {
      if (last && sameIds(last.items, items)) index = last.index;
      else {
        const built = new Map<string, number>();
        for (let i = 0; i < items.length; i++) if (!built.has(items[i]!.id)) built.set(items[i]!.id, i);
        index = built;
      }
      byList.set(items, index);
    }
    last = { items, index };
    return index;
  };
}

export const elementIndex = idIndexer<TopologyElement>();
export const linkIndex = idIndexer<TopologyLink>();

export function elementIn(elements: readonly TopologyElement[], id: string): TopologyElement | undefined {
  const at = elementIndex(elements).get(id);
  return at === undefined ? undefined : elements[at];
}

export function linkIn(links: readonly TopologyLink[], id: string): TopologyLink | undefined {
  const at = linkIndex(links).get(id);
  return at === undefined ? undefined : links[at];
}
