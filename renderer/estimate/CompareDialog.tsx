// "VPN Gateway or ExpressRoute?" for the selected site: the two options side by side with cost,
// round-trip time, bandwidth, availability, encryption and internet exposure, and the volumes at
// which the answer changes.
import { useEffect, useMemo, useRef } from 'react';
import { compareForSite, type OptionFigures } from '../../shared/estimate/compare';
import { availabilityText, downtimeText } from '../../shared/presentation/availabilityText';
import { useAppStore } from '../store/store';
import { formatUsd } from './estimates';
import { CostChart } from './CostChart';
import { useFocusTrap } from '../chrome/useFocusTrap';

function rows(o: OptionFigures): Array<[string, string]> {
  const p = o.path;
  return [
    ['Monthly cost', `${formatUsd(o.monthlyUsd)}${o.costIncomplete ? '+ (a price is unknown)' : ''}`],
    ['Round-trip time', p?.rttMs === null || p?.rttMs === undefined ? 'unknown (set the site coordinates)' : `${p.rttMs.toFixed(1)} ms`],
    ['Bandwidth', p?.bottleneckMbps ? `${p.bottleneckMbps.toLocaleString('en-US')} Mbps (${p.bottleneckAt})` : '—'],
    ['Availability', p ? `${availabilityText(p.availability)} (${downtimeText(p.downtimeMinutesPerMonth)} down a month)` : '—'],
    ['Encryption', p?.encrypted ? 'IPsec encrypted' : 'Not encrypted (add MACsec or IPsec over ExpressRoute)'],
    ['Internet exposure', p?.overInternet ? 'Crosses the public internet' : 'Private, never on the internet'],
    ['Jitter', p?.jitter ?? '—'],
  ];
}

const close = () => useAppStore.setState({ compareSiteId: null });

export function CompareDialog() {
  const siteId = useAppStore((s) => s.compareSiteId);
  return siteId ? <OpenCompareDialog siteId={siteId} /> : null;
}

/** Mounted only while open, so the focus trap starts and ends with the dialog. */
function OpenCompareDialog({ siteId }: { siteId: string }) {
  const doc = useAppStore((s) => s.doc);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  const comparison = useMemo(() => compareForSite(doc, siteId), [doc, siteId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!comparison) return null;
  const siteName = doc.elements.find((e) => e.id === siteId)?.name || siteId;
  return (
    <div className="htd-dialog-backdrop" onClick={close}>
      <div ref={dialog} className="htd-dialog htd-compare" role="dialog" aria-modal="true" tabIndex={-1} aria-label="VPN or ExpressRoute?" onClick={(e) => e.stopPropagation()} data-testid="compare-dialog">
        <header>
          <h2>VPN or ExpressRoute? — {siteName}</h2>
          <button type="button" aria-label="Close" onClick={close} data-testid="compare-close">
            ×
          </button>
        </header>
        {'error' in comparison ? (
          <p>{comparison.error}</p>
        ) : (
          <>
            <p className="htd-muted">
              To {doc.elements.find((e) => e.id === comparison.vnetId)?.name || comparison.vnetId}, with {comparison.trafficGbPerMonth.toLocaleString('en-US')} GB a month of traffic
              from Azure (set it on the site).
            </p>
            <table className="htd-compare-table">
              <thead>
                <tr>
                  <th />
                  {[comparison.vpn, comparison.expressRoute].map((o) => (
                    <th key={o.via} data-testid={`option-${o.via}`}>
                      {o.via === 'vpn' ? 'Site-to-site VPN' : 'ExpressRoute'}
                      <div className="htd-muted">{o.description}{o.hypothetical ? ' (hypothetical)' : ' (in the design)'}</div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows(comparison.vpn).map(([label, vpn], i) => (
                  <tr key={label}>
                    <th>{label}</th>
                    <td data-testid={`vpn-${label}`}>{vpn}</td>
                    <td data-testid={`er-${label}`}>{rows(comparison.expressRoute)[i]![1]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="htd-compare-chart">
              <CostChart comparison={comparison} />
              <ul className="htd-compare-notes">
                <li>
                  <span className="htd-swatch is-vpn" /> VPN gateway plus internet egress; <span className="htd-swatch is-er" /> ExpressRoute (Metered) gateway, circuit and egress.
                </li>
                <li data-testid="break-even">
                  {comparison.expressRouteCheaperAboveGb === null
                    ? 'ExpressRoute does not become cheaper than VPN in this range.'
                    : `ExpressRoute costs less than VPN above ${comparison.expressRouteCheaperAboveGb.toLocaleString('en-US')} GB a month.`}
                </li>
                <li>
                  {comparison.unlimitedCheaperAboveGb === null
                    ? 'Metered vs Unlimited: no break-even computed.'
                    : `An Unlimited circuit costs less than Metered above ${comparison.unlimitedCheaperAboveGb.toLocaleString('en-US')} GB a month.`}
                </li>
                {[...comparison.breakEvenNotes, ...comparison.vpn.notes, ...comparison.expressRoute.notes].map((n) => (
                  <li key={n} className="htd-muted">
                    {n}
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
