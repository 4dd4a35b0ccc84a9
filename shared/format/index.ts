// The design file format: the only way files are read and written, shared by the app and the CLI.
export { FILE_EXTENSION, FORMAT_ID, FORMAT_VERSION } from './constants';
export { formatProblem, type LoadProblem, type LoadResult } from './problems';
export { loadDocument } from './load';
export { serializeDocument } from './serialize';
