import { describe, expect, it } from 'vitest';
import { nestingTree } from './nestingTree';
import { spokeVnets } from './spokes';
import { stackedDesign } from './testing/designs';
import type { TopologyDocument } from '../model/types';

const spokesOf = (doc: TopologyDocument) => [...spokeVnets(doc, nestingTree(doc))].sort();
const peering = (a: string, b: string) => ({ id: `${a}-${b}`, kind: 'vnetPeering' as const, source: a, target: b });

describe('spokeVnets', () => {
  it('takes the VNet holding the gateways as the hub, whichever way the peerings were drawn', () => {
    const doc = stackedDesign(
      'hub',
      [
        { id: 'a', kind: 'vnet' },
        { id: 'hub', kind: 'vnet' },
        { id: 'gws', kind: 'subnet', name: 'GatewaySubnet', parentId: 'hub' },
        { id: 'gw', kind: 'vpnGateway', parentId: 'gws' },
        { id: 'b', kind: 'vnet' },
      ],
      [peering('a', 'hub'), peering('hub', 'b')],
    );
    expect(spokesOf(doc)).toEqual(['a', 'b']);
  });

  it('without gateways, takes the VNet with most peerings as the hub, and calls none a spoke among equals', () => {
    const star = stackedDesign('star', [{ id: 'c', kind: 'vnet' }, { id: 'x', kind: 'vnet' }, { id: 'y', kind: 'vnet' }], [peering('x', 'c'), peering('c', 'y')]);
    expect(spokesOf(star)).toEqual(['x', 'y']);
    const pair = stackedDesign('pair', [{ id: 'p', kind: 'vnet' }, { id: 'q', kind: 'vnet' }], [peering('p', 'q')]);
    expect(spokesOf(pair)).toEqual([]);
  });
});
