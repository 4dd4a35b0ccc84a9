import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { batchesOf } from './batches';
import { nestingTree } from './nestingTree';
import { stackedDesign } from './testing/designs';

// Two groups joined by links (a tunnel from a device to a gateway nested two levels down joins the
// device to the VNet) and a lone site, as toElkGraph hands them over: edges between top-level
// subtrees sit in the root.
const doc = stackedDesign(
  'Batches',
  [
    { id: 'fw', kind: 'vpnDevice' },
    { id: 'lone', kind: 'onPremSite' },
    { id: 'hub', kind: 'vnet' },
    { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub' },
    { id: 'vpngw', kind: 'vpnGateway', parentId: 'gws' },
    { id: 'circuit', kind: 'erCircuit' },
    { id: 'where', kind: 'peeringLocation' },
  ],
);
const tree = nestingTree(doc);
const leaf = (id: string): ElkNode => ({ id, width: 10, height: 10 });
const graph = (): ElkNode => ({
  id: '__root__',
  layoutOptions: { 'elk.algorithm': 'layered' },
  children: [leaf('fw'), leaf('lone'), { id: 'hub', children: [{ id: 'gws', children: [leaf('vpngw')] }] }, leaf('circuit'), leaf('where')],
  edges: [
    { id: 'tunnel', sources: ['fw'], targets: ['vpngw'] },
    { id: 'xc', sources: ['where'], targets: ['circuit'] },
  ],
});
const ids = (nodes: ElkNode[] | undefined) => (nodes ?? []).map((n) => n.id);

describe('batchesOf', () => {
  it('gives back the graph as it was when the design fits in one batch', () => {
    const whole = graph();
    const [only, ...more] = batchesOf(whole, tree, 100);
    expect(more).toEqual([]);
    expect(only).toEqual(whole);
    expect(only!.children!.every((node, i) => node === whole.children![i])).toBe(true);
  });

  it('keeps each group whole, counting nested elements, and the groups in the order of their first element', () => {
    // Groups: fw + hub (4 elements with gws and vpngw), lone (1), where + circuit (2).
    const batches = batchesOf(graph(), tree, 4);
    expect(batches.map((b) => ids(b.children))).toEqual([['fw', 'hub'], ['lone', 'circuit', 'where']]);
    expect(batches.map((b) => ids(b.edges))).toEqual([['tunnel'], ['xc']]);
    expect(batches.every((b) => b.layoutOptions?.['elk.algorithm'] === 'layered')).toBe(true);
  });

  it('gives a group larger than the limit a batch of its own', () => {
    const batches = batchesOf(graph(), tree, 2);
    expect(batches.map((b) => ids(b.children))).toEqual([['fw', 'hub'], ['lone'], ['circuit', 'where']]);
  });
});
