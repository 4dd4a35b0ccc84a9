// Indexes over a document, built once per validation run so that every rule looks things up by
// id instead of scanning the whole design (rules must keep up with typing on 1,000 elements).
import { GATEWAY_SUBNET_NAME } from '../model/elementCatalog';
import type { ElementKind, LinkKind } from '../model/enums';
import type { ElementOfKind, TopologyDocument, TopologyElement, TopologyLink } from '../model/types';
import type { CidrResult } from '../net/cidr';
import { flat } from '../kept/flat';
import { toSize, toSizeOrEmpty } from '../kept/lists';
import { cachedCidr } from './cidrCache';
import { buildIndexes, changedElements, childrenAt, indexesAfterEdit, lastWithId, linkAtIn, linksAt, NONE, ofKindIn, type Ends, type Indexes } from './contextIndexes';
import { ElementsById, labelOf } from './elementsById';
import { Labelled, Peer } from './keptRecords';
import { sameButName, sameButUnread } from '../topology/partMemo';
import { DesignScopedMap } from '../kept/designScoped';

/** Whether a reader that labelled `labelled` labelled none of `ids`. */
export function labelsNone(labelled: readonly string[], ids: readonly string[]): boolean {
  for (const id of ids) if (labelled.includes(id)) return false;
  return true;
}

/**
 * How a reader reads names (ValidationContext.resultsBefore): the kinds of element whose names it
 * reads other than through `label` (a rule that looks for the subnet named GatewaySubnet), and the
 * ids it labelled over a context, from the results kept over it (ValidationContext.labelling).
 */
export interface NamesRead {
  kinds: readonly ElementKind[];
  labelled(results: ReadonlyMap<object, unknown>): readonly string[] | undefined;
}

export class ValidationContext {
  /**
   * The indexes (./contextIndexes.ts): one map of every id for the lookups by id and the readers that
   * number elements by index (connectedComponents), and each element's links and children by its
   * index. Shared with the context of the document before an edit, where the edit left them alone:
   * read-only.
   */
  private readonly ix: Indexes;
  readonly byId: ElementsById;

  /** The index in `doc.elements` of each id (the last element of an id). Shared: read-only. */
  get indexes(): ReadonlyMap<string, number> {
    return this.ix.indexById;
  }

  /** Each element's parent and each link's ends, by index (contextIndexes.ts, Ends). Shared: read-only. */
  get ends(): Ends {
    return this.ix.ends;
  }

  /**
   * The context of `doc`; built from `after`'s indexes when given: the context of the document
   * before an edit that changed only the elements `changed` (by index), as changedElements finds.
   */
  constructor(
    readonly doc: TopologyDocument,
    after?: { before: ValidationContext; changed: readonly number[] },
  ) {
    this.ix = after ? indexesAfterEdit(after.before.ix, after.before.doc.elements, doc, after.changed) : buildIndexes(doc);
    this.byId = new ElementsById(doc.elements, this.ix.indexById);
    if (doc.elements.length >= DERIVED_FROM_SIZE) this.results = new Map();
    // With an id twice (only in a broken file), a label may name the other element of the id, of any kind.
    if (after?.before.results && this.ix.indexById.size === doc.elements.length) {
      const changed = after.changed.map((i) => [after.before.doc.elements[i]!, doc.elements[i]!] as const);
      this.edit = { changed, resultsBefore: after.before.results };
      this.builtAcrossEdit = true;
    }
    // What the context before kept of the one before it is not needed once this one is built from it:
    // results hold their contexts (a cost line explains itself through one), and each context would
    // hold the one before it, and so every design since. Nor is what that one kept: a result kept
    // through many edits (a line that labels no renamed site) holds the context it was made over,
    // whose results would hold the results made over the one before it, and so on back.
    if (after) {
      after.before.edit?.resultsBefore.clear();
      after.before.edit = undefined;
    }
  }

  /**
   * Whether this context was built across an edit in place, of a design being edited: the readers
   * that keep results over it then note what they need to keep them through the next edit (the ids
   * they label, labelling; each site's ways). Not over a context built afresh, as after opening a
   * file, whose run is what opening costs: the first edit after it works out more.
   */
  readonly builtAcrossEdit: boolean = false;

  /**
   * What readers worked out over this context, by reader (validate keeps each rule's findings), for
   * the context after the next edit to take what that edit could not change. Only for documents
   * large enough to be derived from the one before (see contextOf).
   */
  readonly results: Map<object, unknown> | undefined;

  /**
   * Whether the readers that keep results over this context note, as they run, what they need to
   * keep them through the next edit (the ids they label, each site's ways): over a context built
   * across an edit, that keeps results (builtAcrossEdit).
   */
  get notesForNextEdit(): boolean {
    return this.builtAcrossEdit && this.results !== undefined;
  }

  /**
   * For a context built from the one before an edit that changed elements in place (same ids, kinds,
   * parents and links): each changed element before and after, and the results kept over the context
   * before (not that context itself). Until the next context is built from this one.
   */
  private edit: { changed: ReadonlyArray<readonly [TopologyElement, TopologyElement]>; resultsBefore: Map<object, unknown> } | undefined;

  /**
   * The results kept over the context before an edit in place that changed no element of the kinds a
   * reader reads (`reads`), but for properties it does not read (`unreadProps`) and, for a reader that
   * says how it reads names (`names`), the names of elements it did not label; undefined when there
   * is no such edit, or it changed what the reader reads.
   */
  resultsBefore(reads: readonly ElementKind[], unreadProps?: ReadonlySet<string>, names?: NamesRead): ReadonlyMap<object, unknown> | undefined {
    const renamed = this.renamedAmong(reads, unreadProps, names?.kinds);
    if (!renamed) return undefined;
    const results = this.edit!.resultsBefore;
    if (renamed.length > 0) {
      const labelled = names!.labelled(results);
      if (!labelled || !labelsNone(labelled, renamed)) return undefined;
    }
    return results;
  }

  /**
   * For a context built from the one before an edit in place: the ids of the elements it changed in
   * what a reader reads (of kinds but `unreadKinds`, in more than `unreadProps`); else undefined.
   */
  changedIds(unreadKinds: ReadonlySet<ElementKind>, unreadProps: ReadonlySet<string>): readonly string[] | undefined {
    const edit = this.edit;
    if (!edit) return undefined;
    const ids: string[] = [];
    for (const [was, now] of edit.changed) if (!unreadKinds.has(now.kind) && !sameButUnread(was, now, unreadProps)) ids.push(now.id);
    return ids;
  }

  /**
   * For a context built from the one before an edit in place: the ids of the elements of the kinds
   * `reads` that the edit only renamed (changed in nothing else read, but `unreadProps`), when it
   * changed nothing else of those kinds, and renamed none of the kinds `nameKinds` (whose names the
   * reader reads other than through `label`); undefined when there is no such edit, or it changed
   * more. A reader that labelled none of them says what it said before (labelsNone). Without
   * `nameKinds`, a rename is a change like any other.
   */
  renamedAmong(reads: readonly ElementKind[], unreadProps?: ReadonlySet<string>, nameKinds?: readonly ElementKind[]): readonly string[] | undefined {
    const edit = this.edit;
    if (!edit) return undefined;
    let renamed: string[] | undefined;
    for (const [was, now] of edit.changed) {
      if (!reads.includes(now.kind) || (unreadProps && sameButUnread(was, now, unreadProps))) continue;
      if (!nameKinds || nameKinds.includes(now.kind) || !sameButName(was, now, unreadProps)) return undefined;
      (renamed ??= []).push(now.id);
    }
    return renamed ?? NONE;
  }

  /**
   * Notes, for the reader running, ids it will label later: a text made when first read (a cost
   * line's list of the sites behind a peering) labels them with this context after the reader is done.
   */
  labelsLater(ids: readonly string[]): void {
    const labelled = this.byId.labelled;
    if (labelled) for (const id of ids) labelled.push(id);
  }

  /**
   * What `read` works out over this context, with the ids of the elements it labelled (in the order
   * asked, repeats next to each other noted once): a rename of any other element changes nothing it
   * says, unless it reads names otherwise (NamesRead).
   */
  labelling<T>(read: () => T): Labelled<T, readonly string[]> {
    // Noted by the elements by id, which texts made when read keep instead of the context.
    const { byId } = this;
    const outer = byId.labelled;
    const labelled: string[] = [];
    byId.labelled = labelled;
    try {
      return new Labelled(read(), labelled);
    } finally {
      byId.labelled = outer;
      if (outer) for (const id of labelled) outer.push(id);
    }
  }

  private linksById: Map<string, TopologyLink> | undefined;

  /**
   * A link by id (the last of an id wins). Built when first asked: only the labels of links read
   * it, and a map of every link was one more map of thousands of ids a run.
   */
  linkById(id: string): TopologyLink | undefined {
    if (!this.linksById) {
      this.linksById = new Map();
      for (const link of this.doc.links) this.linksById.set(link.id, link);
    }
    return this.linksById.get(id);
  }

  /** The link with id `linkId` among those touching element `id`: a walk's next step, without the map of every link. */
  linkAt(id: string, linkId: string): TopologyLink | undefined {
    const i = this.ix.indexById.get(id);
    if (i !== undefined) return linkAtIn(this.ix.links, i, linkId);
    // An id no element has (only in a broken file).
    const all = this.ix.linksOfMissing.get(id);
    return all && lastWithId(all, 0, all.length, linkId);
  }

  elementsOfKind<K extends ElementKind>(kind: K): ElementOfKind<K>[] {
    return (this.ix.kindIndex.get(kind) ?? []) as ElementOfKind<K>[];
  }

  linksOfKind<K extends LinkKind>(kind: K): Extract<TopologyLink, { kind: K }>[] {
    return (this.ix.linkKindIndex.get(kind) ?? []) as Extract<TopologyLink, { kind: K }>[];
  }

  /** The elements whose parent is `id` (of `kind`, when given), in document order: a list of the caller's own, or the shared empty list. Read-only. */
  children<K extends ElementKind = ElementKind>(id: string, kind?: K): ReadonlyArray<ElementOfKind<K>> {
    const i = this.ix.indexById.get(id);
    if (i !== undefined) return childrenAt(this.ix.children, i, kind);
    // An id no element has (only in a broken file).
    const all = this.ix.childrenOfMissing.get(id);
    return (all ? ofKindIn(all, 0, all.length, kind) : NONE) as ReadonlyArray<ElementOfKind<K>>;
  }

  /**
   * Links touching an element, optionally of one kind, in document order: a list of the caller's
   * own each time (an element's links of a kind are asked for about twice a run: kept lists cost
   * more than they saved: contextIndexes.ts, LaidOut), or the shared empty list. Read-only.
   */
  linksOf(id: string, kind?: LinkKind): readonly TopologyLink[] {
    const i = this.ix.indexById.get(id);
    if (i !== undefined) return linksAt(this.ix.links, i, kind);
    // An id no element has (only in a broken file).
    const all = this.ix.linksOfMissing.get(id);
    return all ? ofKindIn(all, 0, all.length, kind) : NONE;
  }

  /** The element at the other end of a link from `id`. */
  otherEnd(link: TopologyLink, id: string): TopologyElement | undefined {
    return this.byId.get(link.source === id ? link.target : link.source);
  }

  /** Elements joined to `id` by links (of one kind, when given), optionally only of some element kinds. */
  neighbours(id: string, linkKind?: LinkKind, elementKinds?: readonly ElementKind[]): TopologyElement[] {
    const result: TopologyElement[] = [];
    for (const link of this.linksOf(id, linkKind)) {
      const other = this.otherEnd(link, id);
      if (other && (!elementKinds || elementKinds.includes(other.kind))) result.push(other);
    }
    return result;
  }

  private readonly peerings = new Map<string, readonly Peer[]>();

  /**
   * The VNets peered with a VNet, by their vnetPeering links, in link order. Looked up once per VNet:
   * every site reaching a hub goes on over the same peerings.
   */
  peeredVnets(vnetId: string): readonly Peer[] {
    let peers = this.peerings.get(vnetId);
    if (!peers) {
      const found: Peer[] = [];
      for (const peering of this.linksOf(vnetId, 'vnetPeering')) {
        const peer = this.otherEnd(peering, vnetId);
        if (peer?.kind === 'vnet' && peer.id !== vnetId) found.push(new Peer(peering.id, peer.id));
      }
      this.peerings.set(vnetId, (peers = toSize(found)));
    }
    return peers;
  }

  /** The VNet an element sits in, through any number of parents. */
  vnetOf(id: string): ElementOfKind<'vnet'> | undefined {
    let i = this.ix.indexById.get(id) ?? -1;
    // Up by the parents' indexes, looked up once for the context (Ends).
    const { parentAt } = this.ix.ends;
    const { elements } = this.doc;
    for (let depth = 0; i >= 0 && depth < 16; depth++) {
      const current = elements[i]!;
      if (current.kind === 'vnet') return current;
      i = parentAt[i]!;
    }
    return undefined;
  }

  /**
   * The subnets of a VNet, in document order: a list of the caller's own (rules ask about three times
   * per VNet, and a list kept per VNet saved less than its keeping cost: contextIndexes.ts, LaidOut).
   */
  subnetsOf(vnetId: string): ReadonlyArray<ElementOfKind<'subnet'>> {
    return this.children(vnetId, 'subnet');
  }

  gatewaySubnetOf(vnetId: string): ElementOfKind<'subnet'> | undefined {
    return this.subnetsOf(vnetId).find((s) => s.name === GATEWAY_SUBNET_NAME);
  }

  private readonly gateways = new Map<string, ReadonlyArray<ElementOfKind<'vpnGateway'> | ElementOfKind<'erGateway'>>>();

  /**
   * Gateways inside a VNet, directly or in one of its subnets. Found once per VNet: eight rules and
   * the path walk ask for the same VNets. Shared: read-only.
   */
  gatewaysIn(vnetId: string): ReadonlyArray<ElementOfKind<'vpnGateway'> | ElementOfKind<'erGateway'>> {
    let found = this.gateways.get(vnetId);
    // Most VNets (spokes) have none: they share the empty list.
    if (!found) this.gateways.set(vnetId, (found = toSizeOrEmpty(this.findGateways(vnetId, []))));
    return found;
  }

  // Each element has one parent, so what hangs below a VNet is a tree: the walk ends.
  private findGateways(id: string, found: Array<ElementOfKind<'vpnGateway'> | ElementOfKind<'erGateway'>>): Array<ElementOfKind<'vpnGateway'> | ElementOfKind<'erGateway'>> {
    const children = this.children(id);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.kind === 'vpnGateway' || child.kind === 'erGateway') found.push(child);
      else if (child.kind === 'subnet') this.findGateways(child.id, found);
    }
    return found;
  }

  cidr(text: string): CidrResult {
    return cachedCidr(text);
  }

  // Kept: rules and estimates name the same gateways, circuits and sites thousands of times a run.
  // An element's label by its index, found by one lookup of its id (half the labels asked for are
  // asked for once, and a map by id took three lookups for those: docs/performance.md, "Node,
  // twentieth round"); the labels of links and of ids no element has by id.
  private labelsAt: Array<string | undefined> | undefined;
  private readonly otherLabels = new Map<string, string>();

  /** A readable name for messages: the element's name, or its kind and id. */
  label(id: string): string {
    this.byId.note(id);
    const i = this.ix.indexById.get(id);
    if (i === undefined) {
      let text = this.otherLabels.get(id);
      if (text === undefined) this.otherLabels.set(id, (text = flat(labelOf(this.linkById(id), id))));
      return text;
    }
    const labels = (this.labelsAt ??= new Array<string | undefined>(this.doc.elements.length));
    return (labels[i] ??= flat(labelOf(this.doc.elements[i], id)));
  }
}

const contexts = new DesignScopedMap<TopologyDocument, ValidationContext>();

/**
 * The last context of each size of large document (elements and links): the document before an
 * edit that added or removed nothing has the same size. A run asks for the contexts of many parts
 * in between, so the last context asked for is seldom the one before. Small documents (a part of a
 * few dozen elements) are indexed afresh as fast.
 */
const recentBySize = new Map<string, ValidationContext>();
const DERIVED_FROM_SIZE = 200;
const SIZES_KEPT = 8;

/**
 * The context of a document, built once and shared by validation, the path walk and the
 * estimators: documents are immutable (every edit makes a new one), so indexes over one stay true.
 * After an edit of a few elements that joins nothing anew, built from the indexes of the context
 * before it.
 */
export function contextOf(doc: TopologyDocument): ValidationContext {
  let ctx = contexts.get(doc);
  if (ctx) return ctx;
  if (doc.elements.length < DERIVED_FROM_SIZE) ctx = new ValidationContext(doc);
  else {
    const size = `${doc.elements.length}:${doc.links.length}`;
    const before = recentBySize.get(size);
    const changed = before ? changedElements(before.doc, doc) : undefined;
    ctx = before && changed ? new ValidationContext(doc, { before, changed }) : new ValidationContext(doc);
    if (recentBySize.size >= SIZES_KEPT && !recentBySize.has(size)) recentBySize.clear();
    recentBySize.set(size, ctx);
  }
  contexts.set(doc, ctx);
  return ctx;
}

