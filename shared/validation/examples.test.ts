import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../format';
import { validate } from './validate';

const files = readdirSync('examples').filter((f) => f.endsWith('.topo.json'));

describe('the sample designs', () => {
  it.each(files)('%s validates with zero errors', (file) => {
    const loaded = loadDocument(readFileSync(`examples/${file}`, 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const errors = validate(loaded.document).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
