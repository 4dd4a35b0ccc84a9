// Findings are derived from the document, never stored: one validation per document version,
// shared by the issues panel, the status bar and the badges on the canvas. While a node is being
// dragged the document does not change, so validation does not run on drag frames. Views read the
// findings of the settled document (store/settledDoc.ts): after an open or an edit the canvas
// paints first, and the validation of a large design follows instead of delaying that paint.
import { useSyncExternalStore } from 'react';
import { settledDocument, subscribeSettled, useSettledDoc } from '../store/settledDoc';
import { validate, type Finding, type Severity } from '../../shared/validation';
import type { TopologyDocument } from '../../shared/model';

export interface DerivedFindings {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** The most severe finding per element or link id, for badges. */
  worst: ReadonlyMap<string, Severity>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cache = new WeakMap<TopologyDocument, DerivedFindings>();

export function findingsFor(doc: TopologyDocument): DerivedFindings {
  let derived = cache.get(doc);
  if (!derived) {
    const findings = validate(doc);
    const counts = { error: 0, warning: 0, info: 0 };
    const worst = new Map<string, Severity>();
    for (const f of findings) {
      counts[f.severity]++;
      for (const id of f.elementIds) {
        const current = worst.get(id);
        if (!current || RANK[f.severity] < RANK[current]) worst.set(id, f.severity);
      }
    }
    derived = { findings, counts, worst };
    cache.set(doc, derived);
  }
  return derived;
}

export function useFindings(): DerivedFindings {
  return findingsFor(useSettledDoc());
}

/**
 * The badge of one element or link: its most severe finding. Each node and edge reads its own, so
 * that findings arriving change no node object: React Flow then rebuilds none of its lookups over
 * the whole design, and only the nodes whose badge changed render (a 5,000-element design's
 * findings used to cost one more pass of React Flow over every node after each edit).
 */
export function useBadge(id: string): Severity | undefined {
  return useSyncExternalStore(subscribeSettled, () => findingsFor(settledDocument()).worst.get(id));
}
