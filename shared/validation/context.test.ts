import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import type { ElementKind } from '../model/enums';
import { largeDesign } from '../testing/largeDesign';
import { addLink, updateElement } from '../model/operations';
import { contextOf, ValidationContext } from './context';
import { changedElements } from './contextIndexes';
import { design } from './testing/designBuilder';

/** What the context's lists must hold, found the plain way: a scan of the document. */
const linksNaming = (doc: TopologyDocument, id: string) => doc.links.filter((l) => l.source === id || l.target === id);
const childrenOf = (doc: TopologyDocument, id: string) => doc.elements.filter((e) => e.parentId === id);

describe('ValidationContext', () => {
  it("lists every element's links and children in document order, and finds elements by id, on a large estate", () => {
    const doc = largeDesign(1000);
    const ctx = new ValidationContext(doc);
    for (const el of doc.elements) {
      expect(ctx.byId.get(el.id)).toBe(el);
      expect(ctx.linksOf(el.id)).toEqual(linksNaming(doc, el.id));
      for (const kind of ['s2s', 'vnetPeering', 'lastMile'] as const) {
        const ofKind = linksNaming(doc, el.id).filter((l) => l.kind === kind);
        expect(ctx.linksOf(el.id, kind)).toEqual(ofKind);
        // Nothing is kept per element and kind: a caller may not change the list another was given.
        const first = ctx.linksOf(el.id, kind);
        if (first.length > 0) expect(ctx.linksOf(el.id, kind)).not.toBe(first);
        for (const link of ofKind) expect(ctx.linkAt(el.id, link.id)).toBe(link);
      }
      expect(ctx.children(el.id)).toEqual(childrenOf(doc, el.id));
    }
    expect(doc.links.some((l) => ctx.linksOf(l.source).length > 2)).toBe(true);
  });

  it('lists the links and children of an id no element has (a broken file), and a loop once', () => {
    const doc = design(
      [
        { id: 'hub', kind: 'vnet' },
        { id: 'orphan', kind: 'subnet', parentId: 'gone-vnet' },
        { id: 'site', kind: 'onPremSite' },
      ],
      [
        { kind: 's2s', source: 'site', target: 'gone-gw' },
        { kind: 'lastMile', source: 'gone-gw', target: 'gone-device' },
        { kind: 'vnetPeering', source: 'hub', target: 'hub' },
      ],
    );
    const ctx = new ValidationContext(doc);
    expect(ctx.byId.get('gone-gw')).toBeUndefined();
    expect(ctx.linksOf('gone-gw').map((l) => l.id)).toEqual(['link-1', 'link-2']);
    expect(ctx.linksOf('gone-gw', 'lastMile').map((l) => l.id)).toEqual(['link-2']);
    expect(ctx.children('gone-vnet').map((e) => e.id)).toEqual(['orphan']);
    expect(ctx.linksOf('hub').map((l) => l.id)).toEqual(['link-3']);
    expect(ctx.linksOf('nobody')).toEqual([]);
  });

  it('finds the last element of a duplicated id, with the links and children naming that id', () => {
    const doc = design(
      [
        { id: 'twin', kind: 'vnet', name: 'first' },
        { id: 'sub', kind: 'subnet', parentId: 'twin' },
        { id: 'twin', kind: 'vnet', name: 'second' },
        { id: 'peer', kind: 'vnet' },
      ],
      [{ kind: 'vnetPeering', source: 'twin', target: 'peer' }],
    );
    const ctx = new ValidationContext(doc);
    expect(ctx.byId.get('twin')?.name).toBe('second');
    expect(ctx.indexes.get('twin')).toBe(2);
    expect(ctx.children('twin').map((e) => e.id)).toEqual(['sub']);
    expect(ctx.linksOf('twin').map((l) => l.id)).toEqual(['link-1']);
  });

  it('finds a link by id, and by id among the links of an element', () => {
    const doc = design(
      [
        { id: 'site', kind: 'onPremSite' },
        { id: 'device', kind: 'vpnDevice' },
      ],
      [{ id: 'mile', kind: 'lastMile', source: 'site', target: 'device' }],
    );
    const ctx = new ValidationContext(doc);
    expect(ctx.linkById('mile')).toBe(doc.links[0]);
    expect(ctx.linkAt('site', 'mile')).toBe(doc.links[0]);
    expect(ctx.linkAt('device', 'mile')).toBe(doc.links[0]);
    expect(ctx.linkAt('site', 'nothing')).toBeUndefined();
    expect(ctx.label('mile')).toBe('mile');
  });

  it('labels elements and links by name, the last element of a shared id, and an unknown id as itself', () => {
    const doc = design(
      [
        { id: 'site', kind: 'onPremSite', name: 'Paris' },
        { id: 'device', kind: 'vpnDevice' },
        { id: 'twice', kind: 'vnet', name: 'First' },
        { id: 'twice', kind: 'vnet', name: 'Second' },
      ],
      [{ id: 'mile', kind: 'lastMile', source: 'site', target: 'device', name: 'Fibre' }],
    );
    const ctx = new ValidationContext(doc);
    for (let asked = 0; asked < 2; asked++) {
      expect(ctx.label('site')).toBe('"Paris"');
      expect(ctx.label('device')).toBe('device');
      expect(ctx.label('twice')).toBe('"Second"');
      expect(ctx.label('mile')).toBe('"Fibre"');
      expect(ctx.label('nowhere')).toBe('nowhere');
    }
  });
});

describe('contextOf after an edit', () => {
  /** Everything a context lists, by id, to hold a context built from an earlier one's to one built afresh. */
  const listed = (ctx: ValidationContext) =>
    ctx.doc.elements.map((el) => ({
      byId: ctx.byId.get(el.id),
      links: ctx.linksOf(el.id),
      children: ctx.children(el.id),
      ofKind: ctx.elementsOfKind(el.kind),
    }));

  it('builds the context of an edited design from the one before, holding the new elements, and leaves the one before as it was', () => {
    const doc = largeDesign(300);
    const before = contextOf(doc);
    const beforeListed = listed(before);
    const site = doc.elements.find((e) => e.kind === 'onPremSite')!;
    const subnet = doc.elements.find((e) => e.kind === 'subnet' && e.parentId)!;
    const edited = updateElement(updateElement(doc, site.id, { name: 'Renamed branch' }), subnet.id, { props: { prefix: '10.0.0.0/26' } });
    expect(changedElements(doc, edited)?.length).toBe(2);
    const after = contextOf(edited);
    expect(listed(after)).toEqual(listed(new ValidationContext(edited)));
    expect(after.byId.get(site.id)?.name).toBe('Renamed branch');
    expect(after.children(subnet.parentId!)).toContain(edited.elements.find((e) => e.id === subnet.id));
    expect(after.elementsOfKind('onPremSite')).toContain(edited.elements.find((e) => e.id === site.id));
    expect(listed(before)).toEqual(beforeListed);
    expect(before.elementsOfKind('onPremSite')).toContain(site);
  });

  it('hands the results kept over the context before an edit to readers that read none of the kinds it changed, until the next edit', () => {
    const doc = largeDesign(300);
    const reader = {};
    const first = contextOf(doc);
    first.results!.set(reader, 'its result');
    const site = doc.elements.find((e) => e.kind === 'onPremSite')!;
    const renamed = updateElement(doc, site.id, { name: 'Renamed branch' });
    const second = contextOf(renamed);
    expect(second.resultsBefore(['vnet', 'erCircuit'])?.get(reader)).toBe('its result');
    expect(second.resultsBefore(['vnet', 'onPremSite'])).toBeUndefined();
    expect(first.resultsBefore([])).toBeUndefined();
    // Built from the second, the third reads the second's results, and the second no longer the
    // first's: each context would otherwise hold every one before it.
    second.results!.set(reader, 'its next result');
    const third = contextOf(updateElement(renamed, site.id, { name: 'Renamed again' }));
    expect(third.resultsBefore([])?.get(reader)).toBe('its next result');
    expect(second.resultsBefore([])).toBeUndefined();
    // A design with an id twice hands nothing on: a label could read the other element of the id.
    const twice = { ...renamed, elements: [...renamed.elements, { ...renamed.elements[0]! }] };
    contextOf(twice);
    expect(contextOf({ ...twice, elements: twice.elements.map((e) => (e.id === site.id ? { ...e, name: 'once more' } : e)) }).resultsBefore([])).toBeUndefined();
  });

  it('hands them on through a rename to a reader that reads that kind but its names only in labels, and did not label the element', () => {
    const doc = largeDesign(300);
    const [site, other] = doc.elements.filter((e) => e.kind === 'onPremSite');
    const reader = {};
    const first = contextOf(doc);
    // The reader labels the other site, and reads every site's address spaces.
    const { labelled } = first.labelling(() => {
      for (const s of first.elementsOfKind('onPremSite')) void s.props.addressSpaces;
      return first.label(other!.id);
    });
    expect(labelled).toEqual([other!.id]);
    first.results!.set(reader, { labelled });
    const names = (kinds: readonly ElementKind[]) => ({ kinds, labelled: (results: ReadonlyMap<object, unknown>) => (results.get(reader) as { labelled: readonly string[] }).labelled });
    const second = contextOf(updateElement(doc, site!.id, { name: 'Renamed branch' }));
    // The readers note their labels over a context built across an edit, not over one built afresh.
    expect([first.builtAcrossEdit, second.builtAcrossEdit]).toEqual([false, true]);
    expect(second.resultsBefore(['onPremSite'], undefined, names([]))?.get(reader)).toEqual({ labelled });
    expect(second.resultsBefore(['onPremSite'])).toBeUndefined();
    // Its names read otherwise (a rule looking for an element by name), or the element labelled: nothing.
    expect(second.resultsBefore(['onPremSite'], undefined, names(['onPremSite']))).toBeUndefined();
    second.results!.set(reader, { labelled: [site!.id] });
    const third = contextOf(updateElement(second.doc, site!.id, { name: 'Renamed again' }));
    expect(third.resultsBefore(['onPremSite'], undefined, names([]))).toBeUndefined();
    // A rename with another change of what it reads: nothing.
    third.results!.set(reader, { labelled: [] });
    const fourth = contextOf(updateElement(third.doc, site!.id, { name: 'And again', props: { addressSpaces: [] } }));
    expect(fourth.resultsBefore(['onPremSite'], undefined, names([]))).toBeUndefined();
  });

  it('notes the ids labelled while a reader runs, repeats next to each other once, and hands them to the reader around it', () => {
    const ctx = new ValidationContext(largeDesign(300));
    const [a, b] = ctx.elementsOfKind('vnet');
    ctx.label(a!.id);
    const outer = ctx.labelling(() => {
      ctx.label(a!.id);
      ctx.label(a!.id);
      const inner = ctx.labelling(() => ctx.label(b!.id));
      expect(inner).toEqual({ value: ctx.label(b!.id), labelled: [b!.id] });
      return 'done';
    });
    expect(outer).toEqual({ value: 'done', labelled: [a!.id, b!.id] });
  });

  it('indexes afresh when an edit joins anew, moves an element to another parent, or changes many elements', () => {
    const doc = largeDesign(300);
    const vnets = doc.elements.filter((e) => e.kind === 'vnet');
    // Two VNets of different hubs: not peered yet.
    const [a, b] = [vnets[0], vnets[vnets.length - 1]];
    const peered = addLink(doc, a!.id, b!.id);
    expect(peered.links.length).toBe(doc.links.length + 1);
    expect(changedElements(doc, peered)).toBeUndefined();
    const subnet = doc.elements.find((e) => e.kind === 'subnet')!;
    expect(changedElements(doc, updateElement(doc, subnet.id, { parentId: b!.id }))).toBeUndefined();
    const clone = structuredClone(doc);
    expect(changedElements(doc, clone)).toBeUndefined();
    expect(listed(contextOf(clone))).toEqual(listed(new ValidationContext(clone)));
  });
});
