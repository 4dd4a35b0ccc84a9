import { describe, expect, it } from 'vitest';
import { elementSchema, linkSchema, moveElements, updateElement, updateLink, type TopologyDocument } from '../../shared/model';
import { toFlow } from './toFlow';

const doc: TopologyDocument = {
  title: 't',
  description: '',
  elements: [
    elementSchema.parse({ id: 'gw', kind: 'vpnGateway', position: { x: 10, y: 30 }, parentId: 'vnet' }),
    elementSchema.parse({ id: 'dev', kind: 'vpnDevice', position: { x: -400, y: 0 } }),
    elementSchema.parse({ id: 'vnet', kind: 'vnet', position: { x: 0, y: 0 }, size: { width: 480, height: 320 } }),
  ],
  links: [linkSchema.parse({ id: 'l', kind: 's2s', source: 'dev', target: 'gw' })],
};

describe('toFlow', () => {
  it('puts every parent before its children, as React Flow requires', () => {
    const { nodes } = toFlow(doc, new Set(), new Map());
    const order = nodes.map((n) => n.id);
    expect(order.indexOf('vnet')).toBeLessThan(order.indexOf('gw'));
    expect(nodes.find((n) => n.id === 'gw')).toMatchObject({ parentId: 'vnet', extent: 'parent' });
    expect(nodes.find((n) => n.id === 'vnet')).toMatchObject({ type: 'container', width: 480, height: 320 });
  });

  it('keeps the identity of nodes whose place, size, parent and selection did not change', () => {
    const first = toFlow(doc, new Set(), new Map());
    const moved = toFlow(moveElements(doc, new Map([['dev', { x: -420, y: 20 }]])), new Set(), new Map());
    expect(moved.nodes).not.toBe(first.nodes);
    expect(moved.nodes.find((n) => n.id === 'vnet')).toBe(first.nodes.find((n) => n.id === 'vnet'));
    expect(moved.nodes.find((n) => n.id === 'dev')).not.toBe(first.nodes.find((n) => n.id === 'dev'));
    expect(moved.nodes.find((n) => n.id === 'dev')!.position).toEqual({ x: -420, y: 20 });
    const resized = toFlow(updateElement(doc, 'vnet', { size: { width: 500, height: 320 } }), new Set(), new Map());
    expect(resized.nodes.find((n) => n.id === 'vnet')).toMatchObject({ width: 500, height: 320 });
    expect(resized.nodes.find((n) => n.id === 'gw')).toBe(first.nodes.find((n) => n.id === 'gw'));
  });

  it('hands back the same nodes and edges after an edit of what elements and links say', () => {
    const before = toFlow(doc, new Set(['dev']), new Map());
    const selection = new Set(['dev']);
    const named = toFlow(updateElement(doc, 'dev', { name: 'renamed' }), selection, new Map());
    // A new set with the same ids: the nodes are the same objects, so the same array.
    expect(named.nodes).toBe(before.nodes);
    expect(named.edges).toBe(before.edges);
    const linkNamed = toFlow(updateLink(updateElement(doc, 'dev', { name: 'renamed' }), 'l', { name: 'tunnel' }), selection, new Map());
    expect(linkNamed.nodes).toBe(before.nodes);
    expect(linkNamed.edges).toBe(before.edges);
  });

  it('marks the node selected alone, and none while several are selected', () => {
    const one = toFlow(doc, new Set(['vnet']), new Map());
    expect(one.nodes.find((n) => n.id === 'vnet')!.data.alone).toBe(true);
    expect(one.nodes.find((n) => n.id === 'dev')!.data.alone).toBeUndefined();
    const two = toFlow(doc, new Set(['vnet', 'dev']), new Map());
    expect(two.nodes.map((n) => n.data.alone)).toEqual([undefined, undefined, undefined]);
    expect(two.nodes.filter((n) => n.selected).map((n) => n.id).sort()).toEqual(['dev', 'vnet']);
  });

  it('draws a dragged node at its drag position without touching the document', () => {
    const { nodes } = toFlow(doc, new Set(['dev']), new Map([['dev', { x: 5, y: 6 }]]));
    expect(nodes.find((n) => n.id === 'dev')).toMatchObject({ position: { x: 5, y: 6 }, selected: true });
    expect(doc.elements.find((e) => e.id === 'dev')!.position).toEqual({ x: -400, y: 0 });
  });

  it('attaches a link to the facing sides of its two ends', () => {
    const { edges } = toFlow(doc, new Set(), new Map());
    expect(edges[0]).toMatchObject({ source: 'dev', target: 'gw', sourceHandle: 'r', targetHandle: 'l' });
  });

  it('hands back the same edges array after an edit that leaves every link as it was, and a new one when a link changes', () => {
    const before = toFlow(doc, new Set(), new Map());
    const renamed = toFlow(updateElement(doc, 'dev', { name: 'renamed' }), new Set(), new Map());
    expect(renamed.edges).toBe(before.edges);
    const relinked = toFlow({ ...doc, links: [linkSchema.parse({ id: 'l2', kind: 's2s', source: 'dev', target: 'gw' })] }, new Set(), new Map());
    expect(relinked.edges).not.toBe(before.edges);
    expect(relinked.edges.map((e) => e.id)).toEqual(['l2']);
  });

  it('hands back the same edges array while a drag leaves every link unchanged, and a new one when a link turns', () => {
    const still = toFlow(doc, new Set(), new Map([['dev', { x: -390, y: 0 }]]));
    const nudged = toFlow(doc, new Set(), new Map([['dev', { x: -380, y: 10 }]]));
    expect(nudged.nodes).not.toBe(still.nodes);
    expect(nudged.edges).toBe(still.edges);
    // Dragged right past the gateway: the link now leaves the device's left side.
    const crossed = toFlow(doc, new Set(), new Map([['dev', { x: 900, y: 0 }]]));
    expect(crossed.edges).not.toBe(still.edges);
    expect(crossed.edges[0]).toMatchObject({ sourceHandle: 'l', targetHandle: 'r' });
  });
});
