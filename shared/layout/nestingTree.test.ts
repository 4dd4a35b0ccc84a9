import { describe, expect, it } from 'vitest';
import { stackedDesign } from './testing/designs';
import { nestingTree } from './nestingTree';

describe('nestingTree', () => {
  it('lists roots and children in document order and finds the innermost common ancestor', () => {
    const tree = nestingTree(
      stackedDesign('t', [
        { id: 'v', kind: 'vnet' },
        { id: 'a', kind: 'subnet', parentId: 'v' },
        { id: 'g', kind: 'vpnGateway', parentId: 'a' },
        { id: 'b', kind: 'subnet', parentId: 'v' },
        { id: 'site', kind: 'onPremSite' },
      ]),
    );
    expect(tree.roots).toEqual(['v', 'site']);
    expect(tree.children.get('v')).toEqual(['a', 'b']);
    expect(tree.commonAncestor('g', 'b')).toBe('v');
    expect(tree.commonAncestor('g', 'site')).toBeUndefined();
  });

  it('puts an element whose parent is missing, or which is its own ancestor, at the top level', () => {
    const doc = stackedDesign('t', [
      { id: 'lost', kind: 'subnet', parentId: 'gone' },
      { id: 'x', kind: 'subnet', parentId: 'y' },
      { id: 'y', kind: 'subnet', parentId: 'x' },
      { id: 'gw', kind: 'vpnGateway', parentId: 'x' },
    ]);
    const tree = nestingTree(doc);
    expect(tree.roots).toEqual(['lost', 'x', 'y']);
    expect(tree.parent.get('gw')).toBe('x');
  });
});
