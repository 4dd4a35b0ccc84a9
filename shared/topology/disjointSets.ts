// Disjoint sets (union-find) over numbered nodes: which elements of a design are joined, directly
// or through others. Used to find the parts of a design (parts.ts) and the networks whose address
// spaces must not overlap (validation/connectedNetworks.ts).
export class DisjointSets {
  private readonly root: number[] = [];

  constructor(size = 0) {
    for (let i = 0; i < size; i++) this.root.push(i);
  }

  get size(): number {
    return this.root.length;
  }

  /** A new node in a set of its own; returns its number. */
  add(): number {
    const node = this.root.length;
    this.root.push(node);
    return node;
  }

  /** The lowest-numbered node of the set `node` is in (the same for every node of the set). */
  find(node: number): number {
    const root = this.root;
    while (root[node] !== node) {
      // Path halving: each step points the node at its grandparent, so later finds are short.
      root[node] = root[root[node]!]!;
      node = root[node]!;
    }
    return node;
  }

  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.root[rb] = ra;
    else if (rb < ra) this.root[ra] = rb;
  }
}
