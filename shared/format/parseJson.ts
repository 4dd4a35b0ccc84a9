// Text → JSON value, with messages a person can act on. JSON.parse's own messages differ between
// engines and often lack a line number, so they are rephrased here and located in the text.
import { MAX_TEXT_LENGTH } from './constants';
import type { LoadProblem } from './problems';

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: LoadProblem[] };

const BYTE_ORDER_MARK = 0xfeff;

export function parseJson(text: string): ParseResult {
  if (text.length > MAX_TEXT_LENGTH) {
    const megabytes = Math.round(text.length / 1_000_000);
    return fail(
      `The file is too large to open (about ${megabytes} MB; the limit is ${MAX_TEXT_LENGTH / 1_000_000} MB).`,
    );
  }
  // Editors on Windows often save UTF-8 with a byte order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');
  try {
    // JSON has no negative zero, yet JSON.parse reads "-0" as -0, which is saved as 0; reading it as
    // 0 keeps save-then-load exact. The reviver triples the parse time, so it runs only when a
    // number that is zero with a minus sign may occur (not for every "-0" in a name like "hub-0").
    return { ok: true, value: NEGATIVE_ZERO.test(body) ? JSON.parse(body, withoutNegativeZero) : JSON.parse(body) };
  } catch (error) {
    return fail(describeSyntaxError(body, error instanceof Error ? error.message : String(error)));
  }
}

/** A number token that is zero with a minus sign: -0, -0.0, -0e5, -0.00E-3 (after a colon, bracket or comma). */
const NEGATIVE_ZERO = /[:[,]\s*-0(?:\.0*)?(?:[eE][+-]?\d+)?(?![\d.eE])/;

function withoutNegativeZero(_key: string, value: unknown): unknown {
  return Object.is(value, -0) ? 0 : value;
}

function fail(message: string): ParseResult {
  return { ok: false, errors: [{ message, pointer: '' }] };
}

function describeSyntaxError(text: string, engineMessage: string): string {
  const contentEnd = text.trimEnd().length;
  let position = positionIn(engineMessage);
  if (position === undefined && /^Unexpected end of JSON input/i.test(engineMessage)) position = contentEnd;
  if (position === undefined && isUnexpectedToken(engineMessage)) position = locateUnexpectedToken(text);
  const truncated = position !== undefined && position >= contentEnd;
  const what = truncated ? 'unexpected end of input' : rephrase(engineMessage);
  const where = position === undefined ? '' : ` at ${lineAndColumn(text, Math.min(position, contentEnd))}`;
  return `Not valid JSON: ${what}${where}${truncated ? ' (the file may be truncated)' : ''}.`;
}

function positionIn(engineMessage: string): number | undefined {
  const match = /at position (\d+)/.exec(engineMessage);
  return match ? Number(match[1]) : undefined;
}

function isUnexpectedToken(engineMessage: string): boolean {
  return /^Unexpected token/.test(engineMessage);
}

/**
 * V8 reports a stray character without its position. A prefix of the text fails with "Unexpected
 * token" exactly when it already contains that character (a cut-off prefix fails with "end of
 * input" instead), so a binary search over prefixes finds it in about log2(length) parses.
 */
function locateUnexpectedToken(text: string): number {
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsWithUnexpectedToken(text.slice(0, mid))) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

function failsWithUnexpectedToken(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    return error instanceof Error && isUnexpectedToken(error.message);
  }
}

/** Engine wording without the engine's own (partial) location, starting lower-case. */
function rephrase(engineMessage: string): string {
  const token = /^Unexpected token '?(.)'?,/su.exec(engineMessage) ?? /^Unexpected token (.) in JSON/su.exec(engineMessage);
  if (token) return `unexpected character ${JSON.stringify(token[1])}`;
  if (/^Unexpected non-whitespace character after JSON/.test(engineMessage))
    return 'unexpected text after the end of the data';
  const bare = engineMessage
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/\s*at position \d+/, '')
    .trim();
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}
