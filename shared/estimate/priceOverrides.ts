// A design's own prices laid over the price book. The document stores plain numbers by id
// (`priceOverrides`); the book keeps its figures, sources and notes, so an override can say what it
// replaced. Ids the book does not know are ignored here (the document keeps them, for newer releases).
import type { TopologyDocument } from '../model/types';
import type { PriceBook } from './types';

const NO_OVERRIDES: Readonly<Record<string, number>> = Object.freeze({});

/** The document's price overrides, or none. */
export function priceOverridesOf(doc: TopologyDocument): Readonly<Record<string, number>> {
  return doc.priceOverrides ?? NO_OVERRIDES;
}

const usable = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

// Edits that do not touch the overrides keep the same object, so the overridden book is built once
// per book and overrides object, and what is cached per book (see costLine) stays warm.
const applied = new WeakMap<PriceBook, WeakMap<object, PriceBook>>();

/**
 * The book with each known price or allowance replaced by the override of the same id, marked
 * `override`. Returns the book itself when nothing applies. Memoised on both arguments.
 */
export function applyPriceOverrides(book: PriceBook, overrides: Readonly<Record<string, number>>): PriceBook {
  let byOverrides = applied.get(book);
  if (!byOverrides) applied.set(book, (byOverrides = new WeakMap()));
  let result = byOverrides.get(overrides);
  if (!result) byOverrides.set(overrides, (result = overridden(book, overrides)));
  return result;
}

function overridden(book: PriceBook, overrides: Readonly<Record<string, number>>): PriceBook {
  let entries: Record<string, PriceBook['entries'][string]> | undefined;
  let allowances: Record<string, PriceBook['allowances'][string]> | undefined;
  for (const [id, value] of Object.entries(overrides)) {
    if (!usable(value)) continue;
    if (Object.hasOwn(book.entries, id)) {
      const entry = book.entries[id]!;
      entries ??= { ...book.entries };
      entries[id] = { ...entry, usd: value, provenance: 'override', source: 'Price override saved in the design', note: replaced(entry.usd, entry.source) };
    } else if (Object.hasOwn(book.allowances, id)) {
      const allowance = book.allowances[id]!;
      allowances ??= { ...book.allowances };
      allowances[id] = {
        ...allowance,
        quantity: value,
        provenance: 'override',
        source: 'Override saved in the design',
        note: replaced(allowance.quantity, allowance.source),
      };
    }
  }
  if (!entries && !allowances) return book;
  return { ...book, entries: entries ?? book.entries, allowances: allowances ?? book.allowances };
}

function replaced(value: number | null, source: string): string {
  return value === null ? 'Replaces a figure the price book does not know.' : `Replaces ${value} (${source}).`;
}
