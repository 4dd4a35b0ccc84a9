// GB a month by who it is sent to (a site, a point-to-site group, a VPN gateway), as the traffic
// attribution builds it and the cost lines read it. Not a map: a 1,000-element estate has hundreds
// of these lists of one to a dozen entries, and a map each, with a boxed number per entry, was a
// share of what a cost estimate allocated (docs/performance.md, "Node, fourteenth round").

import { emptyList, listOf } from '../kept/lists';

export class Shares {
  // While one id is sent to (most lists: a site's one gateway, a circuit's one site), the id and its
  // GB themselves; from the second, a list of each, made to size (a list grown by push from empty
  // keeps room for sixteen, and a kept literal's list is pretenured: ../kept/lists.ts). A list of
  // numbers holds doubles in place, unboxed. Two lists for one entry were four objects to keep,
  // 1,634 times at 10,000 elements (docs/performance.md, "Node, twenty-second round").
  #ids: string | string[] | undefined = undefined;
  #gb: number | number[] = 0;

  get size(): number {
    const ids = this.#ids;
    return ids === undefined ? 0 : typeof ids === 'string' ? 1 : ids.length;
  }

  /**
   * Adds `gb` sent to `id`. The attribution works site after site, so a site's sends to one list
   * come together: the last entry is the one to add to, and a search of the list is the rare case
   * (a site's sends through two gateways, which alternate, in a list of a few gateways).
   */
  add(id: string, gb: number): void {
    const ids = this.#ids;
    if (ids === undefined) {
      this.#ids = id;
      this.#gb = gb;
    } else if (typeof ids === 'string') {
      if (ids === id) this.#gb = (this.#gb as number) + gb;
      else {
        this.#ids = [ids, id].slice();
        this.#gb = [this.#gb as number, gb].slice();
      }
    } else {
      const gbs = this.#gb as number[];
      const last = ids.length - 1;
      const at = ids[last] === id ? last : ids.indexOf(id);
      if (at >= 0) gbs[at]! += gb;
      else {
        ids.push(id);
        gbs.push(gb);
      }
    }
  }

  get(id: string): number | undefined {
    const ids = this.#ids;
    if (typeof ids === 'string') return ids === id ? (this.#gb as number) : undefined;
    const at = ids === undefined ? -1 : ids.indexOf(id);
    return at < 0 ? undefined : (this.#gb as number[])[at];
  }

  /** The first id sent to, if any. */
  get firstId(): string | undefined {
    const ids = this.#ids;
    return typeof ids === 'string' || ids === undefined ? ids : ids[0];
  }

  /** Each id and its GB, in the order first sent to (as a map's forEach: the value first). */
  forEach(visit: (gb: number, id: string) => void): void {
    const ids = this.#ids;
    if (ids === undefined) return;
    if (typeof ids === 'string') return visit(this.#gb as number, ids);
    const gbs = this.#gb as number[];
    for (let i = 0; i < ids.length; i++) visit(gbs[i]!, ids[i]!);
  }

  /** The GB sent to the `index`th id of ids(). */
  gbAt(index: number): number {
    const gb = this.#gb;
    return typeof gb === 'number' ? gb : gb[index]!;
  }

  /** The ids, in the order first sent to: a list of the caller's own while there is one. Read-only. */
  ids(): readonly string[] {
    const ids = this.#ids;
    return ids === undefined ? emptyList() : typeof ids === 'string' ? listOf(ids) : ids;
  }

  /** The total GB. */
  sum(): number {
    const gbs = this.#gb;
    if (typeof gbs === 'number') return gbs;
    let total = 0;
    for (let i = 0; i < gbs.length; i++) total += gbs[i]!;
    return total;
  }

  /** A copy, to add to apart from this one (made to size). */
  copy(): Shares {
    const copy = new Shares();
    const ids = this.#ids;
    const gb = this.#gb;
    copy.#ids = typeof ids === 'object' ? ids.slice() : ids;
    copy.#gb = typeof gb === 'object' ? gb.slice() : gb;
    return copy;
  }

  /** As a map (tests compare with one). */
  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    this.forEach((gb, id) => map.set(id, gb));
    return map;
  }
}
