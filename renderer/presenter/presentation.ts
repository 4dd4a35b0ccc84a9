// What presenter mode shows, derived from the document and the presenter's session state like the
// findings and estimates are: the scene's elements and links, what is down, the what-if figures,
// and which links carry traffic on the paths in use. Computed once per document and set of
// failures, never stored.
import { useMemo } from 'react';
import type { Scene, TopologyDocument } from '../../shared/model';
import type { PathVia } from '../../shared/topology/sitePaths';
import { activePath, whatIf, type WhatIfResult } from '../../shared/whatif';
import { useAppStore } from '../store/store';
import { effectiveFailures } from './failureToggles';

/** How traffic crosses one link of a path in use, for the animation. */
export interface LinkTraffic {
  via: PathVia;
  /** True when traffic runs from the link's source to its target. */
  forward: boolean;
  /** The link is the encrypted stretch of its path. */
  encrypted: boolean;
  /** The part of a VPN path that runs over the public internet: the IPsec tunnel. */
  overInternet: boolean;
}

export interface Presentation {
  scene: Scene | undefined;
  sceneIndex: number;
  sceneCount: number;
  elementIds: ReadonlySet<string>;
  linkIds: ReadonlySet<string>;
  /** Failed by the scene or by hand (what the presenter chose), before what fails with them. */
  failedIds: ReadonlySet<string>;
  whatIf: WhatIfResult;
  traffic: ReadonlyMap<string, LinkTraffic>;
}

const results = new WeakMap<TopologyDocument, Map<string, WhatIfResult>>();

function whatIfFor(doc: TopologyDocument, failed: ReadonlySet<string>): WhatIfResult {
  let byKey = results.get(doc);
  if (!byKey) results.set(doc, (byKey = new Map()));
  const key = [...failed].sort().join('\n');
  let result = byKey.get(key);
  if (!result) {
    // Presenters toggle a handful of failures: keep the last few, not every combination tried.
    if (byKey.size > 16) byKey.clear();
    byKey.set(key, (result = whatIf(doc, failed)));
  }
  return result;
}

/** The scene's elements with the containers they sit in, and its links whose two ends show. */
export function visibleItems(doc: TopologyDocument, scene: Scene | undefined): { elementIds: Set<string>; linkIds: Set<string> } {
  if (!scene) return { elementIds: new Set(doc.elements.map((e) => e.id)), linkIds: new Set(doc.links.map((l) => l.id)) };
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const elementIds = new Set<string>();
  for (const id of scene.elementIds) {
    let current = byId.get(id);
    while (current && !elementIds.has(current.id)) {
      elementIds.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  const wanted = new Set(scene.linkIds);
  const linkIds = new Set(doc.links.filter((l) => wanted.has(l.id) && elementIds.has(l.source) && elementIds.has(l.target)).map((l) => l.id));
  return { elementIds, linkIds };
}

/** The links of each shown site's path in use to each VNet, with the way traffic crosses them. */
export function trafficOf(doc: TopologyDocument, result: WhatIfResult, elementIds: ReadonlySet<string>): Map<string, LinkTraffic> {
  const links = new Map(doc.links.map((l) => [l.id, l]));
  const traffic = new Map<string, LinkTraffic>();
  for (const pair of result.paths) {
    if (!elementIds.has(pair.siteId)) continue;
    const active = activePath(pair);
    if (!active) continue;
    const ids = active.path.elementIds;
    ids.forEach((id, i) => {
      const link = links.get(id);
      if (!link || traffic.has(id)) return;
      traffic.set(id, {
        via: active.path.via,
        forward: link.source === ids[i - 1],
        // The lock sits where the encryption is: the IPsec tunnel, or MACsec on ExpressRoute Direct's ports.
        encrypted: active.encrypted && (link.kind === 's2s' || link.kind === 'providerCrossConnect'),
        overInternet: active.overInternet && link.kind === 's2s',
      });
    });
  }
  return traffic;
}

export function usePresentation(): Presentation {
  const doc = useAppStore((s) => s.doc);
  const { sceneIndex, failures } = useAppStore((s) => s.presenter);
  return useMemo(() => {
    const scenes = doc.scenes ?? [];
    const index = Math.min(sceneIndex, Math.max(0, scenes.length - 1));
    const scene = scenes[index];
    const { elementIds, linkIds } = visibleItems(doc, scene);
    const failedIds = effectiveFailures(scene?.failedIds ?? [], failures);
    const result = whatIfFor(doc, failedIds);
    return {
      scene,
      sceneIndex: index,
      sceneCount: Math.max(1, scenes.length),
      elementIds,
      linkIds,
      failedIds,
      whatIf: result,
      traffic: trafficOf(doc, result, elementIds),
    };
  }, [doc, sceneIndex, failures]);
}
