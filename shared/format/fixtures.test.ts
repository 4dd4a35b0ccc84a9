import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDocument, type LoadResult } from './index';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function errorsOf(result: LoadResult) {
  if (result.ok) throw new Error(`expected the file to be refused, but it loaded`);
  return result.errors;
}

function documentOf(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.errors.map(formatProblem).join('; ')}`);
  return result;
}

describe('loading the fixture files', () => {
  it('opens a good version 1 file with no repairs', () => {
    const result = documentOf(loadDocument(fixture('good-v1.json')));
    expect(result.repairs).toEqual([]);
    expect(result.migratedFrom).toBeUndefined();
    expect(result.document.elements.map((e) => e.id)).toEqual(['onPremSite-1', 'vpnDevice-1', 'vnet-1', 'subnet-1', 'vpnGateway-1']);
    expect(result.document.links).toHaveLength(2);
  });

  it('refuses a text file, naming the first bad character and its line', () => {
    const [error] = errorsOf(loadDocument(fixture('not-json.txt')));
    expect(error).toEqual({ pointer: '', message: 'Not valid JSON: unexpected character "T" at line 1, column 1.' });
  });

  it('refuses a truncated file and says it may be truncated, with line and column', () => {
    const [error] = errorsOf(loadDocument(fixture('truncated.json')));
    expect(error!.message).toMatch(/^Not valid JSON: unexpected end of input at line 65, column \d+ \(the file may be truncated\)\.$/);
  });

  it('refuses an empty file', () => {
    expect(errorsOf(loadDocument(fixture('empty.json')))).toEqual([{ message: 'The file is empty.', pointer: '' }]);
  });

  it('refuses a file of another app, quoting its format', () => {
    expect(errorsOf(loadDocument(fixture('wrong-format.json')))).toEqual([
      { message: 'This is not a Hybrid Topology Designer file (format is "excalidraw").', pointer: '/format' },
    ]);
  });

  it('refuses a file from a newer version and asks to update the app', () => {
    expect(errorsOf(loadDocument(fixture('newer-version.json')))).toEqual([
      {
        message:
          'This design was saved by a newer version of Hybrid Topology Designer (file format 3; this version reads up to 1). Update the app to open it.',
        pointer: '/formatVersion',
      },
    ]);
  });

  it('lists every missing field with its pointer and element', () => {
    const errors = errorsOf(loadDocument(fixture('missing-fields.json')));
    expect(errors).toContainEqual({
      message: 'Element "vnet-hub" (elements/0): position: Missing: expected an object',
      pointer: '/document/elements/0/position',
      elementId: 'vnet-hub',
    });
    expect(errors).toContainEqual({
      message: 'Element elements/1: id: Missing: expected a string',
      pointer: '/document/elements/1/id',
    });
    expect(errors).toContainEqual({
      message: 'Link "s2s-1" (links/0): target: Missing: expected a string',
      pointer: '/document/links/0/target',
      elementId: 's2s-1',
    });
  });

  it('lists every wrong type and unknown option with its pointer', () => {
    const errors = errorsOf(loadDocument(fixture('wrong-types.json')));
    const byPointer = new Map(errors.map((e) => [e.pointer, e.message]));
    expect(byPointer.get('/document/title')).toBe('title: Invalid input: expected string, received number');
    expect(byPointer.get('/document/elements/0/position/x')).toBe(
      'Element "site-1" (elements/0): position.x: Invalid input: expected number, received string',
    );
    expect(byPointer.get('/document/elements/1/props/addressSpaces')).toMatch(/^Element "vnet-hub" \(elements\/1\): props\.addressSpaces: .*expected array/);
    expect(byPointer.get('/document/elements/2/props/sku')).toMatch(
      /^Element "vpngw-1" \(elements\/2\): props\.sku: Invalid option: expected one of "Basic"\|"VpnGw1AZ"/,
    );
    expect(byPointer.get('/document/elements/3/kind')).toMatch(
      /^Element "router-1" \(elements\/3\): kind: Invalid option "router": expected one of "onPremSite"\|/,
    );
    expect(errors).toHaveLength(5);
  });

  it('refuses duplicate ids, naming both places', () => {
    expect(errorsOf(loadDocument(fixture('duplicate-ids.json')))).toEqual([
      {
        message: 'Duplicate id "vnet-hub": used by /document/elements/0 and /document/elements/2; ids must be unique.',
        pointer: '/document/elements/2/id',
        elementId: 'vnet-hub',
      },
    ]);
  });

  it('opens a file with a dangling link, dropping the link and reporting the repair', () => {
    const result = documentOf(loadDocument(fixture('dangling-link.json')));
    expect(result.document.links.map((l) => l.id)).toEqual(['lastMile-1']);
    expect(result.repairs).toEqual([
      {
        message: 'Link "s2s-1" (links/1): its target "vpngw-deleted" does not exist; the link was removed.',
        pointer: '/document/links/1',
        elementId: 's2s-1',
      },
    ]);
  });

  it('refuses a "__proto__" key, naming where it is', () => {
    expect(errorsOf(loadDocument(fixture('proto-key.json')))).toEqual([
      {
        message: 'The key "__proto__" is not allowed in a design file (it could tamper with the app\'s objects).',
        pointer: '/document/elements/0/props/__proto__',
      },
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a "constructor" key, naming where it is', () => {
    const errors = errorsOf(loadDocument(fixture('constructor-key.json')));
    expect(errors.map((e) => e.pointer)).toEqual(['/document/constructor']);
    expect(errors[0]!.message).toContain('"constructor"');
  });

  it('refuses a number too large to store (1e400), naming where it is', () => {
    expect(errorsOf(loadDocument(fixture('infinity.json')))).toEqual([
      {
        message: 'This number is too large to store (for example 1e400); use a smaller value.',
        pointer: '/document/elements/0/position/x',
      },
    ]);
  });

  it('opens names holding HTML as plain text, unchanged', () => {
    const result = documentOf(loadDocument(fixture('html-in-name.json')));
    expect(result.document.title).toBe('<h1>Title</h1>');
    expect(result.document.elements[0]!.name).toBe(`<img src=x onerror="alert('name')"><script>alert(1)</script>`);
    expect(result.repairs).toEqual([]);
  });

  it('opens invalid CIDRs and keeps them exactly as typed (validation reports them, not the loader)', () => {
    const result = documentOf(loadDocument(fixture('invalid-cidr.json')));
    const [vnet, subnet] = result.document.elements;
    expect(vnet!.props).toMatchObject({ addressSpaces: ['10.0.0.0/33', '10.0.0.1/16', 'not a prefix'] });
    expect(subnet!.props).toEqual({ prefix: '10.0.1.0/' });
    expect(result.repairs).toEqual([]);
  });
});
