import { describe, expect, it } from 'vitest';
import { GATEWAY_SUBNET_NAME, presetById } from './elementCatalog';
import type { ElementKind } from './enums';
import {
  absolutePosition,
  addLink,
  allIds,
  cloneItems,
  createElement,
  deleteItems,
  extractItems,
  nestingParent,
  nextId,
  pasteItems,
  updateElement,
  withDescendants,
} from './operations';
import { documentSchema } from './schema';
import type { TopologyDocument } from './types';

const el = (id: string, kind: ElementKind, x: number, y: number, parentId?: string, name?: string) => ({
  id,
  kind,
  position: { x, y },
  ...(parentId ? { parentId } : {}),
  ...(name ? { name } : {}),
});
const link = (id: string, kind: string, source: string, target: string) => ({ id, kind, source, target });

/** Hub VNet with a GatewaySubnet (holding a VPN gateway) and a workload subnet; a spoke VNet; an office. */
function hubDocument(): TopologyDocument {
  return documentSchema.parse({
    elements: [
      el('hub', 'vnet', 700, 40),
      el('gws', 'subnet', 20, 50, 'hub', GATEWAY_SUBNET_NAME),
      el('vpngw', 'vpnGateway', 120, 24, 'gws'),
      el('work', 'subnet', 20, 180, 'hub', 'snet-workload'),
      el('spoke', 'vnet', 700, 500),
      el('spoke-work', 'subnet', 20, 50, 'spoke', 'snet-app'),
      el('device', 'vpnDevice', 0, 200),
      el('office', 'onPremSite', 0, 40),
    ],
    links: [
      link('s2s-1', 's2s', 'device', 'vpngw'),
      link('lastMile-1', 'lastMile', 'office', 'device'),
      link('vnetPeering-1', 'vnetPeering', 'hub', 'spoke'),
    ],
  });
}

const byId = (doc: TopologyDocument, id: string) => doc.elements.find((e) => e.id === id);

describe('nextId', () => {
  it.each<[string[], string]>([
    [[], 'vnet-1'],
    [['vnet-1', 'vnet-2'], 'vnet-3'],
    [['vnet-2', 'vnet-3'], 'vnet-1'],
    [['vnet-1', 'vnet-3'], 'vnet-2'],
    [['subnet-1'], 'vnet-1'],
  ])('given %j picks %s', (taken, expected) => {
    expect(nextId('vnet', new Set(taken))).toBe(expected);
  });
});

describe('nestingParent', () => {
  const doc = hubDocument();
  const spokeOnly = { ...doc, elements: doc.elements.filter((e) => e.id !== 'gws' && e.id !== 'vpngw') };

  it.each<[string, ElementKind, string | undefined, string | undefined]>([
    ['a VPN gateway dropped on a VNet goes into its GatewaySubnet', 'vpnGateway', 'hub', 'gws'],
    ['an ER gateway dropped on a VNet goes into its GatewaySubnet', 'erGateway', 'hub', 'gws'],
    ['a gateway dropped on a workload subnet goes into the GatewaySubnet beside it', 'vpnGateway', 'work', 'gws'],
    ['a gateway dropped on the GatewaySubnet stays there', 'erGateway', 'gws', 'gws'],
    ['a gateway dropped on a VNet without a GatewaySubnet goes into the VNet', 'vpnGateway', 'spoke', 'spoke'],
    ['a subnet dropped on a VNet goes into it', 'subnet', 'spoke', 'spoke'],
    ['a subnet dropped on a subnet goes into that subnet’s VNet', 'subnet', 'spoke-work', 'spoke'],
    ['a site dropped on a VNet stays at the top level', 'onPremSite', 'hub', undefined],
    ['a gateway dropped on a site stays at the top level', 'vpnGateway', 'office', undefined],
    ['a VNet dropped on a VNet stays at the top level', 'vnet', 'hub', undefined],
    ['anything dropped on empty canvas stays at the top level', 'subnet', undefined, undefined],
  ])('%s', (_, kind, candidateId, expected) => {
    const candidate = candidateId ? byId(doc, candidateId) : undefined;
    expect(nestingParent(doc, kind, candidate)?.id).toBe(expected);
  });

  it('puts a gateway dropped on a workload subnet into the VNet when there is no GatewaySubnet', () => {
    expect(nestingParent(spokeOnly, 'vpnGateway', byId(spokeOnly, 'work'))?.id).toBe('hub');
  });
});

describe('deleteItems', () => {
  it('removes a VNet with everything nested in it and every link attached to any of them', () => {
    const after = deleteItems(hubDocument(), ['hub']);
    expect(after.elements.map((e) => e.id)).toEqual(['spoke', 'spoke-work', 'device', 'office']);
    expect(after.links.map((l) => l.id)).toEqual(['lastMile-1']);
  });

  it('removes a link on its own, leaving its ends', () => {
    const after = deleteItems(hubDocument(), ['s2s-1']);
    expect(after.elements).toHaveLength(8);
    expect(after.links.map((l) => l.id)).toEqual(['lastMile-1', 'vnetPeering-1']);
  });

  it('removes elements and links given together', () => {
    const after = deleteItems(hubDocument(), ['office', 'vnetPeering-1', 'vpngw']);
    expect(after.elements.map((e) => e.id)).toEqual(['hub', 'gws', 'work', 'spoke', 'spoke-work', 'device']);
    expect(after.links).toEqual([]);
  });

  it('returns the same document when nothing is given', () => {
    const doc = hubDocument();
    expect(deleteItems(doc, [])).toBe(doc);
  });

  it('drops the deleted elements, what was nested in them and their links from every scene', () => {
    const doc: TopologyDocument = {
      ...hubDocument(),
      scenes: [
        { id: 'scene-1', title: 'Tunnel', caption: '', elementIds: ['office', 'device', 'hub', 'gws', 'vpngw'], linkIds: ['lastMile-1', 's2s-1'], failedIds: ['vpngw', 's2s-1'] },
        { id: 'scene-2', title: 'Office', caption: '', elementIds: ['office'], linkIds: [], failedIds: [] },
      ],
    };
    const after = deleteItems(doc, ['gws']);
    expect(after.scenes![0]).toEqual({ id: 'scene-1', title: 'Tunnel', caption: '', elementIds: ['office', 'device', 'hub'], linkIds: ['lastMile-1'], failedIds: [] });
    expect(after.scenes![1]).toBe(doc.scenes![1]);
  });

  it('collects descendants at any depth', () => {
    expect([...withDescendants(hubDocument(), ['hub'])].sort()).toEqual(['gws', 'hub', 'vpngw', 'work']);
  });
});

describe('cloneItems and pasteItems', () => {
  it('copies a VNet with its children and inner links under fresh ids, keeping the nesting', () => {
    const doc = hubDocument();
    const items = extractItems(doc, ['hub', 'spoke']);
    const { doc: after, newIds } = pasteItems(doc, items, { x: 50, y: 60 });

    expect(newIds).toEqual(['vnet-1', 'subnet-1', 'vpnGateway-1', 'subnet-2', 'vnet-2', 'subnet-3', 'vnetPeering-2']);
    const copy = (id: string) => byId(after, id)!;
    expect(copy('vnet-1')).toMatchObject({ position: { x: 750, y: 100 } });
    expect(copy('subnet-1')).toMatchObject({ parentId: 'vnet-1', position: { x: 20, y: 50 }, name: GATEWAY_SUBNET_NAME });
    expect(copy('vpnGateway-1')).toMatchObject({ parentId: 'subnet-1', position: { x: 120, y: 24 } });
    expect(copy('subnet-3')).toMatchObject({ parentId: 'vnet-2' });
    expect(after.links.at(-1)).toMatchObject({ id: 'vnetPeering-2', kind: 'vnetPeering', source: 'vnet-1', target: 'vnet-2' });
    expect(new Set(allIds(after)).size).toBe(after.elements.length + after.links.length);
  });

  it('leaves out links with an end outside the copy', () => {
    const doc = hubDocument();
    const copies = cloneItems(doc, extractItems(doc, ['hub']), { x: 0, y: 0 });
    expect(copies.links).toEqual([]);
  });

  it('keeps the original parent of a copied child whose parent was not copied, moving it by the offset', () => {
    const doc = hubDocument();
    const copies = cloneItems(doc, { elements: [byId(doc, 'work')!], links: [] }, { x: 10, y: 10 });
    expect(copies.elements).toEqual([expect.objectContaining({ id: 'subnet-1', parentId: 'hub', position: { x: 30, y: 190 } })]);
  });

  it('drops the parent of a copy whose parent is gone from the document', () => {
    const doc = hubDocument();
    const items = extractItems(doc, ['work']);
    const copies = cloneItems(deleteItems(doc, ['hub']), items, { x: 0, y: 0 });
    expect(copies.elements[0]).not.toHaveProperty('parentId');
  });

  it('does not change the document or the items it copies', () => {
    const doc = hubDocument();
    const items = extractItems(doc, ['hub']);
    const before = JSON.stringify({ doc, items });
    pasteItems(doc, items, { x: 5, y: 5 });
    expect(JSON.stringify({ doc, items })).toBe(before);
  });
});

describe('creating and editing', () => {
  it('creates an element from a preset with schema defaults, the container size and the next free id', () => {
    const created = createElement(presetById('vnet')!, { x: 1, y: 2 }, new Set(['vnet-1']));
    expect(created).toMatchObject({ id: 'vnet-2', kind: 'vnet', position: { x: 1, y: 2 }, props: { region: 'westeurope' } });
    expect(created.size).toBeDefined();
  });

  it('adds a link of the inferred kind, and ignores a refused one', () => {
    const doc = documentSchema.parse({ elements: [el('a', 'onPremSite', 0, 0), el('b', 'vpnDevice', 0, 0), el('c', 'vnet', 0, 0)] });
    const linked = addLink(doc, 'a', 'b');
    expect(linked.links).toEqual([expect.objectContaining({ id: 'lastMile-1', kind: 'lastMile', source: 'a', target: 'b' })]);
    expect(addLink(linked, 'a', 'c')).toBe(linked);
    expect(addLink(linked, 'b', 'a')).toBe(linked);
  });

  it('merges props when updating an element, keeping the others', () => {
    const doc = hubDocument();
    const after = updateElement(doc, 'vpngw', { name: 'gw', props: { activeActive: true } });
    expect(byId(after, 'vpngw')).toMatchObject({ name: 'gw', props: { activeActive: true, sku: 'VpnGw1AZ' } });
    expect(byId(after, 'hub')).toBe(byId(doc, 'hub'));
  });

  it('adds up parent positions for the position on the canvas', () => {
    expect(absolutePosition(hubDocument(), 'vpngw')).toEqual({ x: 840, y: 114 });
  });
});
