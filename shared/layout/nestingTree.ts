// The nesting of a design as a tree the layout can walk: parents that exist and no cycles. The
// loader already repairs bad nesting; this keeps the layout total for any document it is given.
import type { TopologyDocument } from '../model/types';

export interface NestingTree {
  /** Top-level ids, in document order. */
  roots: string[];
  /** Only ids that have children, each list in document order. */
  children: Map<string, string[]>;
  parent: Map<string, string>;
  /** The top-level element `id` is nested in, or `id` itself at the top level. */
  topOf(id: string): string;
  /** The innermost element holding both ids (as a strict descendant), or undefined for the top level. */
  commonAncestor(a: string, b: string): string | undefined;
}

export function nestingTree(doc: TopologyDocument): NestingTree {
  const ids = new Set(doc.elements.map((e) => e.id));
  const declared = new Map(doc.elements.flatMap((e) => (e.parentId && ids.has(e.parentId) ? [[e.id, e.parentId] as const] : [])));
  const parent = new Map<string, string>();
  for (const [id, parentId] of declared) if (!inCycle(id, declared)) parent.set(id, parentId);
  const roots: string[] = [];
  const children = new Map<string, string[]>();
  for (const { id } of doc.elements) {
    const p = parent.get(id);
    if (p === undefined) roots.push(id);
    else children.set(p, [...(children.get(p) ?? []), id]);
  }
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) chain.push(p);
    return chain;
  };
  return {
    roots,
    children,
    parent,
    topOf(id) {
      return ancestors(id).at(-1) ?? id;
    },
    commonAncestor(a, b) {
      const ofA = new Set(ancestors(a));
      return ancestors(b).find((p) => ofA.has(p));
    },
  };
}

/** Whether following parents from `id` comes back to it; each step is a distinct id, so at most size steps. */
function inCycle(id: string, parentOf: ReadonlyMap<string, string>): boolean {
  let p = parentOf.get(id);
  for (let steps = 0; p !== undefined && steps < parentOf.size; steps++) {
    if (p === id) return true;
    p = parentOf.get(p);
  }
  return false;
}
