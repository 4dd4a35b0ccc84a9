// Monthly cost of VPN and ExpressRoute against traffic volume: where the lines cross is the
// volume at which ExpressRoute becomes the cheaper option. Plain SVG: it exports and prints crisply.
import type { Comparison } from '../../shared/estimate/compare';

const W = 460;
const H = 200;
const PAD = { left: 56, right: 12, top: 12, bottom: 34 };

export function CostChart({ comparison }: { comparison: Comparison }) {
  const { curve } = comparison;
  const maxGb = curve[curve.length - 1]?.gb || 1;
  const maxUsd = Math.max(1, ...curve.flatMap((p) => [p.vpnUsd, p.expressRouteUsd])) * 1.05;
  const x = (gb: number) => PAD.left + (gb / maxGb) * (W - PAD.left - PAD.right);
  const y = (usd: number) => H - PAD.bottom - (usd / maxUsd) * (H - PAD.top - PAD.bottom);
  const line = (pick: (p: (typeof curve)[number]) => number) => curve.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.gb).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const crossing = comparison.expressRouteCheaperAboveGb;
  return (
    <svg className="htd-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Monthly cost by traffic volume" data-testid="cost-chart">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(maxUsd * t)} y2={y(maxUsd * t)} className="htd-chart-grid" />
          <text x={PAD.left - 6} y={y(maxUsd * t) + 4} textAnchor="end" className="htd-chart-label">
            ${Math.round(maxUsd * t).toLocaleString('en-US')}
          </text>
          <text x={x(maxGb * t)} y={H - PAD.bottom + 16} textAnchor="middle" className="htd-chart-label">
            {Math.round(maxGb * t).toLocaleString('en-US')}
          </text>
        </g>
      ))}
      <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="htd-chart-label">
        GB a month sent from Azure to the site
      </text>
      <path d={line((p) => p.vpnUsd)} className="htd-chart-vpn" />
      <path d={line((p) => p.expressRouteUsd)} className="htd-chart-er" />
      {crossing !== null && crossing <= maxGb && (
        <g>
          <line x1={x(crossing)} x2={x(crossing)} y1={PAD.top} y2={H - PAD.bottom} className="htd-chart-cross" />
          <text x={x(crossing) + 4} y={PAD.top + 10} className="htd-chart-label">
            break-even {crossing.toLocaleString('en-US')} GB
          </text>
        </g>
      )}
      <line x1={x(comparison.trafficGbPerMonth)} x2={x(comparison.trafficGbPerMonth)} y1={PAD.top} y2={H - PAD.bottom} className="htd-chart-now" />
    </svg>
  );
}
