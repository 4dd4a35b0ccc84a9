import { describe, expect, it } from 'vitest';
import { documentSchema } from '../model/schema';
import type { TopologyDocument } from '../model/types';
import { normalise } from './normalise';

const doc = (raw: { elements?: unknown[]; links?: unknown[] }): TopologyDocument => documentSchema.parse(raw);
const at = (id: string, kind: string, x: number, y: number, parentId?: string) => ({
  id,
  kind,
  position: { x, y },
  ...(parentId ? { parentId } : {}),
});
const link = (id: string, kind: string, source: string, target: string) => ({ id, kind, source, target });

function repaired(document: TopologyDocument) {
  const result = normalise(document);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
}

describe('normalise', () => {
  it('leaves a sound document as it is', () => {
    const input = doc({
      elements: [at('v', 'vnet', 700, 0), at('g', 'subnet', 20, 40, 'v'), at('gw', 'vpnGateway', 10, 10, 'g'), at('d', 'vpnDevice', 0, 0)],
      links: [link('l', 's2s', 'd', 'gw')],
    });
    expect(repaired(input)).toEqual({ ok: true, document: input, repairs: [] });
  });

  it('refuses an id shared by an element and a link', () => {
    const result = normalise(doc({ elements: [at('x', 'vnet', 0, 0), at('y', 'vnet', 0, 0)], links: [link('x', 'vnetPeering', 'x', 'y')] }));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          message: 'Duplicate id "x": used by /document/elements/0 and /document/links/0; ids must be unique.',
          pointer: '/document/links/0/id',
          elementId: 'x',
        },
      ],
    });
  });

  it.each([
    ['a missing source', link('l', 'lastMile', 'gone', 's'), 'its source "gone" does not exist'],
    ['a missing target', link('l', 'lastMile', 's', 'gone'), 'its target "gone" does not exist'],
    ['two missing ends', link('l', 'lastMile', 'a', 'b'), 'neither end exists ("a", "b")'],
    ['an element linked to itself', link('l', 'vnetPeering', 'v', 'v'), 'it joins an element to itself'],
    [
      'a kind that does not fit its ends',
      link('l', 's2s', 's', 'v'),
      'a link of kind "s2s" (Site-to-site IPsec) cannot join On-premises site "s" and Virtual network "v"',
    ],
  ])('drops a link with %s and reports it', (_, bad, why) => {
    const result = repaired(doc({ elements: [at('s', 'onPremSite', 0, 0), at('v', 'vnet', 700, 0)], links: [bad] }));
    expect(result.document.links).toEqual([]);
    expect(result.repairs).toEqual([
      { message: `Link "l" (links/0): ${why}; the link was removed.`, pointer: '/document/links/0', elementId: 'l' },
    ]);
  });

  it('keeps a link drawn in either direction', () => {
    const input = doc({
      elements: [at('s', 'onPremSite', 0, 0), at('d', 'vpnDevice', 0, 200)],
      links: [link('a', 'lastMile', 's', 'd'), link('b', 'lastMile', 'd', 's')],
    });
    expect(repaired(input).repairs).toEqual([]);
  });

  it('moves an element whose parent is missing to the top level, keeping its position', () => {
    const result = repaired(doc({ elements: [at('gw', 'vpnGateway', 30, 40, 'gone')] }));
    expect(result.document.elements[0]).not.toHaveProperty('parentId');
    expect(result.document.elements[0]!.position).toEqual({ x: 30, y: 40 });
    expect(result.repairs).toEqual([
      {
        message: 'Element "gw" (elements/0): its parent "gone" does not exist; it was moved to the top level.',
        pointer: '/document/elements/0/parentId',
        elementId: 'gw',
      },
    ]);
  });

  it('moves an element out of a parent that cannot hold it, keeping where it is drawn', () => {
    const result = repaired(
      doc({
        elements: [at('v', 'vnet', 700, 100), at('g', 'subnet', 20, 40, 'v'), at('site', 'onPremSite', 5, 6, 'g')],
      }),
    );
    expect(result.document.elements[2]).toEqual(expect.not.objectContaining({ parentId: expect.anything() }));
    expect(result.document.elements[2]!.position).toEqual({ x: 725, y: 146 });
    expect(result.repairs[0]!.message).toBe(
      'Element "site" (elements/2): it cannot be nested in its parent "g" (On-premises site in Subnet); it was moved to the top level.',
    );
  });

  it('computes the absolute position before moving a chain of wrongly nested elements', () => {
    const result = repaired(
      doc({ elements: [at('site', 'onPremSite', 1, 2, 'v'), at('v', 'vnet', 10, 20, 'p'), at('p', 'peeringLocation', 100, 200)] }),
    );
    const positions = Object.fromEntries(result.document.elements.map((e) => [e.id, e.position]));
    expect(positions).toEqual({ site: { x: 111, y: 222 }, v: { x: 110, y: 220 }, p: { x: 100, y: 200 } });
    expect(result.document.elements.every((e) => e.parentId === undefined)).toBe(true);
  });

  it('breaks a loop of parents and reports it', () => {
    const result = repaired(doc({ elements: [at('s', 'subnet', 0, 0, 'v'), at('v', 'vnet', 0, 0, 's')] }));
    expect(result.document.elements.map((e) => e.parentId)).toEqual(['v', undefined]);
    expect(result.repairs).toEqual([
      {
        message: 'Element "v" (elements/1): its chain of parents loops back to itself; it was moved to the top level.',
        pointer: '/document/elements/1/parentId',
        elementId: 'v',
      },
    ]);
  });

  it('handles an element that is its own parent', () => {
    const result = repaired(doc({ elements: [at('s', 'subnet', 3, 4, 's')] }));
    expect(result.document.elements[0]).toEqual(expect.objectContaining({ id: 's', position: { x: 3, y: 4 } }));
    expect(result.document.elements[0]).not.toHaveProperty('parentId');
    expect(result.repairs).toHaveLength(1);
  });

  it('repairs a chain of 20,000 wrongly nested elements without overflowing the stack', () => {
    const elements = Array.from({ length: 20_000 }, (_, i) => at(`s${i}`, 'subnet', 1, 1, i > 0 ? `s${i - 1}` : undefined));
    const result = repaired(doc({ elements }));
    expect(result.repairs).toHaveLength(19_999);
    expect(result.document.elements[19_999]!.position).toEqual({ x: 20_000, y: 20_000 });
  });

  it('keeps the links of an element it moves to the top level', () => {
    const result = repaired(
      doc({ elements: [at('gw', 'vpnGateway', 0, 0, 'gone'), at('d', 'vpnDevice', 0, 0)], links: [link('l', 's2s', 'd', 'gw')] }),
    );
    expect(result.document.links.map((l) => l.id)).toEqual(['l']);
  });
});
