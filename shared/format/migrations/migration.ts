// A migration upgrades the `document` of a file by exactly one format version. It receives data
// that has passed only the JSON safety checks (not the schema, which describes the newest version),
// so it must check what it reads; it may throw, and the runner turns that into a load error.
export interface Migration {
  from: number;
  to: number;
  /** Says what changed, e.g. "split vnet.addressSpace into addressSpaces"; shown if it fails. */
  name: string;
  migrate(document: unknown): unknown;
}
