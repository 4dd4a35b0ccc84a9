// The cost tab: monthly cost per element and link, each expandable to its formula and inputs,
// and the prices the design overrides (typed in, or imported from an Azure Retail Prices export).
import { useState } from 'react';
import type { CostLine } from '../../shared/estimate/types';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { formatUsd, useCost } from './estimates';
import { PriceOverrides } from './PriceOverrides';

export function CostTotal() {
  const cost = useCost();
  return (
    <span className="htd-cost-total" data-testid="cost-total" title={cost.incomplete ? 'Some prices are unknown: the total is a lower bound.' : undefined}>
      {formatUsd(cost.totalUsd)}
      {cost.incomplete ? '+' : ''}/mo
    </span>
  );
}

function CostRow({ line }: { line: CostLine }) {
  const [open, setOpen] = useState(false);
  const name = useAppStore((s) => nameOf(s.doc, line.itemId));
  return (
    <>
      <tr className={line.monthlyUsd === null ? 'is-unknown' : ''} data-testid={`cost-${line.itemId}`}>
        <td>
          <button type="button" className="htd-expand" aria-expanded={open} onClick={() => setOpen(!open)} data-testid={`expand-${line.itemId}`}>
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
    </>
  );
}

export function CostPanel() {
  const cost = useCost();
  return (
    <div className="htd-panel-body htd-cost" data-testid="cost-panel">
      <div className="htd-cost-columns">
        <table className="htd-cost-table">
          <thead>
            <tr>
              <th>Item</th>
              <th className="htd-money">USD / month</th>
            </tr>
          </thead>
          <tbody>
            {cost.lines.map((line) => (
              <CostRow key={`${line.itemId}-${line.label}`} line={line} />
            ))}
          </tbody>
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
