import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KIND_INFO } from '../model/elementCatalog';
import { elementSize } from '../model/geometry';
import { absolutePosition } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import { FILE_EXTENSION, loadDocument, serializeDocument } from './index';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((name) => name.endsWith(FILE_EXTENSION));

function load(name: string): { text: string; document: TopologyDocument } {
  const text = readFileSync(new URL(name, examplesDir), 'utf8');
  const result = loadDocument(text);
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('\n')}`);
  expect(result.repairs, name).toEqual([]);
  return { text, document: result.document };
}

describe('the example designs', () => {
  it('include the site-to-site VPN and ExpressRoute examples', () => {
    expect(examples).toEqual(expect.arrayContaining(['site-to-site-vpn.topo.json', 'expressroute.topo.json']));
  });

  it.each(examples)('%s loads without repairs and is saved in canonical form, byte for byte', (name) => {
    const { text, document } = load(name);
    expect(serializeDocument(document)).toBe(text);
  });

  it.each(examples)('%s has no overlapping top-level nodes and keeps children inside their parents', (name) => {
    const { document } = load(name);
    const box = (e: TopologyDocument['elements'][number]) => {
      const at = absolutePosition(document, e.id);
      const size = elementSize(e);
      return { left: at.x, top: at.y, right: at.x + size.width, bottom: at.y + size.height };
    };
    const byId = new Map(document.elements.map((e) => [e.id, e]));
    for (const e of document.elements) {
      if (ELEMENT_KIND_INFO[e.kind].container) expect(e.size, `${e.id} needs a size`).toBeDefined();
      if (!e.parentId) continue;
      const inner = box(e);
      const outer = box(byId.get(e.parentId)!);
      expect(inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom, e.id).toBe(true);
    }
    const siblingsOverlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const a of document.elements)
      for (const b of document.elements)
        if (a.id < b.id && a.parentId === b.parentId) expect(siblingsOverlap(box(a), box(b)), `${a.id} / ${b.id}`).toBe(false);
  });
});
