// Price overrides saved with the design: fill a price the book does not know, replace one with the
// customer's own, or import a whole price list exported from the Azure Retail Prices API (offline).
import { useMemo, useState } from 'react';
import { DEFAULT_PRICE_BOOK } from '../../shared/data/priceBook';
import { importRetailPrices } from '../../shared/estimate/retailPrices';
import { useAppStore } from '../store/store';
import { useCost } from './estimates';
import { NumberField } from '../inspector/fields';

const NO_OVERRIDES: Readonly<Record<string, number>> = {};

function setOverride(id: string, usd: number | null): void {
  useAppStore.getState().edit((doc) => {
    const next = { ...doc.priceOverrides };
    if (usd === null) delete next[id];
    else next[id] = usd;
    return { ...doc, priceOverrides: next };
  }, `price:${id}`);
}

async function importFile(file: File): Promise<void> {
  const store = useAppStore.getState();
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    store.notify('error', `${file.name} is not JSON: ${(error as Error).message}`);
    return;
  }
  const result = importRetailPrices(json, DEFAULT_PRICE_BOOK);
  if (result.errors.length > 0) {
    store.notify('error', `Could not import ${file.name}:\n${result.errors.slice(0, 3).join('\n')}`);
    return;
  }
  if (Object.keys(result.overrides).length === 0) {
    store.notify('info', `${file.name}: no price in it matched the price book (${result.unmatched} items not recognised).`);
    return;
  }
  store.edit((doc) => ({ ...doc, priceOverrides: { ...doc.priceOverrides, ...result.overrides } }));
  store.notify('info', `Imported ${Object.keys(result.overrides).length} prices from ${file.name} (${result.unmatched} items not recognised).`);
}

export function PriceOverrides() {
  const overrides = useAppStore((s) => s.doc.priceOverrides) ?? NO_OVERRIDES;
  const cost = useCost();
  const [adding, setAdding] = useState('');
  const unknown = useMemo(() => [...new Set(cost.lines.flatMap((l) => l.unknownPrices))].filter((id) => !(id in overrides)), [cost, overrides]);
  const shown = [...new Set([...unknown, ...Object.keys(overrides)])];
  const label = (id: string) => DEFAULT_PRICE_BOOK.entries[id]?.label ?? id;
  const unit = (id: string) => DEFAULT_PRICE_BOOK.entries[id]?.unit ?? '';
  return (
    <div className="htd-price-overrides" data-testid="price-overrides">
      <h3>Price overrides</h3>
      {shown.length === 0 && <p className="htd-muted">The design uses the price book as it is.</p>}
      {shown.map((id) => (
        <div key={id} className="htd-override-row">
          <NumberField
            label={`${label(id)} ($/${unit(id)})`}
            value={overrides[id] ?? null}
            min={0}
            optional
            hint={id in overrides ? `Book: ${DEFAULT_PRICE_BOOK.entries[id]?.usd ?? 'unknown'}` : 'No trustworthy figure: enter one'}
            onCommit={(v) => setOverride(id, v)}
            testId={`override-${id}`}
          />
        </div>
      ))}
      <div className="htd-override-add">
        <select value={adding} onChange={(e) => setAdding(e.target.value)} aria-label="Price to override" data-testid="override-pick">
          <option value="">Override another price…</option>
          {Object.values(DEFAULT_PRICE_BOOK.entries)
            .filter((e) => !shown.includes(e.id))
            .map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
        </select>
        <button type="button" disabled={!adding} onClick={() => { setOverride(adding, DEFAULT_PRICE_BOOK.entries[adding]?.usd ?? 0); setAdding(''); }}>
          Add
        </button>
      </div>
      <label className="htd-link-button htd-import">
        Import Azure Retail Prices JSON…
        <input type="file" accept=".json,application/json" hidden onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} data-testid="import-prices" />
      </label>
    </div>
  );
}
