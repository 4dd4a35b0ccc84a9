// What JSON.parse accepts but the rest of the app must never see (stack-pitfalls.md, "Files and
// saving"): keys that reach Object.prototype when data is copied with Object.assign or a deep merge,
// numbers beyond the double range (1e400 parses as Infinity and would save as null), and nesting
// deep enough to overflow JSON.stringify or structuredClone. One iterative walk, so the check
// itself cannot overflow the stack.
import { MAX_NESTING_DEPTH } from './constants';
import { toPointer } from './jsonPointer';
import { quote, type LoadProblem } from './problems';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
  depth: number;
  /** Set on the (rare) visits that only report a problem, so problems come out in file order. */
  problem?: string;
}

const TOO_LARGE = 'This number is too large to store (for example 1e400); use a smaller value.';
const forbiddenKey = (key: string) =>
  `The key ${quote(key)} is not allowed in a design file (it could tamper with the app's objects).`;

export function findUnsafeJson(root: unknown): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const stack: Visit[] = [];
  // Only containers and problems are pushed: a 40 MB list of numbers must not cost an object per number.
  const push = (value: unknown, key: string | number | undefined, parent: Visit | undefined) => {
    const depth = parent ? parent.depth + 1 : 0;
    if (typeof value === 'number' && !Number.isFinite(value)) stack.push({ value, key, parent, depth, problem: TOO_LARGE });
    else if (typeof value === 'object' && value !== null) stack.push({ value, key, parent, depth });
  };
  push(root, undefined, undefined);
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.problem !== undefined) {
      problems.push({ message: visit.problem, pointer: pointerOf(visit) });
      continue;
    }
    if (visit.depth >= MAX_NESTING_DEPTH) {
      problems.push({
        message: `The data is nested more than ${MAX_NESTING_DEPTH} levels deep here; a design never nests that deep.`,
        pointer: pointerOf(visit),
      });
      return problems;
    }
    // The stack is last in, first out: children are pushed in reverse to be visited in file order.
    if (Array.isArray(visit.value)) {
      const items: unknown[] = visit.value;
      for (let i = items.length - 1; i >= 0; i--) push(items[i], i, visit);
      continue;
    }
    // Object.keys lists the own "__proto__" property JSON.parse creates (Object.assign would turn it
    // into a prototype), so every key is checked here.
    const record = visit.value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) stack.push({ value: undefined, key, parent: visit, depth: visit.depth + 1, problem: forbiddenKey(key) });
      else push(record[key], key, visit);
    }
  }
  return problems;
}

function pointerOf(visit: Visit): string {
  const path: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) path.push(v.key);
  return toPointer(path.reverse());
}
