import { describe, expect, it } from 'vitest';
import { parseJson } from './parseJson';

function messageFor(text: string): string {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a parse error');
  return result.errors[0]!.message;
}

describe('parseJson', () => {
  it('parses a file saved with a UTF-8 byte order mark', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reads negative zero as zero, since saving cannot write it back', () => {
    const result = parseJson('{"a":-0,"b":[-0.0,-0e5],"c":-0.5}');
    expect(result.ok && Object.is((result.value as { a: number }).a, 0)).toBe(true);
    expect(result).toEqual({ ok: true, value: { a: 0, b: [0, 0], c: -0.5 } });
  });

  it('finds negative zero wherever a number may stand, whatever the spacing and notation, also beside names holding "-0"', () => {
    const text = '{"id":"hub-0-site-0","p":{"x": -0.00E-3,"y":\n  -0},"list":[ 3,\t-0.000 ],"near":[-0.01,-10]}';
    const result = parseJson(text);
    if (!result.ok) throw new Error('expected valid JSON');
    const value = result.value as { p: { x: number; y: number }; list: number[]; near: number[] };
    expect(Object.is(value.p.x, 0) && Object.is(value.p.y, 0) && Object.is(value.list[1], 0)).toBe(true);
    expect(value.near).toEqual([-0.01, -10]);
    expect((result.value as { id: string }).id).toBe('hub-0-site-0');
  });

  it('calls whitespace-only text empty', () => {
    expect(messageFor(' \n\t\r\n')).toBe('The file is empty.');
    expect(messageFor('\ufeff')).toBe('The file is empty.');
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', "Not valid JSON: expected ',' or '}' after property value at line 3, column 3."],
    ['{"a":1,}', 'Not valid JSON: expected double-quoted property name at line 1, column 8.'],
    ['[1,2]x', 'Not valid JSON: unexpected text after the end of the data at line 1, column 6.'],
    ['{"a":tru}', 'Not valid JSON: unexpected character "}" at line 1, column 9.'],
    ['{\n"a": \'single\'}', 'Not valid JSON: unexpected character "\'" at line 2, column 6.'],
    ['{\n  "elements": [\n    {"id": 1', 'Not valid JSON: unexpected end of input at line 3, column 13 (the file may be truncated).'],
    ['{"name": "unterminated', 'Not valid JSON: unexpected end of input at line 1, column 23 (the file may be truncated).'],
    ['[1,2\n\n   ', 'Not valid JSON: unexpected end of input at line 1, column 5 (the file may be truncated).'],
  ])('says where %j goes wrong', (text, message) => {
    expect(messageFor(text)).toBe(message);
  });

  it('refuses a 50 MB text at once, without parsing it', () => {
    const text = `{"document":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const message = messageFor(text);
    expect(message).toBe('The file is too large to open (about 52 MB; the limit is 50 MB).');
  });

  it('parses deep nesting without overflowing (the depth limit is checked afterwards)', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseJson(deep).ok).toBe(true);
  });
});
