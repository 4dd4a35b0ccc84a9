// Pure document edits. Each takes a document and returns a new one (unchanged parts keep their
// identity, so views can memoise per element). The renderer's store actions are one-liners over these.
import type { ElementKind } from './enums';
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME, canNestIn, isGatewayKind, type ElementPreset } from './elementCatalog';
import { elementSchema, linkSchema } from './schema';
import type { Point, TopologyDocument, TopologyElement, TopologyLink } from './types';
import { checkConnection } from './linkKinds';
import { cloneJson } from './clone';

export function emptyDocument(title = 'Untitled design'): TopologyDocument {
  return { title, description: '', elements: [], links: [] };
}

/** `prefix-N` with the smallest N not yet taken: readable in files and stable across saves. */
export function nextId(prefix: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function allIds(doc: TopologyDocument): Set<string> {
  const ids = new Set<string>();
  for (const e of doc.elements) ids.add(e.id);
  for (const l of doc.links) ids.add(l.id);
  return ids;
}

export function createElement(
  preset: ElementPreset,
  position: Point,
  taken: ReadonlySet<string>,
  parentId?: string,
): TopologyElement {
  const info = ELEMENT_KIND_INFO[preset.kind];
  const size = preset.size ?? info.container?.defaultSize;
  return elementSchema.parse({
    id: nextId(preset.kind, taken),
    kind: preset.kind,
    name: preset.name,
    position,
    ...(parentId ? { parentId } : {}),
    ...(size ? { size: { ...size } } : {}),
    props: cloneJson(preset.props ?? {}),
  });
}

export function addElements(doc: TopologyDocument, elements: readonly TopologyElement[]): TopologyDocument {
  return { ...doc, elements: [...doc.elements, ...elements] };
}

export function addLink(doc: TopologyDocument, sourceId: string, targetId: string): TopologyDocument {
  const check = checkConnection(doc, sourceId, targetId);
  if (!check.ok) return doc;
  const link = linkSchema.parse({ id: nextId(check.kind, allIds(doc)), kind: check.kind, source: sourceId, target: targetId });
  return { ...doc, links: [...doc.links, link] };
}

type ElementPatch = Partial<Pick<TopologyElement, 'name' | 'notes' | 'position' | 'size' | 'parentId'>> & {
  props?: Record<string, unknown>;
};

/** Shallow-merges `patch` into the element (and `patch.props` into its props). */
export function updateElement(doc: TopologyDocument, id: string, patch: ElementPatch): TopologyDocument {
  return {
    ...doc,
    elements: doc.elements.map((e) =>
      e.id === id ? ({ ...e, ...patch, props: patch.props ? { ...e.props, ...patch.props } : e.props } as TopologyElement) : e,
    ),
  };
}

type LinkPatch = Partial<Pick<TopologyLink, 'name' | 'notes'>> & { props?: Record<string, unknown> };

export function updateLink(doc: TopologyDocument, id: string, patch: LinkPatch): TopologyDocument {
  return {
    ...doc,
    links: doc.links.map((l) =>
      l.id === id ? ({ ...l, ...patch, props: patch.props ? { ...l.props, ...patch.props } : l.props } as TopologyLink) : l,
    ),
  };
}

export function setTitle(doc: TopologyDocument, title: string): TopologyDocument {
  return { ...doc, title };
}

/** Moves elements to new positions (relative to their parents, as stored). */
export function moveElements(doc: TopologyDocument, positions: ReadonlyMap<string, Point>): TopologyDocument {
  if (positions.size === 0) return doc;
  return {
    ...doc,
    elements: doc.elements.map((e) => {
      const p = positions.get(e.id);
      return p && (p.x !== e.position.x || p.y !== e.position.y) ? { ...e, position: { x: p.x, y: p.y } } : e;
    }),
  };
}

/** The ids plus every element nested inside them, at any depth. */
export function withDescendants(doc: TopologyDocument, ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  const children = new Map<string, string[]>();
  for (const e of doc.elements) {
    if (e.parentId) children.set(e.parentId, [...(children.get(e.parentId) ?? []), e.id]);
  }
  const queue = [...result];
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}

/** Removes elements (with what is nested in them), their links, and the given links. */
export function deleteItems(doc: TopologyDocument, ids: Iterable<string>): TopologyDocument {
  const gone = withDescendants(doc, ids);
  if (gone.size === 0) return doc;
  const links = doc.links.filter((l) => {
    const removed = gone.has(l.id) || gone.has(l.source) || gone.has(l.target);
    if (removed) gone.add(l.id);
    return !removed;
  });
  return dropFromScenes({ ...doc, elements: doc.elements.filter((e) => !gone.has(e.id)), links }, gone);
}

/** Scenes forget deleted elements and links, so a scene never shows or fails what is gone. */
function dropFromScenes(doc: TopologyDocument, gone: ReadonlySet<string>): TopologyDocument {
  if (!doc.scenes) return doc;
  const keep = (ids: string[]) => ids.filter((id) => !gone.has(id));
  const scenes = doc.scenes.map((s) => {
    const next = { ...s, elementIds: keep(s.elementIds), linkIds: keep(s.linkIds), failedIds: keep(s.failedIds) };
    const same = next.elementIds.length === s.elementIds.length && next.linkIds.length === s.linkIds.length && next.failedIds.length === s.failedIds.length;
    return same ? s : next;
  });
  return { ...doc, scenes };
}

/** Position of an element on the canvas, adding up its parents' positions. */
export function absolutePosition(doc: TopologyDocument, id: string, byId = indexElements(doc)): Point {
  let x = 0;
  let y = 0;
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    x += current.position.x;
    y += current.position.y;
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return { x, y };
}

export function indexElements(doc: TopologyDocument): Map<string, TopologyElement> {
  return new Map(doc.elements.map((e) => [e.id, e]));
}

/**
 * Where an element of `kind` dropped onto `candidate` should live. Gateways dropped on a VNet go
 * into its GatewaySubnet when it has one, because that is where Azure deploys them.
 */
export function nestingParent(
  doc: TopologyDocument,
  kind: ElementKind,
  candidate: TopologyElement | undefined,
): TopologyElement | undefined {
  if (!candidate) return undefined;
  if (isGatewayKind(kind)) {
    const vnet =
      candidate.kind === 'vnet'
        ? candidate
        : candidate.kind === 'subnet' && candidate.parentId
          ? doc.elements.find((e) => e.id === candidate.parentId)
          : undefined;
    if (!vnet) return undefined;
    const gatewaySubnet = doc.elements.find(
      (e) => e.kind === 'subnet' && e.parentId === vnet.id && e.name === GATEWAY_SUBNET_NAME,
    );
    return gatewaySubnet ?? vnet;
  }
  if (candidate.kind === 'subnet' && candidate.parentId && canNestIn(kind, 'vnet')) {
    return doc.elements.find((e) => e.id === candidate.parentId);
  }
  return canNestIn(kind, candidate.kind) ? candidate : undefined;
}

/**
 * Copies of the given elements (with their descendants and the links among them), with fresh ids,
 * moved by `offset`. Copied children keep their copied parent; a copied child whose parent was
 * not copied keeps the original parent.
 */
export function cloneItems(
  doc: TopologyDocument,
  source: { elements: readonly TopologyElement[]; links: readonly TopologyLink[] },
  offset: Point,
): { elements: TopologyElement[]; links: TopologyLink[] } {
  const taken = allIds(doc);
  const idMap = new Map<string, string>();
  for (const e of source.elements) {
    const id = nextId(e.kind, taken);
    taken.add(id);
    idMap.set(e.id, id);
  }
  const existing = new Set(doc.elements.map((e) => e.id));
  const elements = source.elements.map((e) => {
    const parentCopied = e.parentId !== undefined && idMap.has(e.parentId);
    const parentId = parentCopied ? idMap.get(e.parentId!) : e.parentId && existing.has(e.parentId) ? e.parentId : undefined;
    const position = parentCopied ? e.position : { x: e.position.x + offset.x, y: e.position.y + offset.y };
    const copy = { ...cloneJson(e), id: idMap.get(e.id)!, position } as TopologyElement;
    if (parentId) copy.parentId = parentId;
    else delete copy.parentId;
    return copy;
  });
  const links = source.links
    .filter((l) => idMap.has(l.source) && idMap.has(l.target))
    .map((l) => {
      const id = nextId(l.kind, taken);
      taken.add(id);
      return { ...cloneJson(l), id, source: idMap.get(l.source)!, target: idMap.get(l.target)! };
    });
  return { elements, links };
}

/** The selected elements with their descendants, and the links whose both ends are among them. */
export function extractItems(
  doc: TopologyDocument,
  ids: Iterable<string>,
): { elements: TopologyElement[]; links: TopologyLink[] } {
  const chosen = withDescendants(doc, ids);
  const elements = doc.elements.filter((e) => chosen.has(e.id));
  const links = doc.links.filter((l) => chosen.has(l.source) && chosen.has(l.target));
  return { elements, links };
}

export function pasteItems(
  doc: TopologyDocument,
  items: { elements: readonly TopologyElement[]; links: readonly TopologyLink[] },
  offset: Point,
): { doc: TopologyDocument; newIds: string[] } {
  const copies = cloneItems(doc, items, offset);
  return {
    doc: { ...doc, elements: [...doc.elements, ...copies.elements], links: [...doc.links, ...copies.links] },
    newIds: [...copies.elements.map((e) => e.id), ...copies.links.map((l) => l.id)],
  };
}

/** Moves an element into `parentId` (or to the top level), keeping where it is on the canvas. */
export function reparentElement(doc: TopologyDocument, id: string, parentId: string | undefined): TopologyDocument {
  const byId = indexElements(doc);
  const el = byId.get(id);
  if (!el || el.parentId === parentId) return doc;
  const absolute = absolutePosition(doc, id, byId);
  const origin = parentId ? absolutePosition(doc, parentId, byId) : { x: 0, y: 0 };
  const moved = { ...el, position: { x: absolute.x - origin.x, y: absolute.y - origin.y } } as TopologyElement;
  if (parentId) moved.parentId = parentId;
  else delete moved.parentId;
  return { ...doc, elements: doc.elements.map((e) => (e.id === id ? moved : e)) };
}
