// Makes parentId trustworthy, so the canvas never receives a child whose parent is missing, of a
// kind that cannot hold it, or part of a loop (React Flow would drop such nodes or hang).
// A detached element keeps its place on the canvas: its position becomes absolute.
import { ELEMENT_KIND_INFO, canNestIn } from '../model/elementCatalog';
import type { Point, TopologyElement } from '../model/types';
import { describeItem, quote, type LoadProblem } from './problems';

export function repairNesting(elements: readonly TopologyElement[]): {
  elements: TopologyElement[];
  repairs: LoadProblem[];
} {
  const index = new Map(elements.map((e, i) => [e.id, i]));
  const parentOf = new Map<string, string | undefined>(elements.map((e) => [e.id, e.parentId]));
  const repairs: LoadProblem[] = [];
  const detached = new Map<string, Point>();
  const report = (e: TopologyElement, why: string) =>
    repairs.push({
      message: `${describeItem('elements', index.get(e.id)!, e.id)}: ${why}; it was moved to the top level.`,
      pointer: `/document/elements/${index.get(e.id)!}/parentId`,
      elementId: e.id,
    });

  for (const e of elements) {
    if (e.parentId !== undefined && !index.has(e.parentId)) {
      parentOf.set(e.id, undefined);
      detached.set(e.id, e.position);
      report(e, `its parent ${quote(e.parentId)} does not exist`);
    }
  }

  for (const e of breakCycles(elements, parentOf)) {
    detached.set(e.id, e.position);
    report(e, 'its chain of parents loops back to itself');
  }

  // Absolute positions are taken from the loop-free tree before any kind fix, so each detached
  // element stays where it was drawn whatever order the fixes run in.
  const absolute = absolutePositions(elements, parentOf);
  for (const e of elements) {
    const parentId = parentOf.get(e.id);
    if (parentId === undefined) continue;
    const parent = elements[index.get(parentId)!]!;
    if (canNestIn(e.kind, parent.kind)) continue;
    const base = absolute(parentId);
    detached.set(e.id, { x: e.position.x + base.x, y: e.position.y + base.y });
    report(
      e,
      `it cannot be nested in its parent ${quote(parentId)} (${ELEMENT_KIND_INFO[e.kind].label} in ${ELEMENT_KIND_INFO[parent.kind].label})`,
    );
  }

  if (detached.size === 0) return { elements: [...elements], repairs };
  const repaired = elements.map((e) => {
    const position = detached.get(e.id);
    if (position === undefined) return e;
    const copy = { ...e, position: { ...e.position, x: position.x, y: position.y } };
    delete copy.parentId;
    return copy;
  });
  return { elements: repaired, repairs };
}

/** Cuts each loop at the element whose parent closes it; returns the elements cut loose. */
function breakCycles(
  elements: readonly TopologyElement[],
  parentOf: Map<string, string | undefined>,
): TopologyElement[] {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cut: TopologyElement[] = [];
  for (const start of elements) {
    const path: string[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'visiting');
      path.push(id);
      const parentId = parentOf.get(id);
      if (parentId !== undefined && state.get(parentId) === 'visiting') {
        parentOf.set(id, undefined);
        cut.push(byId.get(id)!);
        break;
      }
      id = parentId;
    }
    for (const visited of path) state.set(visited, 'done');
  }
  return cut;
}

function absolutePositions(
  elements: readonly TopologyElement[],
  parentOf: ReadonlyMap<string, string | undefined>,
): (id: string) => Point {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const memo = new Map<string, Point>();
  // Iterative: a file may chain thousands of elements, deeper than the call stack allows.
  const absolute = (id: string): Point => {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined && !memo.has(at); at = parentOf.get(at)) chain.push(at);
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i]!;
      const own = byId.get(at)!.position;
      const parentId = parentOf.get(at);
      const base = parentId === undefined ? { x: 0, y: 0 } : memo.get(parentId)!;
      memo.set(at, { x: own.x + base.x, y: own.y + base.y });
    }
    return memo.get(id)!;
  };
  return absolute;
}
