import { describe, expect, it } from 'vitest';
import { moveElements, updateElement, updateLink, addLink, deleteItems } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { design } from '../validation/testing/designBuilder';
import { PartMemo, sameButUnread } from './partMemo';
import { partDocument, partsOf, type Part } from './parts';

const ids = (doc: TopologyDocument) =>
  partsOf(doc).parts.map((p) => [...p.elements.map((e) => e.id), ...p.links.map((l) => `link:${l.id}`)]);

// Two VNets with a gateway each, two sites with devices; the joins are what the tests add.
const base = () =>
  design(
    [
      { id: 'hub-a', kind: 'vnet' },
      { id: 'gws-a', kind: 'subnet', parentId: 'hub-a', props: { prefix: '10.0.255.0/27' } },
      { id: 'gw-a', kind: 'vpnGateway', parentId: 'gws-a' },
      { id: 'hub-b', kind: 'vnet' },
      { id: 'gw-b', kind: 'vpnGateway', parentId: 'hub-b' },
      { id: 'fw-1', kind: 'vpnDevice', props: { publicIp: '51.0.0.1' } },
      { id: 'lng-1', kind: 'localNetworkGateway', props: { gatewayIp: ' 51.0.0.1 ' } },
      { id: 'fw-2', kind: 'vpnDevice', props: { publicIp: '51.0.0.2' } },
      { id: 'site-2', kind: 'onPremSite' },
    ],
    [
      { id: 'tunnel-a', kind: 's2s', source: 'lng-1', target: 'gw-a' },
      { id: 'last-mile', kind: 'lastMile', source: 'site-2', target: 'fw-2' },
    ],
  );

describe('partsOf', () => {
  it('joins elements by links, by nesting and by a device and a local network gateway sharing an address', () => {
    expect(ids(base())).toEqual([
      // fw-1 has no link: it is matched to lng-1 by its address (trimmed), as sitePaths does.
      ['hub-a', 'gws-a', 'gw-a', 'fw-1', 'lng-1', 'link:tunnel-a'],
      ['hub-b', 'gw-b'],
      ['fw-2', 'site-2', 'link:last-mile'],
    ]);
  });

  it('keeps links to a missing element with the element at their other end, and joins links naming the same missing id', () => {
    const doc = base();
    doc.links.push(
      { id: 'dangling', kind: 'globalReach', source: 'gw-b', target: 'ghost', props: {} } as never,
      { id: 'dangling-2', kind: 'globalReach', source: 'fw-2', target: 'ghost', props: {} } as never,
      { id: 'lost', kind: 'globalReach', source: 'nowhere', target: 'nobody', props: {} } as never,
    );
    expect(ids(doc)).toEqual([
      ['hub-a', 'gws-a', 'gw-a', 'fw-1', 'lng-1', 'link:tunnel-a'],
      ['hub-b', 'gw-b', 'fw-2', 'site-2', 'link:last-mile', 'link:dangling', 'link:dangling-2'],
      ['link:lost'],
    ]);
  });

  it('gives a large hub-and-spoke design one part per hub', () => {
    const doc = largeDesign(1000);
    const { parts, partOfElement, partOfLink } = partsOf(doc);
    expect(parts.length).toBe(doc.elements.filter((e) => /^hub-\d+$/.test(e.id)).length);
    for (const part of parts) {
      const hub = part.elements[0]!.id;
      expect(part.elements.every((e) => e.id === hub || e.id.startsWith(`${hub}-`)), hub).toBe(true);
    }
    doc.elements.forEach((e, i) => expect(parts[partOfElement[i]!]!.elements).toContain(e));
    doc.links.forEach((l, j) => expect(parts[partOfLink[j]!]!.links).toContain(l));
  });

  it('without Global Reach, leaves its links in no part and lets them join nothing', () => {
    const doc = base();
    doc.links.push({ id: 'reach', kind: 'globalReach', source: 'gw-a', target: 'gw-b', props: { subnet: '' } } as never);
    expect(ids(doc)).toHaveLength(2);
    const apart = partsOf(doc, 'without Global Reach');
    expect(apart.parts.map((p) => p.elements.map((e) => e.id))).toEqual([['hub-a', 'gws-a', 'gw-a', 'fw-1', 'lng-1'], ['hub-b', 'gw-b'], ['fw-2', 'site-2']]);
    expect(apart.parts.flatMap((p) => p.links.map((l) => l.id))).not.toContain('reach');
    expect([...apart.partOfLink]).toEqual([0, 2, -1]);
    // An edit of one side keeps the other's part, and a Global Reach edit touches no part.
    const renamed = updateElement(doc, 'gw-b', { name: 'b' });
    expect(partsOf(renamed, 'without Global Reach').parts[0]).toBe(apart.parts[0]);
    const annotated = updateLink(renamed, 'reach', { props: { subnet: '10.0.0.0/29' } });
    expect(partsOf(annotated, 'without Global Reach').parts).toEqual(partsOf(renamed, 'without Global Reach').parts);
    expect(partsOf(annotated, 'without Global Reach').parts[1]).toBe(partsOf(renamed, 'without Global Reach').parts[1]);
    // A design without Global Reach has the same parts either way: the same objects.
    const plain = base();
    expect(partsOf(plain, 'without Global Reach')).toBe(partsOf(plain));
  });

  describe('after an edit', () => {
    it('keeps the parts an edit did not touch, and puts the edited element in its part', () => {
      const before = base();
      const partsBefore = partsOf(before);
      const after = updateElement(before, 'gw-b', { name: 'renamed' });
      const partsAfter = partsOf(after);
      expect(partsAfter.parts[0]).toBe(partsBefore.parts[0]);
      expect(partsAfter.parts[2]).toBe(partsBefore.parts[2]);
      expect(partsAfter.parts[1]).not.toBe(partsBefore.parts[1]);
      expect(partsAfter.parts[1]!.elements).toEqual([after.elements[3], after.elements[4]]);
      expect(partsAfter.parts[1]!.elements[1]!.name).toBe('renamed');
      const moved = moveElements(after, new Map([['site-2', { x: 5, y: 5 }]]));
      expect(partsOf(moved).parts[2]!.elements[1]).toBe(moved.elements[8]);
      const relinked = updateLink(moved, 'tunnel-a', { name: 'primary' });
      expect(partsOf(relinked).parts[0]!.links[0]).toBe(relinked.links[0]);
      expect(partsOf(relinked).parts[1]).toBe(partsOf(moved).parts[1]);
    });

    it('finds the parts again when an edit joins or splits them', () => {
      let doc = base();
      partsOf(doc);
      doc = updateElement(doc, 'fw-2', { props: { publicIp: '51.0.0.1' } });
      expect(ids(doc)).toEqual([['hub-a', 'gws-a', 'gw-a', 'fw-1', 'lng-1', 'fw-2', 'site-2', 'link:tunnel-a', 'link:last-mile'], ['hub-b', 'gw-b']]);
      doc = addLink(doc, 'fw-1', 'gw-b');
      expect(ids(doc)).toHaveLength(1);
      doc = deleteItems(doc, [doc.links.at(-1)!.id]);
      expect(ids(doc)).toHaveLength(2);
      doc = updateElement(doc, 'gw-b', { parentId: 'gws-a' });
      expect(ids(doc)[1]).toEqual(['hub-b']);
    });

    it('finds the parts again when a field of the document other than elements and links changed', () => {
      const before = base();
      const partsBefore = partsOf(before);
      const after = { ...before, priceOverrides: { x: 1 } };
      const partsAfter = partsOf(after);
      expect(partsAfter.parts.map((p) => p.elements)).toEqual(partsBefore.parts.map((p) => p.elements));
      expect(partsAfter.parts[1]).not.toBe(partsBefore.parts[1]);
      expect(partDocument(after, partsAfter.parts[1]!).priceOverrides).toEqual({ x: 1 });
    });
  });

  it('works out a part as a document of its own, and a whole-design part as the document itself', () => {
    const doc = base();
    const { parts } = partsOf(doc);
    const partDoc = partDocument(doc, parts[1]!);
    expect(partDoc).toMatchObject({ title: doc.title, elements: parts[1]!.elements, links: [] });
    expect(partDocument(doc, parts[1]!)).toBe(partDoc);
    const whole = design([{ id: 'v', kind: 'vnet' }]);
    expect(partDocument(whole, partsOf(whole).parts[0]!)).toBe(whole);
  });
});

describe('PartMemo', () => {
  it('keeps a result while the part has the same elements, links and inputs, and works it out again when one changes', () => {
    const memo = new PartMemo<number>();
    let runs = 0;
    const compute = () => ++runs;
    const doc = base();
    const part = partsOf(doc).parts[0]!;
    expect(memo.get(part, ['rules'], compute)).toBe(1);
    expect(memo.get({ elements: [...part.elements], links: [...part.links] }, ['rules'], compute)).toBe(1);
    expect(memo.get(part, ['other rules'], compute)).toBe(2);
    const edited = partsOf(updateElement(doc, 'gw-a', { name: 'x' })).parts[0]!;
    expect(memo.get(edited, ['other rules'], compute)).toBe(3);
    expect(memo.get({ elements: part.elements, links: [] }, ['other rules'], compute)).toBe(4);
  });
});

describe('PartMemo, over a design just opened', () => {
  it('tells a design opened or pasted whole from one edited, and leaves keeping for parts to its first edit', () => {
    const memo = new PartMemo<number>();
    const kept: string[] = [];
    const opened = largeDesign(120);
    expect(memo.newDesign(opened)).toBe(true);
    memo.keepLater(() => kept.push('opened'));
    // Another design opened before any edit: what was left to keep is dropped, never kept, even
    // when nothing is left for the new one (its analysis went part by part).
    const other = structuredClone(opened);
    expect(memo.newDesign(other)).toBe(true);
    expect(memo.newDesign(other)).toBe(false);
    expect(kept).toEqual([]);
    memo.keepLater(() => kept.push('other'));
    // Its first edit keeps it, once; an element added near the start shifts the rest by one place.
    const site = other.elements.find((e) => e.kind === 'onPremSite')!;
    const edited = { ...updateElement(other, site.id, { name: 'renamed' }) };
    edited.elements = [edited.elements[0]!, { ...edited.elements[0]!, id: 'pasted' }, ...edited.elements.slice(1)];
    expect(memo.newDesign(edited)).toBe(false);
    expect(kept).toEqual(['other']);
    // Asked about the same design again: not new, and nothing more to keep.
    expect(memo.newDesign(edited)).toBe(false);
    expect(kept).toEqual(['other']);
  });
});

describe('PartMemo, after edits of what no rule or estimate reads', () => {
  it('carries a result over moves, resizes and notes, even of the element that keys it, and not over a rename', () => {
    const carried: Array<[Part, Part]> = [];
    const memo = new PartMemo<string>((value, from, to) => {
      carried.push([from, to]);
      return `${value}+`;
    });
    let runs = 0;
    const compute = () => `run ${++runs}`;
    let doc = base();
    const first = partsOf(doc).parts[0]!;
    expect(memo.get(first, [], compute)).toBe('run 1');
    // hub-a is the part's first element: the result is found by the part's first link.
    doc = moveElements(doc, new Map([['hub-a', { x: 40, y: 40 }]]));
    const moved = partsOf(doc).parts[0]!;
    expect(memo.get(moved, [], compute)).toBe('run 1+');
    expect(carried).toEqual([[first, moved]]);
    expect(memo.get(moved, [], compute)).toBe('run 1+');
    doc = updateElement(doc, 'gw-a', { size: { width: 300, height: 90 }, notes: 'primary' });
    doc = updateLink(doc, 'tunnel-a', { notes: 'to HQ' });
    expect(memo.get(partsOf(doc).parts[0]!, [], compute)).toBe('run 1++');
    expect(memo.get(partsOf(doc).parts[0]!, ['other prices'], compute)).toBe('run 2');
    doc = updateElement(doc, 'gw-a', { name: 'Gateway A' });
    expect(memo.get(partsOf(doc).parts[0]!, ['other prices'], compute)).toBe('run 3');
    expect(runs).toBe(3);
  });

  it('tells the fields no rule or estimate reads from the others', () => {
    const [vnet] = base().elements;
    expect(sameButUnread(vnet!, { ...vnet!, position: { x: 1, y: 2 }, size: { width: 10, height: 10 }, notes: 'x' })).toBe(true);
    expect(sameButUnread(vnet!, { ...vnet!, name: 'x' })).toBe(false);
    expect(sameButUnread(vnet!, { ...vnet!, props: { ...vnet!.props } })).toBe(false);
    expect(sameButUnread(vnet!, { ...vnet!, parentId: 'hub-b' })).toBe(false);
  });
});
