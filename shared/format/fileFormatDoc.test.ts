import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ELEMENT_KIND_INFO } from '../model/elementCatalog';
import { LINK_KIND_INFO } from '../model/linkKinds';
import { elementSchema, linkSchema } from '../model/schema';
import { loadDocument } from './load';

const doc = readFileSync(new URL('../../docs/file-format.md', import.meta.url), 'utf8');

/** The text under "#### `kind` — …" up to the next heading. */
function sectionOf(kind: string): string | undefined {
  const start = doc.indexOf(`#### \`${kind}\` — `);
  if (start === -1) return undefined;
  const end = doc.indexOf('\n#', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** The property names a kind's `props` schema declares. */
function propNames(option: z.ZodObject): string[] {
  const props = option.shape.props as z.ZodPrefault<z.ZodObject>;
  return Object.keys(props.unwrap().shape);
}

const kindOf = (option: z.ZodObject) => (option.shape.kind as z.ZodLiteral<string>).value;

describe('docs/file-format.md', () => {
  it.each(elementSchema.options.map((o) => [kindOf(o), o] as const))('documents the element kind %s and each of its props', (kind, option) => {
    const section = sectionOf(kind);
    expect(section, `a "#### \`${kind}\` — ${ELEMENT_KIND_INFO[kind as keyof typeof ELEMENT_KIND_INFO].label}" section`).toBeDefined();
    for (const prop of propNames(option)) expect(section, `${kind}.${prop}`).toContain(`| \`${prop}\` |`);
  });

  it.each(linkSchema.options.map((o) => [kindOf(o), o] as const))('documents the link kind %s, its ends and its props', (kind, option) => {
    const section = sectionOf(kind);
    expect(section, `a "#### \`${kind}\`" section`).toBeDefined();
    for (const [a, b] of LINK_KIND_INFO[kind as keyof typeof LINK_KIND_INFO].ends) expect(section).toContain(`\`${a}\`–\`${b}\``);
    for (const prop of propNames(option)) expect(section, `${kind}.${prop}`).toContain(`| \`${prop}\` |`);
  });

  it('has a short example that loads without errors or repairs', () => {
    const example = doc.slice(doc.indexOf('## A short example'));
    const json = /```json\n([\s\S]*?)```/.exec(example)![1]!;
    const result = loadDocument(json);
    expect(result.ok && result.repairs).toEqual([]);
  });
});
