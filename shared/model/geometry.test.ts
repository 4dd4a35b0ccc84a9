import { describe, expect, it } from 'vitest';
import { absoluteRects, containerAt } from './geometry';
import { reparentElement } from './operations';
import { elementSchema } from './schema';
import type { TopologyDocument } from './types';

const doc: TopologyDocument = {
  title: 'geometry',
  description: '',
  elements: [
    elementSchema.parse({ id: 'vnet', kind: 'vnet', position: { x: 100, y: 100 }, size: { width: 480, height: 320 } }),
    elementSchema.parse({ id: 'gws', kind: 'subnet', name: 'GatewaySubnet', position: { x: 20, y: 40 }, parentId: 'vnet', size: { width: 440, height: 100 } }),
    elementSchema.parse({ id: 'gw', kind: 'vpnGateway', position: { x: 10, y: 20 }, parentId: 'gws' }),
    elementSchema.parse({ id: 'loose', kind: 'erGateway', position: { x: 400, y: 200 } }),
  ],
  links: [],
};

describe('canvas geometry on the document', () => {
  it('adds up parent positions to place nested elements', () => {
    const rects = absoluteRects(doc);
    expect(rects.get('gws')).toEqual({ x: 120, y: 140, width: 440, height: 100 });
    expect(rects.get('gw')).toEqual({ x: 130, y: 160, width: 200, height: 64 });
  });

  it('finds the innermost container under a point, skipping ignored ids', () => {
    expect(containerAt(doc, { x: 150, y: 170 })?.id).toBe('gws');
    expect(containerAt(doc, { x: 150, y: 400 })?.id).toBe('vnet');
    expect(containerAt(doc, { x: 150, y: 170 }, new Set(['gws']))?.id).toBe('vnet');
    expect(containerAt(doc, { x: 20, y: 20 })).toBeUndefined();
  });

  it('reparents an element without moving it on the canvas', () => {
    const moved = reparentElement(doc, 'loose', 'gws');
    const el = moved.elements.find((e) => e.id === 'loose')!;
    expect(el.parentId).toBe('gws');
    expect(el.position).toEqual({ x: 280, y: 60 });
    expect(absoluteRects(moved).get('loose')).toMatchObject({ x: 400, y: 200 });

    const back = reparentElement(moved, 'loose', undefined);
    expect(back.elements.find((e) => e.id === 'loose')).toEqual(doc.elements.find((e) => e.id === 'loose'));
  });
});
