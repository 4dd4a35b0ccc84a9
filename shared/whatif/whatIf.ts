// "What if this fails?": the paths, availability and reachability of the design with some of its
// elements and links down, compared with the full design. The path figures come from the same
// estimator as the paths panel, run on the degraded design (failures.ts).
import { estimatePaths } from '../estimate/paths';
import type { PathEstimate, SiteVnetEstimate } from '../estimate/types';
import type { TopologyDocument } from '../model/types';
import { activePath, routeOf } from './activePath';
import { downIds, withoutDown } from './failures';

export interface SiteVnetPair {
  siteId: string;
  vnetId: string;
}

export interface WhatIfResult {
  /** Everything down: the failed ids plus what fails with them (links, nested elements, circuits at a failed location). */
  down: ReadonlySet<string>;
  /** The design with what is down removed. */
  degraded: TopologyDocument;
  /** The path estimates of the degraded design (as estimatePaths). */
  paths: SiteVnetEstimate[];
  /** Site and VNet pairs connected in the full design and not any more. */
  lostPairs: SiteVnetPair[];
  /** Sites that reached at least one VNet in the full design and now reach none. */
  lostSiteIds: string[];
  /** Sites still connected whose traffic to some VNet now takes another path than in the full design. */
  reroutedSiteIds: string[];
}

const pairKey = (e: SiteVnetPair) => `${e.siteId}\n${e.vnetId}`;

export function whatIf(doc: TopologyDocument, failedIds: Iterable<string>): WhatIfResult {
  const down = downIds(doc, failedIds);
  const degraded = withoutDown(doc, down);
  const before = estimatePaths(doc);
  const after = estimatePaths(degraded);
  const afterByPair = new Map(after.map((e) => [pairKey(e), e]));
  const stillConnected = new Set(after.map((e) => e.siteId));

  const lostPairs: SiteVnetPair[] = [];
  const lostSites = new Set<string>();
  const rerouted = new Set<string>();
  for (const full of before) {
    const now = afterByPair.get(pairKey(full));
    if (!now) {
      lostPairs.push({ siteId: full.siteId, vnetId: full.vnetId });
      if (!stillConnected.has(full.siteId)) lostSites.add(full.siteId);
      continue;
    }
    const was: PathEstimate | undefined = activePath(full);
    const is = activePath(now);
    if (was && is && routeOf(was) !== routeOf(is)) rerouted.add(full.siteId);
  }
  return { down, degraded, paths: after, lostPairs, lostSiteIds: [...lostSites], reroutedSiteIds: [...rerouted] };
}
