import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENT_PRESETS } from '../model/elementCatalog';
import { addLink, createElement, emptyDocument, addElements, allIds } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import { loadDocument, serializeDocument } from './index';

function loaded(text: string): TopologyDocument {
  const result = loadDocument(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.repairs).toEqual([]);
  return result.document;
}

/** One element of every palette preset, and every link the model allows between them. */
function everyKindDocument(): TopologyDocument {
  let doc = emptyDocument('Every kind');
  ELEMENT_PRESETS.forEach((preset, i) => {
    doc = addElements(doc, [createElement(preset, { x: 10 * i, y: 20 * i }, allIds(doc))]);
  });
  for (const a of doc.elements) for (const b of doc.elements) doc = addLink(doc, a.id, b.id);
  return doc;
}

describe('serializeDocument', () => {
  it('writes the envelope, two-space indented, ending in a newline', () => {
    const text = serializeDocument(emptyDocument('Plan'));
    expect(text).toBe(
      [
        '{',
        '  "format": "hybrid-topology-designer",',
        '  "formatVersion": 1,',
        '  "savedBy": {',
        '    "app": "Hybrid Topology Designer",',
        '    "version": "0.1.0"',
        '  },',
        '  "document": {',
        '    "title": "Plan",',
        '    "description": "",',
        '    "elements": [],',
        '    "links": []',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('records who saved the file when told', () => {
    const text = serializeDocument(emptyDocument(), { app: 'topo CLI', version: '9.9.9' });
    expect(JSON.parse(text).savedBy).toEqual({ app: 'topo CLI', version: '9.9.9' });
  });

  it('writes the same bytes whatever order the keys were set in', () => {
    const doc = everyKindDocument();
    const shuffled = JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as TopologyDocument;
    expect(serializeDocument(shuffled)).toBe(serializeDocument(doc));
  });

  it('writes the main fields of elements and links first, then the rest alphabetically', () => {
    const doc = loaded(
      JSON.stringify({
        format: 'hybrid-topology-designer',
        formatVersion: 1,
        document: {
          zebra: 1,
          links: [],
          elements: [{ zeta: 1, alpha: 2, props: {}, kind: 'vnet', position: { y: 2, x: 1 }, id: 'v' }],
          title: 'T',
        },
      }),
    );
    const written = JSON.parse(serializeDocument(doc));
    expect(Object.keys(written.document)).toEqual(['title', 'description', 'elements', 'links', 'zebra']);
    expect(Object.keys(written.document.elements[0])).toEqual(['id', 'kind', 'name', 'position', 'props', 'notes', 'alpha', 'zeta']);
    expect(Object.keys(written.document.elements[0].position)).toEqual(['x', 'y']);
    expect(Object.keys(written.document.elements[0].props)).toEqual(['addressSpaces', 'region']);
  });

  it('leaves out session-only view fields and undefined values', () => {
    const doc = everyKindDocument();
    const withViewState = {
      ...doc,
      elements: doc.elements.map((e) => ({ ...e, selected: true, dragging: true, measured: { width: 1 }, width: 9, height: 9, parentId: undefined })),
      links: doc.links.map((l) => ({ ...l, selected: true })),
    } as TopologyDocument;
    const text = serializeDocument(withViewState);
    for (const field of ['selected', 'dragging', 'measured', '"width": 9', 'parentId']) expect(text).not.toContain(field);
  });

  it('gives back an equal document for a design with every kind of element and link', () => {
    const doc = everyKindDocument();
    expect(doc.links.length).toBeGreaterThan(5);
    expect(loaded(serializeDocument(doc))).toEqual(doc);
  });

  it('gives back an equal document for each fixture the loader accepts, and the same bytes when saved again', () => {
    for (const name of ['good-v1.json', 'dangling-link.json', 'html-in-name.json', 'invalid-cidr.json']) {
      const first = loadDocument(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
      if (!first.ok) throw new Error(name);
      const text = serializeDocument(first.document);
      expect(loaded(text), name).toEqual(first.document);
      expect(serializeDocument(loaded(text)), name).toBe(text);
    }
  });

  it('keeps unknown fields through a save and load', () => {
    const doc = loaded(
      JSON.stringify({
        format: 'hybrid-topology-designer',
        formatVersion: 1,
        document: { layers: [{ name: 'L1' }], elements: [{ id: 'v', kind: 'vnet', position: { x: 0, y: 0 }, tag: { a: [1, null] } }] },
      }),
    );
    expect(loaded(serializeDocument(doc))).toEqual(doc);
    expect(doc).toMatchObject({ layers: [{ name: 'L1' }], elements: [{ tag: { a: [1, null] } }] });
  });
});
