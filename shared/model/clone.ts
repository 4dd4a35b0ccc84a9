/** Deep copy of plain JSON data. Documents hold only JSON values, so this is exact for them. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
