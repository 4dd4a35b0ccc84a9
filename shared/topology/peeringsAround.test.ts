// The estimates' parts: a meshed estate's hubs come apart, each read with the peerings to the hubs
// next to it; an estate of separate hubs keeps the parts every reader shares.
import { describe, expect, it } from 'vitest';
import { withHubsPeered } from '../estimate/testing/manyParts';
import { updateElement } from '../model/operations';
import { largeDesign } from '../testing/largeDesign';
import { partsOf } from './parts';
import { documentAround, ESTIMATED_BY, peeringsAcross } from './peeringsAround';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the parts of a meshed estate, for the estimates', () => {
  const doc = withHubsPeered(largeDesign(240));
  const parts = partsOf(doc, ESTIMATED_BY);
  const partOf = (id: string) => parts.partOfElement[doc.elements.findIndex((e) => e.id === id)]!;

  it('keeps each spoke with its hub, and parts the hubs peered to each other', () => {
    expect(partsOf(doc).parts).toHaveLength(1);
    expect(partOf('hub-0-spoke-3')).toBe(partOf('hub-0'));
    expect(partOf('hub-0-site-2')).toBe(partOf('hub-0'));
    expect(partOf('hub-1')).not.toBe(partOf('hub-0'));
    // The peering between the hubs is in no part; a hub's peerings to its spokes are in its part.
    const between = doc.links.findIndex((link) => link.id === 'hub-peering-0');
    expect(parts.partOfLink[between]).toBe(-1);
    expect(parts.partOfLink[doc.links.findIndex((link) => link.id === 'hub-0-spoke-0-peering')]).toBe(partOf('hub-0'));
  });

  it('reads each part with the peerings to the hubs next to it and those hubs alone', () => {
    const { around, ends } = peeringsAcross(doc, parts);
    expect(ids(around[partOf('hub-0')]!.peerings)).toEqual(['hub-peering-0']);
    expect(ids(around[partOf('hub-0')]!.vnets)).toEqual(['hub-1']);
    expect(ids(around[partOf('hub-1')]!.peerings)).toEqual(['hub-peering-0', 'hub-peering-1']);
    expect(ids(around[partOf('hub-1')]!.vnets)).toEqual(['hub-0', 'hub-2']);
    const end = ends.get(doc.links.findIndex((link) => link.id === 'hub-peering-0'))!;
    expect([end.source?.id, end.target?.id, end.sourcePart, end.targetPart]).toEqual(['hub-0', 'hub-1', partOf('hub-0'), partOf('hub-1')]);
    // Only peerings in no part have ends listed.
    expect(ends.size).toBe(doc.links.filter((link) => link.id.startsWith('hub-peering-')).length);
  });

  it('estimates a part as its own elements and links with the peerings around it, in document order', () => {
    const p = partOf('hub-1');
    const partDoc = documentAround(doc, parts.parts[p]!, peeringsAcross(doc, parts).around[p]!);
    expect(partDoc.elements).toEqual([...parts.parts[p]!.elements, ...['hub-0', 'hub-2'].map((id) => doc.elements.find((e) => e.id === id))]);
    const links = new Set([...parts.parts[p]!.links, ...peeringsAcross(doc, parts).around[p]!.peerings]);
    expect(partDoc.links).toEqual(doc.links.filter((link) => links.has(link)));
  });

  it('finds the peerings around the parts again only when an edit reaches a peering or a hub at its end', () => {
    const before = peeringsAcross(doc, parts);
    const renamedSite = updateElement(doc, 'hub-1-site-0', { name: 'renamed' });
    expect(peeringsAcross(renamedSite, partsOf(renamedSite, ESTIMATED_BY))).toBe(before);
    const renamedHub = updateElement(doc, 'hub-1', { name: 'renamed hub' });
    const after = peeringsAcross(renamedHub, partsOf(renamedHub, ESTIMATED_BY));
    expect(after).not.toBe(before);
    expect(after.around[partOf('hub-0')]!.vnets[0]!.name).toBe('renamed hub');
  });
});

describe('the parts of an estate of separate hubs, for the estimates', () => {
  it('are the parts every reader shares, edit after edit', () => {
    const doc = largeDesign(240);
    expect(partsOf(doc, ESTIMATED_BY)).toBe(partsOf(doc));
    const renamed = updateElement(doc, 'hub-1-site-0', { name: 'renamed' });
    expect(partsOf(renamed, ESTIMATED_BY)).toBe(partsOf(renamed));
    expect(peeringsAcross(renamed, partsOf(renamed)).ends.size).toBe(0);
  });
});
