// Identity and limits of the file format. The limits keep a hostile or corrupt file from freezing
// the app; they are far above any real design (a saved element takes about 500 bytes, so a design
// of 10,000 elements is a 5 MB file).

export const FORMAT_ID = 'hybrid-topology-designer';
/** Bump together with a new file in migrations/ (see migrations/index.ts). */
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.topo.json';

export const APP_NAME = 'Hybrid Topology Designer';
export const DEFAULT_SAVED_BY = { app: APP_NAME, version: '0.1.0' } as const;

/** Characters, checked before parsing so a huge file fails at once instead of hanging the parser. */
export const MAX_TEXT_LENGTH = 50_000_000;
/** A design nests about 8 levels deep; beyond this JSON.stringify and structuredClone can overflow. */
export const MAX_NESTING_DEPTH = 64;
/** Problems listed one by one; the rest are summed up so a broken file does not flood the screen. */
export const MAX_LISTED_PROBLEMS = 50;
