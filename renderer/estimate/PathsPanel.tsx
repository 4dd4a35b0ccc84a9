// The paths tab: for every site and each VNet it reaches, the paths its traffic takes with their
// round-trip time, exposure, encryption, bottleneck and availability; redundancy combined.
import type { PathEstimate, SiteVnetEstimate } from '../../shared/estimate/types';
import { availabilityText, downtimeText } from '../../shared/presentation/availabilityText';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { usePaths } from './estimates';

function PathRow({ p, index }: { p: PathEstimate; index: number }) {
  return (
    <tr data-testid="path-row" data-via={p.path.via}>
      <td>{index === 0 ? '' : ''}{p.path.via === 'vpn' ? 'Site-to-site VPN' : 'ExpressRoute'}</td>
      <td className="htd-num" data-testid="path-rtt">{p.rttMs === null || p.rttMs === undefined || Number.isNaN(p.rttMs) ? '—' : `${p.rttMs.toFixed(1)} ms`}</td>
      <td>{p.overInternet ? <span className="htd-tag is-warn">public internet</span> : <span className="htd-tag is-ok">private</span>}</td>
      <td>{p.encrypted ? <span className="htd-tag is-ok">encrypted</span> : <span className="htd-tag">not encrypted</span>}</td>
      <td title={p.bottleneckAt}>{p.bottleneckMbps === null ? '—' : `${p.bottleneckMbps.toLocaleString('en-US')} Mbps`}</td>
      <td className="htd-num">{availabilityText(p.availability)}</td>
      <td className="htd-num">{downtimeText(p.downtimeMinutesPerMonth)}/mo</td>
    </tr>
  );
}

function SiteVnet({ e }: { e: SiteVnetEstimate }) {
  const names = useAppStore((s) => `${nameOf(s.doc, e.siteId)} → ${nameOf(s.doc, e.vnetId)}`);
  return (
    <div className="htd-site-paths" data-testid={`paths-${e.siteId}-${e.vnetId}`}>
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
          {e.paths.map((p, i) => (
            <PathRow key={p.path.elementIds.join('>')} p={p} index={i} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PathsPanel() {
  const estimates = usePaths();
  return (
    <div className="htd-panel-body" data-testid="paths-panel">
      {estimates.length === 0 && (
        <p className="htd-muted">No site reaches a VNet yet. Link a site to a VPN device and on to a VPN gateway, or through a connectivity partner and a circuit to an ExpressRoute gateway.</p>
      )}
      {estimates.map((e) => (
        <SiteVnet key={`${e.siteId}-${e.vnetId}`} e={e} />
      ))}
    </div>
  );
}
