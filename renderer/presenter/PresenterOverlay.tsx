// The figures beside the presented design: the monthly cost, and for each site shown the path its
// traffic takes to each VNet with the round trip and availability, as they are with what is failed;
// then what is failed, each with a way to restore it.
import type { SiteVnetEstimate } from '../../shared/estimate/types';
import { activePath, routeOf } from '../../shared/whatif';
import { availabilityText } from '../../shared/presentation/availabilityText';
import { useAppStore } from '../store/store';
import { costFor, formatUsd, pathsFor } from '../estimate/estimates';
import type { Presentation } from './presentation';

const VIA_LABEL = { vpn: 'VPN', expressRoute: 'ExpressRoute' } as const;

function PairRow({ full, now, vnetName }: { full: SiteVnetEstimate; now: SiteVnetEstimate | undefined; vnetName: string }) {
  const active = now ? activePath(now) : undefined;
  const was = activePath(full);
  const rerouted = active && was && routeOf(active) !== routeOf(was);
  return (
    <li className={`htd-present-pair${active ? '' : ' is-lost'}`} data-testid={`present-path-${full.siteId}-${full.vnetId}`} data-via={active?.path.via ?? 'none'}>
      <span className="htd-present-pair-vnet">→ {vnetName}</span>
      {active ? (
        <span className="htd-present-pair-figures">
          <strong className={`htd-present-via is-${active.path.via}`}>via {VIA_LABEL[active.path.via]}</strong>
          <span data-testid="present-rtt">{active.rttMs === null ? 'RTT unknown' : `${active.rttMs.toFixed(1)} ms`}</span>
          <span data-testid="present-availability">{availabilityText(now!.combinedAvailability)}</span>
          {rerouted && <span className="htd-present-rerouted">rerouted</span>}
        </span>
      ) : (
        <strong className="htd-present-no-connectivity">No connectivity</strong>
      )}
    </li>
  );
}

export function PresenterOverlay({ view }: { view: Presentation }) {
  const doc = useAppStore((s) => s.doc);
  const toggleFailed = useAppStore((s) => s.toggleFailed);
  const restoreAll = useAppStore((s) => s.restoreAllFailures);
  const name = (id: string) => doc.elements.find((e) => e.id === id)?.name || doc.links.find((l) => l.id === id)?.name || id;
  const cost = costFor(doc);
  const now = new Map(view.whatIf.paths.map((e) => [`${e.siteId}\n${e.vnetId}`, e]));
  const bySite = new Map<string, SiteVnetEstimate[]>();
  for (const full of pathsFor(doc)) {
    if (!view.elementIds.has(full.siteId)) continue;
    bySite.set(full.siteId, [...(bySite.get(full.siteId) ?? []), full]);
  }
  const failed = [...view.failedIds].filter((id) => view.whatIf.down.has(id));
  return (
    <aside className="htd-present-overlay" data-testid="present-overlay" aria-label="Cost and paths">
      <div className="htd-present-cost">
        <span>Monthly cost</span>
        <strong data-testid="present-cost">
          {formatUsd(cost.totalUsd)}
          {cost.incomplete ? '+' : ''}
        </strong>
      </div>
      {[...bySite].map(([siteId, pairs]) => (
        <section key={siteId} className="htd-present-site" data-testid={`present-site-${siteId}`}>
          <h3>
            {name(siteId)}
            {view.whatIf.lostSiteIds.includes(siteId) && <span className="htd-present-no-connectivity"> · No connectivity</span>}
          </h3>
          <ul>
            {pairs.map((full) => (
              <PairRow key={full.vnetId} full={full} now={now.get(`${siteId}\n${full.vnetId}`)} vnetName={name(full.vnetId)} />
            ))}
          </ul>
        </section>
      ))}
      {failed.length > 0 && (
        <section className="htd-present-failed" data-testid="present-failed">
          <h3>Failed</h3>
          <ul>
            {failed.map((id) => (
              <li key={id}>
                <span>{name(id)}</span>
                <button type="button" onClick={() => toggleFailed(id)} aria-label={`Restore ${name(id)}`} data-testid={`present-restore-${id}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="htd-present-restore-all" onClick={restoreAll} data-testid="present-restore-all">
            Restore all
          </button>
        </section>
      )}
    </aside>
  );
}
