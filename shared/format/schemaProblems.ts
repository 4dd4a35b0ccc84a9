// Schema issues → problems that say which element is wrong, which field, and why, e.g.
// `Element "vnet-hub" (elements/3): props.sku: Invalid option: expected one of ...`.
import type { z } from 'zod';
import { toDottedPath, toPointer } from './jsonPointer';
import { describeItem, quote, type LoadProblem } from './problems';

type Issue = z.core.$ZodIssue;

/** `document` is the raw (pre-schema) document the issues refer to; item ids are read from it. */
export function schemaProblems(issues: readonly Issue[], document: unknown): LoadProblem[] {
  return issues.map((issue) => toProblem(issue, document));
}

function toProblem(issue: Issue, document: unknown): LoadProblem {
  const path = issue.path;
  const pointer = `/document${toPointer(path)}`;
  const what = describeIssue(issue, valueAt(document, path));
  const [list, index] = path;
  if ((list !== 'elements' && list !== 'links') || typeof index !== 'number') {
    return { message: path.length === 0 ? what : `${toDottedPath(path)}: ${what}`, pointer };
  }
  const rawId = (valueAt(document, [list, index]) as { id?: unknown } | undefined)?.id;
  const elementId = typeof rawId === 'string' ? rawId : undefined;
  const item = describeItem(list, index, elementId);
  const field = toDottedPath(path.slice(2));
  const message = field === '' ? `${item}: ${what}` : `${item}: ${field}: ${what}`;
  return elementId === undefined ? { message, pointer } : { message, pointer, elementId };
}

function describeIssue(issue: Issue, value: unknown): string {
  // zod lists the allowed kinds on an unknown discriminator, outside its declared issue type.
  const options = issue.code === 'invalid_union' ? (issue as { options?: unknown }).options : undefined;
  if (Array.isArray(options)) {
    const expected = options.map((o) => JSON.stringify(o)).join('|');
    if (value === undefined) return `Missing: expected one of ${expected}`;
    return `Invalid option ${typeof value === 'string' ? quote(value) : JSON.stringify(value)}: expected one of ${expected}`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `Missing: expected ${article(issue.expected)}`;
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
