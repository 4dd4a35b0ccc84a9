// Property tests of the load pipeline with fast-check: random damage to real design files never
// makes loadDocument throw or touch Object.prototype, and whatever it accepts survives a save and
// load exactly. The seed is fixed, so a failure repeats; fast-check prints the shrunk case.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_EXTENSION, loadDocument, serializeDocument, type LoadResult } from './index';

const SEED = 20_250_304;
const examplesDir = new URL('../../examples/', import.meta.url);
const seedFiles = [
  ...readdirSync(examplesDir)
    .filter((name) => name.endsWith(FILE_EXTENSION))
    .map((name) => readFileSync(new URL(name, examplesDir), 'utf8')),
  readFileSync(new URL('./fixtures/good-v1.json', import.meta.url), 'utf8'),
];

// Numbers JSON.stringify cannot write (NaN, 1e400) or writes differently (-0 as 0) go into the text
// through a marker that is swapped for the raw token after stringifying.
const RAW = /"@@raw:([^"@]*)@@"/g;
const RAW_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e308', '-1e308', '-0', '5e-324', '1e-400', '9007199254740993', '1e7', '-10000001'];

/** Ids, kinds and keys of the seed files, so mutations also make duplicates and dangling links. */
const SEED_WORDS = [
  ...new Set(seedFiles.flatMap((text) => [...text.matchAll(/"(?:id|kind|source|target|parentId)": "([^"]+)"/g)].map((m) => m[1]!))),
];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'kind', 'name', 'source', 'target', 'parentId',
  'position', 'size', 'x', 'y', 'props', 'elements', 'links', 'document', 'format', 'formatVersion', 'title'];

const jsonValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_NUMBERS).map((raw) => `@@raw:${raw}@@`) },
  { weight: 2, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, '', {}, [], { x: 1, y: 2 }, { __proto__: null, polluted: true }) },
  { weight: 1, arbitrary: fc.double() },
);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));

type Mutation = { op: 'delete' | 'replace' | 'add'; at: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'replace', 'add'),
  at: fc.nat(),
  key,
  value: jsonValue,
});

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function containersOf(root: unknown): Container[] {
  const found: Container[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isContainer(value)) continue;
    found.push(value);
    stack.push(...Object.values(value));
  }
  return found;
}

/** Sets an own property, as JSON.parse does: assigning to "__proto__" would set the prototype instead. */
function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: unknown, { op, at, key: name, value }: Mutation): unknown {
  const slots = containersOf(root).flatMap((container) => Object.keys(container).map((k) => ({ container, key: k })));
  if (op === 'add') {
    const containers = containersOf(root);
    if (containers.length === 0) return value;
    const target = containers[at % containers.length]!;
    if (Array.isArray(target)) target.splice(at % (target.length + 1), 0, value);
    else setOwn(target, name, value);
    return root;
  }
  if (slots.length === 0) return op === 'replace' ? value : root;
  const { container, key: slot } = slots[at % slots.length]!;
  if (Array.isArray(container)) {
    if (op === 'delete') container.splice(Number(slot), 1);
    else container[Number(slot)] = value;
  } else if (op === 'delete') {
    delete container[slot];
  } else {
    setOwn(container, slot, value);
  }
  return root;
}

/** Damage to the text itself: cut short, or a few characters written over. */
type TextDamage = { kind: 'none' } | { kind: 'truncate'; at: number } | { kind: 'overwrite'; at: number; text: string };
const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }) },
);

function damage(text: string, change: TextDamage): string {
  if (change.kind === 'none') return text;
  const at = change.at % (text.length + 1);
  return change.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + change.text + text.slice(at + change.text.length);
}

const damagedFile = fc
  .record({
    seed: fc.nat({ max: seedFiles.length - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    textDamage,
  })
  .map(({ seed, mutations, textDamage: change }) => {
    let value: unknown = JSON.parse(seedFiles[seed]!);
    for (const m of mutations) value = mutate(value, m);
    return damage(JSON.stringify(value, null, 2).replace(RAW, '$1'), change);
  });

/** Every own property of the built-in prototypes a polluting loader could reach. */
function prototypeFingerprint(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

function expectWellFormed(result: LoadResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.message).toBe('string');
    expect(error.message).not.toMatch(/internal error/);
    expect(error.pointer === '' || error.pointer.startsWith('/')).toBe(true);
  }
}

describe('loading damaged design files (fast-check)', () => {
  it('never throws, never reports an internal error, and leaves Object.prototype alone', () => {
    const before = prototypeFingerprint();
    let accepted = 0;
    fc.assert(
      fc.property(damagedFile, (text) => {
        const result = loadDocument(text);
        expectWellFormed(result);
        if (result.ok) accepted++;
        expect(prototypeFingerprint()).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    expect(prototypeFingerprint()).toBe(before);
    // Both outcomes must be exercised for the run to mean anything.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(1_000);
  });

  it('gives back what it accepted through save and load, and saves it byte-identical a second time', () => {
    fc.assert(
      fc.property(damagedFile, (text) => {
        const first = loadDocument(text);
        if (!first.ok) return;
        const saved = serializeDocument(first.document);
        const again = loadDocument(saved);
        if (!again.ok) throw new Error(`a saved document was refused: ${again.errors.map((e) => e.message).join('; ')}`);
        expect(again.document).toEqual(first.document);
        expect(again.repairs).toEqual([]);
        expect(serializeDocument(again.document)).toBe(saved);
      }),
      { seed: SEED + 1, numRuns: 1_000 },
    );
  });
});
