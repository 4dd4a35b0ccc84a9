import { describe, expect, it } from 'vitest';
import { FORMAT_ID, FORMAT_VERSION, formatProblem, loadDocument, type LoadResult } from './index';

const fileText = (document: unknown) => JSON.stringify({ format: FORMAT_ID, formatVersion: FORMAT_VERSION, document });
const site = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'onPremSite', position: { x: 0, y: 0 }, ...extra });

function errorsOf(result: LoadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('loadDocument', () => {
  it('fills defaults for every field the file leaves out', () => {
    const result = loadDocument(fileText({ elements: [site('s')] }));
    expect(result).toEqual({
      ok: true,
      repairs: [],
      document: {
        title: 'Untitled design',
        description: '',
        links: [],
        elements: [
          {
            id: 's',
            kind: 'onPremSite',
            name: '',
            notes: '',
            position: { x: 0, y: 0 },
            props: {
              city: '',
              latitude: null,
              longitude: null,
              addressSpaces: [],
              mustNotTraverseInternet: false,
              traffic: { gbPerMonth: 0, peakMbps: 0 },
            },
          },
        ],
      },
    });
  });

  it('keeps fields it does not know, at every level', () => {
    const result = loadDocument(
      fileText({ theme: 'dark', elements: [site('s', { colour: 'red', props: { rack: 'B4' } })] }),
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.document).toMatchObject({ theme: 'dark', elements: [{ colour: 'red', props: { rack: 'B4' } }] });
  });

  it('drops view-only React Flow fields without reporting them', () => {
    const result = loadDocument(
      fileText({
        elements: [site('s', { selected: true, dragging: false, measured: { width: 1, height: 2 }, width: 200, height: 64 })],
      }),
    );
    if (!result.ok) throw new Error('expected ok');
    for (const field of ['selected', 'dragging', 'measured', 'width', 'height']) {
      expect(result.document.elements[0]).not.toHaveProperty(field);
    }
    expect(result.repairs).toEqual([]);
  });

  it('refuses a 50 MB file at once', () => {
    const text = fileText({ elements: [site('s', { notes: 'x'.repeat(50 * 1024 * 1024) })] });
    const errors = errorsOf(loadDocument(text));
    expect(errors).toEqual([{ message: 'The file is too large to open (about 52 MB; the limit is 50 MB).', pointer: '' }]);
  });

  it('refuses a megabyte-long name quickly, with a short message', () => {
    const errors = errorsOf(loadDocument(fileText({ elements: [site('s', { name: 'x'.repeat(1_000_000) })] })));
    expect(errors).toEqual([
      {
        message: 'Element "s" (elements/0): name: Too big: expected string to have <=500 characters',
        pointer: '/document/elements/0/name',
        elementId: 's',
      },
    ]);
  });

  it('cuts long ids down to a readable length in messages', () => {
    const id = 'i'.repeat(200);
    const [error] = errorsOf(loadDocument(fileText({ elements: [site(id, { name: 5 })] })));
    expect(error!.message).toBe(`Element "${'i'.repeat(60)}…" (elements/0): name: Invalid input: expected string, received number`);
    expect(error!.elementId).toBe(id);
  });

  it('refuses nesting deeper than 64 levels', () => {
    const text = `{"format":"${FORMAT_ID}","formatVersion":1,"document":{"extra":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`;
    const [error] = errorsOf(loadDocument(text));
    expect(error!.message).toContain('nested more than 64 levels deep');
    expect(error!.pointer).toMatch(/^\/document\/extra\/0\/0/);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const elements = Array.from({ length: 80 }, (_, i) => site(`s${i}`, { name: i }));
    const errors = errorsOf(loadDocument(fileText({ elements })));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toEqual({ message: '…and 30 more problems.', pointer: '' });
  });

  it.each([
    ['a list', '[]', 'This is not a Hybrid Topology Designer file (it holds a list, not an object).', ''],
    ['a number', '42', 'This is not a Hybrid Topology Designer file (it holds 42, not an object).', ''],
    ['no format', '{"document":{}}', 'This is not a Hybrid Topology Designer file (it has no "format" field).', ''],
    ['no version', `{"format":"${FORMAT_ID}","document":{}}`, 'The file has no "formatVersion".', ''],
    [
      'a fractional version',
      `{"format":"${FORMAT_ID}","formatVersion":1.5,"document":{}}`,
      '"formatVersion" must be a whole number from 1 up (found 1.5).',
      '/formatVersion',
    ],
    [
      'a text version',
      `{"format":"${FORMAT_ID}","formatVersion":"1","document":{}}`,
      '"formatVersion" must be a whole number from 1 up (found the text "1").',
      '/formatVersion',
    ],
    ['no document', `{"format":"${FORMAT_ID}","formatVersion":1}`, 'The file has no "document".', ''],
    [
      'a list as document',
      `{"format":"${FORMAT_ID}","formatVersion":1,"document":[]}`,
      '"document" must be an object (found a list).',
      '/document',
    ],
  ])('refuses an envelope with %s', (_, text, message, pointer) => {
    expect(errorsOf(loadDocument(text))).toEqual([{ message, pointer }]);
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, '\u0000', '{"format":', 'null', '"text"', '{"__proto__":null}'];
    for (const input of inputs) {
      expect(() => loadDocument(input as string)).not.toThrow();
      expect(loadDocument(input as string).ok).toBe(false);
    }
  });

  it('formats a problem as one line: pointer, then message', () => {
    expect(formatProblem({ pointer: '/document/title', message: 'title: too long' })).toBe('/document/title: title: too long');
    expect(formatProblem({ pointer: '', message: 'The file is empty.' })).toBe('The file is empty.');
  });
});
