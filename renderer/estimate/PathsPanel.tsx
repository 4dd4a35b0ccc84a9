// The paths tab: for every site and each VNet it reaches, the paths its traffic takes with their
// round-trip time, exposure, encryption, bottleneck and availability; redundancy combined. Only the
// pairs near the scrolled view are drawn (panels/useWindowedRows.ts).
import { useCallback, useEffect, useRef } from 'react';
import type { PathEstimate, SiteVnetEstimate } from '../../shared/estimate/types';
import { availabilityText, downtimeText } from '../../shared/presentation/availabilityText';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { usePaths } from './estimates';
import { useWindowedRows } from '../panels/useWindowedRows';
import { requestPaths, usePathsReady } from '../store/settledDoc';

function PathRow({ p }: { p: PathEstimate }) {
  return (
    <tr data-testid="path-row" data-via={p.path.via}>
      <td>{p.path.via === 'vpn' ? 'Site-to-site VPN' : 'ExpressRoute'}</td>
      <td className="htd-num" data-testid="path-rtt">{p.rttMs === null || p.rttMs === undefined || Number.isNaN(p.rttMs) ? '—' : `${p.rttMs.toFixed(1)} ms`}</td>
      <td>{p.overInternet ? <span className="htd-tag is-warn">public internet</span> : <span className="htd-tag is-ok">private</span>}</td>
      <td>{p.encrypted ? <span className="htd-tag is-ok">encrypted</span> : <span className="htd-tag">not encrypted</span>}</td>
      <td title={p.bottleneckAt}>{p.bottleneckMbps === null ? '—' : `${p.bottleneckMbps.toLocaleString('en-US')} Mbps`}</td>
      <td className="htd-num">{availabilityText(p.availability)}</td>
      <td className="htd-num">{downtimeText(p.downtimeMinutesPerMonth)}/mo</td>
    </tr>
  );
}

function SiteVnet({ e, rowIndex, measure }: { e: SiteVnetEstimate; rowIndex: number; measure: (element: Element | null) => void }) {
  const names = useAppStore((s) => `${nameOf(s.doc, e.siteId)} → ${nameOf(s.doc, e.vnetId)}`);
  return (
    <div className="htd-site-paths" data-testid={`paths-${e.siteId}-${e.vnetId}`} ref={measure} data-index={rowIndex}>
      <h3>
        {names}
        <span className="htd-muted">
          {' '}
          · {e.paths.length} path{e.paths.length === 1 ? '' : 's'}, combined availability {availabilityText(e.combinedAvailability)} ({downtimeText(e.combinedDowntimeMinutesPerMonth)} down a month)
        </span>
      </h3>
      <table className="htd-paths-table">
        <thead>
          <tr>
            <th>Path</th>
            <th className="htd-num">RTT</th>
            <th>Exposure</th>
            <th>Encryption</th>
            <th>Bottleneck</th>
            <th className="htd-num">Availability</th>
            <th className="htd-num">Downtime</th>
          </tr>
        </thead>
        <tbody>
          {e.paths.map((p) => (
            <PathRow key={p.path.elementIds.join('>')} p={p} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PathsPanel() {
  const ready = usePathsReady();
  // Shown before its paths were estimated (a tab remembered open): start them.
  useEffect(() => {
    if (!ready) requestPaths();
  }, [ready]);
  return ready ? <PathsList /> : (
    <div className="htd-panel-body" data-testid="paths-panel">
      <p className="htd-muted" data-testid="paths-estimating">
        Estimating the paths…
      </p>
    </div>
  );
}

function PathsList() {
  const estimates = usePaths();
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // The heading, the table's head and a row per path.
  const estimate = useCallback((i: number) => 48 + 22 * estimates[i]!.paths.length, [estimates]);
  const keyOf = useCallback((i: number) => `${estimates[i]!.siteId}-${estimates[i]!.vnetId}`, [estimates]);
  const windowed = useWindowedRows({ scroller, list, count: estimates.length, estimate, keyOf });
  return (
    <div className="htd-panel-body" data-testid="paths-panel" ref={scroller}>
      {estimates.length === 0 && (
        <p className="htd-muted">No site reaches a VNet yet. Link a site to a VPN device and on to a VPN gateway, or through a connectivity partner and a circuit to an ExpressRoute gateway.</p>
      )}
      <div ref={list}>
        <div style={{ height: windowed.before }} aria-hidden />
        {windowed.rows.map((r) => {
          const e = estimates[r.index]!;
          return <SiteVnet key={r.key} e={e} rowIndex={r.index} measure={windowed.measure} />;
        })}
        <div style={{ height: windowed.after }} aria-hidden />
      </div>
    </div>
  );
}
