// Builds one cost line: the terms of its formula, the inputs behind them (each price with its id,
// source and provenance), and the prices it is missing. A line is unknown (null) when any term is.
import type { CostInput, CostLine, PriceBook, PriceEntry, Provenance } from './types';
import { flat } from '../kept/flat';
import { emptyList, toSize } from '../kept/lists';

const UNIT_TEXT: Record<PriceEntry['unit'], string> = {
  hour: '$/h',
  'connection-hour': '$/h',
  'scale-unit-hour': '$/h',
  month: '$/month',
  GB: '$/GB',
};

// Hand-rolled rather than Intl/toLocaleString, which cost microseconds a call: an estimate of a
// large design formats thousands of numbers on every edit.
function formatted(n: number, fixed: string): string {
  const negative = n < 0 && fixed.startsWith('-');
  const digits = negative ? fixed.slice(1) : fixed;
  const dot = digits.indexOf('.');
  const whole = dot === -1 ? digits : digits.slice(0, dot);
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${grouped}${dot === -1 ? '' : digits.slice(dot)}`;
}
/** Money for display, to the cent, e.g. 1,533.00 (numbers themselves keep full precision). */
export const usd = (n: number): string => formatted(n, n.toFixed(2));
// Volumes recur across the lines of an estimate (every site sends the same share to each spoke of
// its hub): their text is kept by value, in a map cleared when it grows large.
const GB_TEXT = new Map<number, string>();
const GB_TEXT_LIMIT = 10_000;

/** A volume in GB, to at most 2 decimals, e.g. 10,100 or 333.33. */
export function gb(n: number): string {
  let text = GB_TEXT.get(n);
  if (text === undefined) {
    if (GB_TEXT.size >= GB_TEXT_LIMIT) GB_TEXT.clear();
    text = formatted(n, Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
    GB_TEXT.set(n, text);
  }
  return text;
}
/** A unit price as read (no rounding), or "?" when unknown. */
export const rate = (n: number | null): string => (n === null ? '?' : String(n));

const isSecondary = (p: Provenance) => p === 'secondary' || p === 'assumption';

// The records a line keeps are made by constructors, not literals (../kept/lists.ts).

class KeptLine implements CostLine {
  // The texts of the formula's terms: the one text of a line of one term (most lines), else a list.
  // Their amounts are only summed, when the line is built: kept, each amount was a number object
  // of its own for every collection to copy (docs/performance.md, "Node, twenty-second round").
  readonly #terms: string | readonly string[];
  #formula: string | undefined;

  constructor(
    public itemId: string,
    public label: string,
    public monthlyUsd: number | null,
    terms: string | readonly string[],
    public inputs: CostInput[],
    public unknownPrices: string[],
    public secondary: boolean,
  ) {
    this.#terms = terms;
  }

  // Written when first read (the Cost tab shows it when a line is expanded, the JSON export always):
  // a large design's lines are remade on every edit that reaches them, and most are never shown.
  get formula(): string {
    return (this.#formula ??= formulaOf(this.#terms, this.monthlyUsd));
  }

  toJSON(): CostLine {
    const { itemId, label, monthlyUsd, formula, inputs, unknownPrices, secondary } = this;
    return { itemId, label, monthlyUsd, formula, inputs, unknownPrices, secondary };
  }
}

function formulaOf(terms: string | readonly string[], total: number | null): string {
  const sum = typeof terms === 'string' ? terms : terms.join(' + ');
  return flat(`${sum || '0'} = ${total === null ? 'unknown' : usd(total)}`);
}

class KeptInput implements CostInput {
  declare provenance?: Provenance;

  constructor(
    public name: string,
    public value: string,
    provenance: Provenance | undefined,
  ) {
    if (provenance) this.provenance = provenance;
  }
}

export class LineBuilder {
  private readonly terms: string[] = [];
  /** The sum of the terms' amounts so far; null once one is unknown. */
  private total: number | null = 0;
  private readonly inputs: CostInput[] = [];
  // Made when a price is missing: most lines have none, and an estimate builds hundreds of lines.
  private unknown: Set<string> | undefined;
  private secondary = false;

  constructor(private readonly book: PriceBook) {}

  /** A price from the book, recorded as an input; null, and listed as unknown, when the book has no figure. */
  price(id: string): number | null {
    const entry = Object.hasOwn(this.book.entries, id) ? this.book.entries[id]! : undefined;
    if (entry?.usd === null) (this.unknown ??= new Set()).add(id);
    this.add(describe(this.book, id));
    return entry?.usd ?? null;
  }

  /** An included quantity or tier bound from the book, recorded as an input; null when unknown. */
  allowance(id: string): number | null {
    this.add(describe(this.book, id));
    return Object.hasOwn(this.book.allowances, id) ? this.book.allowances[id]!.quantity : null;
  }

  private add(input: CostInput): void {
    // A line has a handful of inputs: a scan is cheaper than a set.
    if (this.inputs.some((i) => i.name === input.name)) return;
    this.inputs.push(input);
    if (input.provenance && isSecondary(input.provenance)) this.secondary = true;
  }

  /** An input shown with the line; the first one of a name wins, so names stay unique. */
  input(name: string, value: string, provenance?: Provenance): void {
    this.add(new KeptInput(flat(name), flat(value), provenance));
  }

  /**
   * An input made by the caller: one worked out when first read (InputWhenRead), or one made once and
   * shown with many lines (sharedInput).
   */
  madeInput(input: CostInput): void {
    this.add(input);
  }

  /** A term of the formula and its amount in USD a month (null when unknown). */
  term(text: string, amount: number | null): void {
    this.terms.push(flat(text));
    this.total = amount === null || this.total === null ? null : this.total + amount;
  }

  build(itemId: string, label: string): CostLine {
    const { terms } = this;
    // Cost lines are kept with their design: lists to size, and most miss no price (../kept/lists.ts).
    return new KeptLine(itemId, label, this.total, terms.length === 1 ? terms[0]! : toSize(terms), toSize(this.inputs), this.unknown ? [...this.unknown] : emptyList(), this.secondary);
  }
}

/**
 * An input whose value is worked out when first read, and then kept: for long texts the cost panel
 * shows only when a line is expanded (a peering's traffic lists every site behind its hub: some
 * 2,300 texts at 1,000 elements, kept with the design). A subclass keeps what the text is made from,
 * not a closure, which would keep the whole call that made it. Serialises (toJSON) as a plain input.
 */
export abstract class InputWhenRead implements CostInput {
  readonly name: string;
  declare readonly provenance?: Provenance;
  #value: string | undefined;

  constructor(name: string, provenance?: Provenance) {
    this.name = flat(name);
    if (provenance) this.provenance = provenance;
  }

  protected abstract make(): string;

  get value(): string {
    return (this.#value ??= flat(this.make()));
  }

  toJSON(): CostInput {
    return this.provenance ? { name: this.name, value: this.value, provenance: this.provenance } : { name: this.name, value: this.value };
  }
}

/**
 * An input whose text is the same in every line that shows it (what a traffic attribution assumes,
 * an option's meaning): made once, at load, and shared by the lines, as the inputs describing prices
 * are (inputs are read-only).
 */
export function sharedInput(name: string, value: string, provenance?: Provenance): CostInput {
  return new KeptInput(flat(name), flat(value), provenance);
}

// The input describing a price or allowance is the same in every line of an estimate: built once per
// book and shared (inputs are read-only).
const described = new WeakMap<PriceBook, Map<string, CostInput>>();

function describe(book: PriceBook, id: string): CostInput {
  let inputs = described.get(book);
  if (!inputs) described.set(book, (inputs = new Map()));
  let input = inputs.get(id);
  if (!input) inputs.set(id, (input = describeFresh(book, id)));
  return input;
}

function describeFresh(book: PriceBook, id: string): CostInput {
  const entry = Object.hasOwn(book.entries, id) ? book.entries[id] : undefined;
  const allowance = Object.hasOwn(book.allowances, id) ? book.allowances[id] : undefined;
  const found = entry ?? allowance;
  if (!found) return { name: `Price ${id}`, value: 'not in the price book (no such offer)' };
  const note = found.note ? ` · ${found.note}` : '';
  const amount = entry ? entry.usd : allowance!.quantity;
  if (amount === null) return { name: found.label, value: `unknown · ${id}${note}`, provenance: found.provenance };
  const shown = entry ? `${amount} ${UNIT_TEXT[entry.unit]}` : gb(amount);
  return { name: found.label, value: `${shown} · ${id} · ${found.source}${note}`, provenance: found.provenance };
}
