// The wrapper around a design: which app wrote it and in which format version. Checked before the
// document itself, so a file from another app or a newer version gets a message about that rather
// than a page of schema errors.
import { APP_NAME, FORMAT_ID, FORMAT_VERSION } from './constants';
import { quote, type LoadProblem } from './problems';

export interface Envelope {
  formatVersion: number;
  /** Still in the file's own version: migrations run on it next. */
  document: unknown;
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; errors: LoadProblem[] };

export function readEnvelope(value: unknown): EnvelopeResult {
  if (!isPlainObject(value)) return fail(`This is not a ${APP_NAME} file (it holds ${describe(value)}, not an object).`, '');
  const { format, formatVersion, document } = value;
  if (format !== FORMAT_ID) {
    const found = format === undefined ? 'it has no "format" field' : `format is ${typeof format === 'string' ? quote(format) : describe(format)}`;
    return fail(`This is not a ${APP_NAME} file (${found}).`, format === undefined ? '' : '/format');
  }
  if (formatVersion === undefined) return fail('The file has no "formatVersion".', '');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return fail(`"formatVersion" must be a whole number from 1 up (found ${describe(formatVersion)}).`, '/formatVersion');
  }
  if (formatVersion > FORMAT_VERSION) {
    return fail(
      `This design was saved by a newer version of ${APP_NAME} (file format ${formatVersion}; this version reads up to ${FORMAT_VERSION}). Update the app to open it.`,
      '/formatVersion',
    );
  }
  if (document === undefined) return fail('The file has no "document".', '');
  if (!isPlainObject(document)) return fail(`"document" must be an object (found ${describe(document)}).`, '/document');
  return { ok: true, envelope: { formatVersion, document } };
}

function fail(message: string, pointer: string): EnvelopeResult {
  return { ok: false, errors: [{ message, pointer }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
