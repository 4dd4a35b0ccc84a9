// Where every element of a design lies on the canvas (flow units, parents resolved), for the
// browser benchmarks: the design counts as painted once every element inside the window is in the
// DOM, whether the page renders the whole design or only what is on screen.
import { absoluteRects } from '../../shared/model/geometry';
import type { TopologyDocument } from '../../shared/model/types';

/** [id, x, y, width, height] per element. */
export function nodeRects(doc: TopologyDocument): Array<[string, number, number, number, number]> {
  return [...absoluteRects(doc)].map(([id, r]) => [id, r.x, r.y, r.width, r.height]);
}
