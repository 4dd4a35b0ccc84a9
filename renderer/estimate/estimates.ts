// Cost and path estimates are derived from the document like the findings: computed once per
// document version and shared by every view, never stored. Like the findings, views read them for
// a deferred document, so a large design paints before it is estimated.
import { useDeferredValue } from 'react';
import type { TopologyDocument } from '../../shared/model';
import { estimateCost } from '../../shared/estimate/cost';
import { estimatePaths } from '../../shared/estimate/paths';
import type { CostEstimate, SiteVnetEstimate } from '../../shared/estimate/types';
import { useAppStore } from '../store/store';

const costs = new WeakMap<TopologyDocument, CostEstimate>();
const paths = new WeakMap<TopologyDocument, SiteVnetEstimate[]>();

export function costFor(doc: TopologyDocument): CostEstimate {
  let c = costs.get(doc);
  if (!c) {
    c = estimateCost(doc);
    costs.set(doc, c);
  }
  return c;
}

export function pathsFor(doc: TopologyDocument): SiteVnetEstimate[] {
  let p = paths.get(doc);
  if (!p) {
    p = estimatePaths(doc);
    paths.set(doc, p);
  }
  return p;
}

export const useCost = (): CostEstimate => costFor(useDeferredValue(useAppStore((s) => s.doc)));
export const usePaths = (): SiteVnetEstimate[] => pathsFor(useDeferredValue(useAppStore((s) => s.doc)));

export function formatUsd(value: number | null): string {
  if (value === null) return 'unknown';
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
