// Cost and path estimates are derived from the document like the findings: computed once per
// document version and shared by every view, never stored. Like the findings, views read them for
// the settled document (store/settledDoc.ts), so a large design paints before it is estimated.
import type { TopologyDocument } from '../../shared/model';
import { estimateCost } from '../../shared/estimate/cost';
import { estimatePaths } from '../../shared/estimate/paths';
import type { CostEstimate, SiteVnetEstimate } from '../../shared/estimate/types';
import { useSettledDoc } from '../store/settledDoc';

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

export const useCost = (): CostEstimate => costFor(useSettledDoc());
export const usePaths = (): SiteVnetEstimate[] => pathsFor(useSettledDoc());

export function formatUsd(value: number | null): string {
  if (value === null) return 'unknown';
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
