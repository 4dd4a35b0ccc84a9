// Document → file text. Keys are written in one fixed order (the main fields first, in reading
// order, then the rest alphabetically) so saving an unchanged design gives the same bytes and a
// diff of two versions shows only what changed.
import type { TopologyDocument } from '../model/types';
import { DEFAULT_SAVED_BY, FORMAT_ID, FORMAT_VERSION } from './constants';
import { ELEMENT_SESSION_FIELDS, LINK_SESSION_FIELDS, withoutFields } from './sessionFields';

/** Which keys come first in an object, and the order inside its fields or its list items. */
interface KeyOrder {
  keys?: readonly string[];
  fields?: Readonly<Record<string, KeyOrder>>;
  items?: KeyOrder;
}

const ELEMENT: KeyOrder = {
  keys: ['id', 'kind', 'name', 'parentId', 'position', 'size', 'props', 'notes'],
  fields: { position: { keys: ['x', 'y'] }, size: { keys: ['width', 'height'] } },
};
const LINK: KeyOrder = { keys: ['id', 'kind', 'source', 'target', 'name', 'props', 'notes'] };
const SCENE: KeyOrder = { keys: ['id', 'title', 'caption', 'elementIds', 'linkIds', 'failedIds'] };
const ENVELOPE: KeyOrder = {
  keys: ['format', 'formatVersion', 'savedBy', 'document'],
  fields: {
    savedBy: { keys: ['app', 'version'] },
    document: {
      keys: ['title', 'description', 'elements', 'links', 'scenes'],
      fields: { elements: { items: ELEMENT }, links: { items: LINK }, scenes: { items: SCENE } },
    },
  },
};

export function serializeDocument(
  doc: TopologyDocument,
  savedBy: { app: string; version: string } = DEFAULT_SAVED_BY,
): string {
  const document = {
    ...doc,
    elements: doc.elements.map((e) => withoutFields(e, ELEMENT_SESSION_FIELDS)),
    links: doc.links.map((l) => withoutFields(l, LINK_SESSION_FIELDS)),
  };
  const envelope = { format: FORMAT_ID, formatVersion: FORMAT_VERSION, savedBy, document };
  return `${JSON.stringify(canonical(envelope, ENVELOPE), null, 2)}\n`;
}

function canonical(value: unknown, order: KeyOrder = {}): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, order.items));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => source[k] !== undefined);
  const preferred = order.keys ?? [];
  const first = preferred.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !preferred.includes(k)).sort();
  // A null-prototype object, so even a "__proto__" key is written as data, never as a prototype.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of [...first, ...rest]) out[key] = canonical(source[key], order.fields?.[key]);
  return out;
}
