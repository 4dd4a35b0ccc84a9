import { describe, expect, it } from 'vitest';
import { absoluteRects, containerAt, sameGeometry } from './geometry';
import { moveElements, reparentElement, updateElement } from './operations';
import { elementSchema } from './schema';
import type { TopologyDocument, TopologyElement } from './types';

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

  it('hands on the rectangles of the previous document after an edit that leaves every element where it was', () => {
    const before = absoluteRects(doc);
    const renamed = updateElement(doc, 'gw', { name: 'renamed' });
    expect(sameGeometry(doc.elements, renamed.elements)).toBe(true);
    expect(absoluteRects(renamed)).toBe(before);

    const moved = moveElements(renamed, new Map([['vnet', { x: 150, y: 100 }]]));
    expect(sameGeometry(renamed.elements, moved.elements)).toBe(false);
    expect(absoluteRects(moved)).not.toBe(before);
    expect(absoluteRects(moved).get('gw')).toMatchObject({ x: 180, y: 160 });

    const resized = updateElement(doc, 'gws', { size: { width: 300, height: 100 } });
    expect(sameGeometry(doc.elements, resized.elements)).toBe(false);
    expect(absoluteRects(resized).get('gws')).toMatchObject({ width: 300 });
  });

  it('tells a change of kind, parent or order from an edit that keeps the layout', () => {
    const [vnet, gws, gw, loose] = doc.elements as [TopologyElement, TopologyElement, TopologyElement, TopologyElement];
    expect(sameGeometry(doc.elements, [vnet, gws, gw, elementSchema.parse({ id: 'loose', kind: 'vpnGateway', position: loose.position })])).toBe(false);
    expect(sameGeometry(doc.elements, [vnet, gws, { ...gw, parentId: 'vnet' }, loose])).toBe(false);
    expect(sameGeometry(doc.elements, [vnet, gws, loose, gw])).toBe(false);
    expect(sameGeometry(doc.elements, [vnet, gws, gw])).toBe(false);
    expect(sameGeometry(doc.elements, [{ ...vnet, name: 'hub' }, gws, gw, loose])).toBe(true);
  });
});
