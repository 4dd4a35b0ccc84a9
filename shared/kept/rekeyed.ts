// Results kept by element or link, carried to a part whose items were replaced in place (moved,
// resized, annotated): the same values, looked up by the items as they are now.

/** `map` with each item of `from` that was replaced in `to` (same place in the list) replaced by it. */
export function rekeyed<K extends object, V>(map: Map<K, V>, from: readonly object[], to: readonly object[]): Map<K, V> {
  let copy: Map<K, V> | undefined;
  for (let i = 0; i < to.length; i++) {
    const before = from[i] as K;
    if (before === to[i]) continue;
    const value = map.get(before);
    if (value === undefined) continue;
    // Copied, not changed: the map may be shared with the part as it was, or with a whole run's other parts.
    copy ??= new Map(map);
    copy.delete(before);
    copy.set(to[i] as K, value);
  }
  return copy ?? map;
}
