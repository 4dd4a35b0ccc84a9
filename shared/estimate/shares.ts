// GB a month by who it is sent to (a site, a point-to-site group, a VPN gateway), as the traffic
// attribution builds it and the cost lines read it. Not a map: a 1,000-element estate has hundreds
// of these lists of one to a dozen entries, and a map each, with a boxed number per entry, was a
// share of what a cost estimate allocated (docs/performance.md, "Node, fourteenth round").

import { emptyList, listOf } from '../kept/lists';

export class Shares {
  // Made by the first send as lists of one (most lists hold one gateway or one site): a list grown
  // by push from empty keeps room for sixteen, and a kept literal's list is pretenured
  // (../kept/lists.ts). A list of numbers only holds doubles in place, unboxed.
  #ids: string[] = emptyList();
  #gb: number[] = emptyList();

  get size(): number {
    return this.#ids.length;
  }

  /**
   * Adds `gb` sent to `id`. The attribution works site after site, so a site's sends to one list
   * come together: the last entry is the one to add to, and a search of the list is the rare case
   * (a site's sends through two gateways, which alternate, in a list of a few gateways).
   */
  add(id: string, gb: number): void {
    const ids = this.#ids;
    const last = ids.length - 1;
    if (last >= 0 && ids[last] === id) {
      this.#gb[last]! += gb;
      return;
    }
    const at = ids.indexOf(id);
    if (at >= 0) this.#gb[at]! += gb;
    else if (last < 0) {
      this.#ids = listOf(id);
      this.#gb = listOf(gb);
    } else {
      ids.push(id);
      this.#gb.push(gb);
    }
  }

  get(id: string): number | undefined {
    const at = this.#ids.indexOf(id);
    return at < 0 ? undefined : this.#gb[at];
  }

  /** The first id sent to, if any. */
  get firstId(): string | undefined {
    return this.#ids[0];
  }

  /** Each id and its GB, in the order first sent to (as a map's forEach: the value first). */
  forEach(visit: (gb: number, id: string) => void): void {
    const ids = this.#ids;
    const gbs = this.#gb;
    for (let i = 0; i < ids.length; i++) visit(gbs[i]!, ids[i]!);
  }

  /** The GB sent to the `index`th id of ids(). */
  gbAt(index: number): number {
    return this.#gb[index]!;
  }

  /** The ids, in the order first sent to. Read-only. */
  ids(): readonly string[] {
    return this.#ids;
  }

  /** The total GB. */
  sum(): number {
    let total = 0;
    const gbs = this.#gb;
    for (let i = 0; i < gbs.length; i++) total += gbs[i]!;
    return total;
  }

  /** A copy, to add to apart from this one (made to size). */
  copy(): Shares {
    const copy = new Shares();
    if (this.#ids.length > 0) {
      copy.#ids = this.#ids.slice();
      copy.#gb = this.#gb.slice();
    }
    return copy;
  }

  /** As a map (tests compare with one). */
  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    this.forEach((gb, id) => map.set(id, gb));
    return map;
  }
}
