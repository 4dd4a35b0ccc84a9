import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../constants';
import { loadDocument } from '../load';
import { MIGRATIONS, type Migration } from './index';
import { runMigrations } from './runMigrations';

describe('the migration list', () => {
  it('has one step per version, from 1 up to the current format version, with no gaps', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it('names every step, each differently', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names.every((n) => n.trim().length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a sample file of every format version that loads without errors', () => {
    for (let version = 1; version <= FORMAT_VERSION; version++) {
      const sample = new URL(`../fixtures/good-v${version}.json`, import.meta.url);
      expect(existsSync(sample), `fixtures/good-v${version}.json`).toBe(true);
      const result = loadDocument(readFileSync(sample, 'utf8'));
      expect(result.ok, `fixtures/good-v${version}.json`).toBe(true);
      if (result.ok) expect(result.migratedFrom).toBe(version < FORMAT_VERSION ? version : undefined);
    }
  });
});

describe('runMigrations', () => {
  const step = (from: number, change: (doc: Record<string, unknown>) => Record<string, unknown>): Migration => ({
    from,
    to: from + 1,
    name: `step ${from}`,
    migrate: (doc) => change(doc as Record<string, unknown>),
  });
  const steps = [
    step(1, (d) => ({ ...d, trail: ['1→2'] })),
    step(2, (d) => ({ ...d, trail: [...((d.trail as string[]) ?? []), '2→3'] })),
    step(3, (d) => ({ ...d, trail: [...((d.trail as string[]) ?? []), '3→4'] })),
  ];

  it('runs every step from the file version up, in order', () => {
    expect(runMigrations({}, 1, steps, 4)).toEqual({ ok: true, document: { trail: ['1→2', '2→3', '3→4'] } });
  });

  it('skips the steps older than the file', () => {
    expect(runMigrations({}, 3, steps, 4)).toEqual({ ok: true, document: { trail: ['3→4'] } });
  });

  it('leaves a current document as it is', () => {
    const doc = { title: 'x' };
    expect(runMigrations(doc, 4, steps, 4)).toEqual({ ok: true, document: doc });
  });

  it('reports a step that throws by name, without throwing itself', () => {
    const broken: Migration = { from: 2, to: 3, name: 'split address spaces', migrate: () => { throw new Error('elements is not a list'); } };
    expect(runMigrations({}, 1, [steps[0]!, broken, steps[2]!], 4)).toEqual({
      ok: false,
      errors: [
        {
          message: 'Could not upgrade the design from file format 2 to 3 (split address spaces): elements is not a list',
          pointer: '/document',
        },
      ],
    });
  });

  it('refuses when a step is missing', () => {
    expect(runMigrations({}, 1, [steps[0]!, steps[2]!], 4)).toEqual({
      ok: false,
      errors: [{ message: 'No upgrade path from file format 2 to 4.', pointer: '/formatVersion' }],
    });
  });
});
