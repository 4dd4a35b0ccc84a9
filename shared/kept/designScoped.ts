// What a run works out is kept, by identity, for the runs after the next edit: the contexts by
// document, the parts and their memos' entries, the site paths and path estimates, the lines of links.
// In weak maps, each entry would live until a full garbage collection proves its key dead: V8's
// young-generation collector cannot tell whether a key is dead, so it keeps every value it finds in a
// weak map alive, and a value that outlives two of them is moved to the old generation. Every run's
// results were then copied twice and promoted, long after a design opened next had replaced them:
// in a microbenchmark, values held in a weak map were all promoted, against four to six in ten of
// those held in a variable overwritten each time, and scavenges took 1.5–2.4× as long
// (docs/performance.md, "Node, twenty-third round"). A map scoped to the design starts afresh when
// another design is opened, so what was kept for the last one goes with it; through an edit (most
// elements the same objects) it keeps everything, as a weak map does.
import type { TopologyDocument, TopologyElement } from '../model/types';

/** The design asked about last (noteDesign), by its elements. */
let lastElements: readonly TopologyElement[] | undefined;
/** Counts the designs opened (or pasted whole) one after another: a map scoped to the design keeps only this one's entries. */
let generation = 0;

/**
 * Notes `doc` as the design the runs are about (at the start of validate, estimateCost and
 * estimatePaths): when it is not the design noted last nor an edit of it, every map scoped to the
 * design lets go of what it kept.
 */
export function noteDesign(doc: TopologyDocument): void {
  const before = lastElements;
  lastElements = doc.elements;
  if (before !== doc.elements && (before === undefined || !mostlyAlike(before, doc.elements))) generation++;
}

/** A WeakMap, with its methods, whose entries all go when another design is noted (noteDesign). */
export class DesignScopedMap<K extends object, V> {
  #map = new WeakMap<K, V>();
  #generation = generation;

  // A new map rather than deleting entries: the map it replaces, and all it held, are let go whole.
  #current(): WeakMap<K, V> {
    if (this.#generation !== generation) {
      this.#map = new WeakMap();
      this.#generation = generation;
    }
    return this.#map;
  }

  get(key: K): V | undefined {
    return this.#current().get(key);
  }

  set(key: K, value: V): this {
    this.#current().set(key, value);
    return this;
  }

  has(key: K): boolean {
    return this.#current().has(key);
  }

  delete(key: K): boolean {
    return this.#current().delete(key);
  }
}

const SAMPLES = 16;
const NEAR = 2;

/**
 * Whether `after` is mostly `before` edited: most of a sample of 16 of its elements are the same
 * objects within two places of their own in `before` (an edit keeps every element it does not change;
 * a design opened, or pasted whole, has none of them).
 */
export function mostlyAlike(before: readonly TopologyElement[], after: readonly TopologyElement[]): boolean {
  const n = after.length;
  if (n === 0) return true;
  const step = Math.max(1, Math.floor(n / SAMPLES));
  let sampled = 0;
  let found = 0;
  for (let i = 0; i < n; i += step) {
    sampled++;
    const element = after[i];
    for (let j = Math.max(0, i - NEAR); j <= i + NEAR && j < before.length; j++) {
      if (before[j] === element) {
        found++;
        break;
      }
    }
  }
  return found * 2 >= sampled;
}
