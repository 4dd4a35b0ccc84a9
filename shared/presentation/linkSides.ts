// Which sides of its two ends a link leaves and enters: the facing ones, as a person would draw it.
// The canvas and the exported pictures use this one rule, so exports match the screen.
import type { Point } from '../model/types';

export type Side = 't' | 'r' | 'b' | 'l';

export function facingSides(from: Point, to: Point): [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? ['r', 'l'] : ['l', 'r'];
  return dy >= 0 ? ['b', 't'] : ['t', 'b'];
}
