// What indexes of a design rest on: an element's id, kind and parent. An edit that keeps them (a
// rename, a property, a move) keeps every index by id, kind and nesting, and what is worked out from
// them alone (the context's indexes, the parts, the connected networks).
import type { TopologyElement } from '../model/types';

/** Whether `b` stands where `a` stood: the same id, kind and parent. */
export function samePlace(a: TopologyElement, b: TopologyElement): boolean {
  return a.id === b.id && a.kind === b.kind && a.parentId === b.parentId;
}
