// The cost tab: monthly cost per element and link, each expandable to its formula and inputs,
// and the prices the design overrides (typed in, or imported from an Azure Retail Prices export).
// Only the lines near the scrolled view are drawn (panels/useWindowedRows.ts).
import { useCallback, useRef, useState, type Ref } from 'react';
import type { CostLine } from '../../shared/estimate/types';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { formatUsd, useCost } from './estimates';
import { PriceOverrides } from './PriceOverrides';
import { useWindowedRows } from '../panels/useWindowedRows';

export function CostTotal() {
  const cost = useCost();
  return (
    <span className="htd-cost-total" data-testid="cost-total" title={cost.incomplete ? 'Some prices are unknown: the total is a lower bound.' : undefined}>
      {formatUsd(cost.totalUsd)}
      {cost.incomplete ? '+' : ''}/mo
    </span>
  );
}

/** A line's key: an element or link can have several lines (a gateway and its egress, say). */
const keyOf = (line: CostLine): string => `${line.itemId}-${line.label}`;

/** A line's height before it is measured, px (collapsed). */
const lineHeight = (): number => 22;

/** One line, and its formula and inputs under it while expanded: one measured row of the table. */
function CostRow({ line, open, onToggle, rowIndex, measure }: { line: CostLine; open: boolean; onToggle: () => void; rowIndex: number; measure: (element: Element | null) => void }) {
  const name = useAppStore((s) => nameOf(s.doc, line.itemId));
  return (
    <tbody ref={measure} data-index={rowIndex}>
      <tr className={line.monthlyUsd === null ? 'is-unknown' : ''} data-testid={`cost-${line.itemId}`}>
        <td>
          <button type="button" className="htd-expand" aria-expanded={open} onClick={onToggle} data-testid={`expand-${line.itemId}`}>
            {open ? '▾' : '▸'}
          </button>
          {name} <span className="htd-muted">{line.label}</span>
        </td>
        <td className="htd-money" data-testid={`cost-value-${line.itemId}`}>
          {formatUsd(line.monthlyUsd)}
          {line.secondary && <abbr title="Rests on a secondary source or an assumption"> *</abbr>}
        </td>
      </tr>
      {open && (
        <tr className="htd-cost-detail" data-testid={`formula-${line.itemId}`}>
          <td colSpan={2}>
            <div className="htd-formula">{line.formula}</div>
            <ul>
              {line.inputs.map((i) => (
                <li key={i.name}>
                  {i.name}: <strong>{i.value}</strong>
                  {i.provenance && i.provenance !== 'doc' && <span className="htd-muted"> ({i.provenance})</span>}
                </li>
              ))}
            </ul>
            {line.unknownPrices.length > 0 && <p className="htd-muted">No trustworthy price for {line.unknownPrices.join(', ')}: set one under Price overrides.</p>}
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** A spacer standing for the lines not drawn (panels/useWindowedRows.ts). */
function Spacer({ height, ref }: { height: number; ref?: Ref<HTMLTableSectionElement> }) {
  return (
    <tbody aria-hidden ref={ref}>
      <tr>
        <td colSpan={2} className="htd-spacer" style={{ height }} />
      </tr>
    </tbody>
  );
}

export function CostPanel() {
  const cost = useCost();
  // Which lines are expanded: kept here, as a line scrolled out of the drawn window is unmounted.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setExpanded((was) => {
      const now = new Set(was);
      if (!now.delete(key)) now.add(key);
      return now;
    });
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLTableSectionElement>(null);
  const lineKey = useCallback((i: number) => keyOf(cost.lines[i]!), [cost.lines]);
  const windowed = useWindowedRows({ scroller, list, count: cost.lines.length, estimate: lineHeight, keyOf: lineKey });
  return (
    <div className="htd-panel-body htd-cost" data-testid="cost-panel" ref={scroller}>
      <div className="htd-cost-columns">
        <table className="htd-cost-table">
          <thead>
            <tr>
              <th>Item</th>
              <th className="htd-money">USD / month</th>
            </tr>
          </thead>
          <Spacer height={windowed.before} ref={list} />
          {windowed.rows.map((r) => {
            const line = cost.lines[r.index]!;
            const key = keyOf(line);
            return <CostRow key={key} line={line} open={expanded.has(key)} onToggle={() => toggle(key)} rowIndex={r.index} measure={windowed.measure} />;
          })}
          <Spacer height={windowed.after} />
          <tfoot>
            <tr>
              <th>Total{cost.incomplete ? ' (some prices unknown: lower bound)' : ''}</th>
              <th className="htd-money" data-testid="cost-panel-total">
                {formatUsd(cost.totalUsd)}
              </th>
            </tr>
          </tfoot>
        </table>
        <PriceOverrides />
      </div>
      <p className="htd-muted">
        Prices in {cost.currency} from the price book dated {cost.effectiveDate}; * marks figures from a secondary source or an assumption. Confirm
        before quoting.
      </p>
    </div>
  );
}
