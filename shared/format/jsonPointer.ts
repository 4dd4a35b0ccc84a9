// JSON pointers (RFC 6901) name the place of a problem in the file, in a form editors and jq understand.

export type PathSegment = string | number;

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${escapeSegment(String(segment))}`).join('');
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `props.sku` or `addressSpaces[2]`: how a path reads inside a message. */
export function toDottedPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
