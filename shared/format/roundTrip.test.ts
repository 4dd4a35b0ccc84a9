// Saving then loading must give back exactly what was loaded, for any document the loader accepts.
// Random documents (seeded, so a failure repeats) stress the corners: odd numbers and text, unknown
// fields anywhere, nesting, every link kind.
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, type ElementKind } from '../model/enums';
import { inferLinkKind } from '../model/linkKinds';
import { FORMAT_ID, loadDocument, serializeDocument } from './index';

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const TEXTS = ['', 'vnet-hub', 'Zürich 🏢', '<b>bold</b> & "quotes"', 'line\nbreak\ttab', '\u2028\u0000', 'a'.repeat(500), '\ud83d'];
const NUMBERS = [0, -0, 1, -1, 0.1, -12.5, 1e21, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2, 123456.789];
// Positions are bounded to ±1e7 by the schema; the extremes of that range round-trip too.
const COORDINATES = [0, -0, 1, -1, 0.1, -12.5, 5e-324, 1e7, -1e7, 123456.789];
const KEYS = ['extra', 'a/b', '~0', '', 'toString', 'hasOwnProperty', 'ünïcode', 'x y'];

function randomJson(r: ReturnType<typeof random>, depth: number): unknown {
  switch (depth > 2 ? r.int(4) : r.int(6)) {
    case 0: return null;
    case 1: return r.next() < 0.5;
    case 2: return r.pick(NUMBERS);
    case 3: return r.pick(TEXTS);
    case 4: return Array.from({ length: r.int(3) }, () => randomJson(r, depth + 1));
    default: return Object.fromEntries(Array.from({ length: r.int(3) }, () => [r.pick(KEYS), randomJson(r, depth + 1)]));
  }
}

function randomDocument(seed: number): unknown {
  const r = random(seed);
  const elements: Record<string, unknown>[] = [];
  const count = 1 + r.int(12);
  for (let i = 0; i < count; i++) {
    const kind: ElementKind = r.pick(ELEMENT_KINDS);
    const element: Record<string, unknown> = {
      id: `${kind}-${i}`,
      kind,
      name: r.pick(TEXTS),
      position: { x: r.pick(COORDINATES), y: r.pick(COORDINATES) },
    };
    if (r.next() < 0.3) element.notes = r.pick(TEXTS);
    if (kind === 'vnet' || kind === 'subnet') element.size = { width: 1 + r.int(500), height: 0.5 + r.int(300) };
    const parents = elements.filter((e) =>
      kind === 'subnet' ? e.kind === 'vnet' : kind === 'vpnGateway' || kind === 'erGateway' ? e.kind === 'vnet' || e.kind === 'subnet' : false,
    );
    if (parents.length > 0 && r.next() < 0.7) element.parentId = r.pick(parents).id;
    if (kind === 'vnet') element.props = { addressSpaces: [r.pick(TEXTS)], region: r.pick(TEXTS) };
    if (r.next() < 0.4) element[r.pick(KEYS.filter((k) => k !== ''))] = randomJson(r, 0);
    if (r.next() < 0.3) element.props = { ...((element.props as object) ?? {}), [r.pick(KEYS)]: randomJson(r, 0) };
    elements.push(element);
  }
  const links: Record<string, unknown>[] = [];
  for (const a of elements)
    for (const b of elements) {
      const kind = String(a.id) < String(b.id) ? inferLinkKind(a.kind as ElementKind, b.kind as ElementKind) : null;
      if (kind && r.next() < 0.5) links.push({ id: `link-${links.length}`, kind, source: a.id, target: b.id, ...(r.next() < 0.3 ? { tag: randomJson(r, 0) } : {}) });
    }
  return { title: r.pick(TEXTS), elements, links, ...(r.next() < 0.3 ? { [r.pick(KEYS)]: randomJson(r, 0) } : {}) };
}

describe('save then load', () => {
  it('gives back an equal document and the same bytes, for 300 random documents', () => {
    for (let seed = 1; seed <= 300; seed++) {
      // JSON.stringify never writes "-0", but a hand-edited file may hold one.
      const written = JSON.stringify({ format: FORMAT_ID, formatVersion: 1, document: randomDocument(seed) });
      const first = loadDocument(written.replaceAll(':0,', ':-0,'));
      if (!first.ok) throw new Error(`seed ${seed}: ${first.errors.map((e) => `${e.pointer} ${e.message}`).join('\n')}`);
      expect(first.repairs, `seed ${seed}`).toEqual([]);
      const text = serializeDocument(first.document);
      const second = loadDocument(text);
      if (!second.ok) throw new Error(`seed ${seed}: saved file does not load`);
      expect(second.repairs, `seed ${seed}`).toEqual([]);
      expect(second.document, `seed ${seed}`).toStrictEqual(first.document);
      expect(serializeDocument(second.document), `seed ${seed}`).toBe(text);
    }
  });
});
