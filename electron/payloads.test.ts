import { describe, expect, it } from 'vitest';
import {
  autosaveSnapshotSchema,
  documentStateSchema,
  exportRequestSchema,
  InvalidPayloadError,
  isBase64,
  MAX_DOCUMENT_BYTES,
  parsePayload,
  saveRequestSchema,
} from './payloads';

const validSave = { text: '{"format":"hybrid-topology-designer"}', saveAs: false, suggestedName: 'Contoso.topo.json' };
const validExport = {
  suggestedName: 'Contoso.png',
  data: 'iVBORw0KGgo=',
  encoding: 'base64',
  filterName: 'PNG image',
  extensions: ['png'],
};

describe('saveRequestSchema', () => {
  it('accepts a well-formed save request', () => {
    expect(parsePayload(saveRequestSchema, validSave, 'saveDocument')).toEqual(validSave);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'save please'],
    ['an array', [validSave]],
    ['text that is not a string', { ...validSave, text: 42 }],
    ['saveAs that is not a boolean', { ...validSave, saveAs: 'yes' }],
    ['a missing suggested name', { text: '', saveAs: false }],
    ['an empty suggested name', { ...validSave, suggestedName: '' }],
    ['a suggested name with folders', { ...validSave, suggestedName: '../../.bashrc' }],
    ['a suggested name with a Windows folder', { ...validSave, suggestedName: 'C:\\Windows\\evil.topo.json' }],
    ['a suggested name with a control character', { ...validSave, suggestedName: 'a\u0000b.topo.json' }],
    ['a suggested name of ".."', { ...validSave, suggestedName: '..' }],
    ['an overlong suggested name', { ...validSave, suggestedName: `${'a'.repeat(300)}.topo.json` }],
    ['an extra key such as a path', { ...validSave, path: '/etc/passwd' }],
  ])('rejects %s', (_case, payload) => {
    expect(() => parsePayload(saveRequestSchema, payload, 'saveDocument')).toThrow(InvalidPayloadError);
  });

  it('rejects text larger than 50 MB, counted in UTF-8 bytes', () => {
    const text = 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 1); // 2 bytes per character
    expect(saveRequestSchema.safeParse({ ...validSave, text }).success).toBe(false);
  });

  it('names the request and the field in the error', () => {
    expect(() => parsePayload(saveRequestSchema, { ...validSave, saveAs: 1 }, 'saveDocument')).toThrow(
      /^Invalid saveDocument request: saveAs: /,
    );
  });
});

describe('exportRequestSchema', () => {
  it('accepts base64 and utf8 exports', () => {
    expect(exportRequestSchema.safeParse(validExport).success).toBe(true);
    expect(
      exportRequestSchema.safeParse({ ...validExport, encoding: 'utf8', data: '<svg/>', extensions: ['svg'] }).success,
    ).toBe(true);
    expect(exportRequestSchema.safeParse({ ...validExport, extensions: ['topo.json'] }).success).toBe(true);
  });

  it.each([
    ['an unknown encoding', { ...validExport, encoding: 'latin1' }],
    ['data that is not base64', { ...validExport, data: 'not base64!' }],
    ['base64 with bad padding', { ...validExport, data: 'abc' }],
    ['no extensions', { ...validExport, extensions: [] }],
    ['an extension with a wildcard', { ...validExport, extensions: ['*.png'] }],
    ['an extension with a dot in front', { ...validExport, extensions: ['.png'] }],
    ['an extension with a slash', { ...validExport, extensions: ['png/../x'] }],
    ['a filter name with a newline', { ...validExport, filterName: 'PNG\nimage' }],
    ['a suggested name with folders', { ...validExport, suggestedName: '/tmp/x.png' }],
    ['an extra key', { ...validExport, filePath: '/tmp/x.png' }],
  ])('rejects %s', (_case, payload) => {
    expect(() => parsePayload(exportRequestSchema, payload, 'exportFile')).toThrow(InvalidPayloadError);
  });
});

describe('documentStateSchema', () => {
  it('accepts a name and a dirty flag', () => {
    expect(documentStateSchema.safeParse({ name: 'Contoso.topo.json', dirty: true }).success).toBe(true);
  });

  it.each([
    [{ name: '', dirty: false }],
    [{ name: 'x', dirty: 'no' }],
    [{ name: 'x\ny', dirty: false }],
    [{ name: 'x', dirty: false, filePath: '/etc' }],
    [{ name: 'x'.repeat(256), dirty: false }],
  ])('rejects %j', (payload) => {
    expect(documentStateSchema.safeParse(payload).success).toBe(false);
  });
});

describe('autosaveSnapshotSchema', () => {
  it('accepts a document with or without a file name', () => {
    expect(autosaveSnapshotSchema.safeParse({ text: '{}', fileName: 'Contoso.topo.json' }).success).toBe(true);
    expect(autosaveSnapshotSchema.safeParse({ text: '{}', fileName: null }).success).toBe(true);
  });

  it.each([
    [{ text: '{}' }],
    [{ text: null, fileName: null }],
    [{ text: '{}', fileName: '' }],
    [{ text: '{}', fileName: 'C:\\Users\\x.topo.json' }],
    [{ text: '{}', fileName: null, savedAt: '2020-01-01T00:00:00Z' }],
  ])('rejects %j', (payload) => {
    expect(autosaveSnapshotSchema.safeParse(payload).success).toBe(false);
  });

  it('rejects text larger than 50 MB, counted in UTF-8 bytes', () => {
    expect(autosaveSnapshotSchema.safeParse({ text: 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 1), fileName: null }).success).toBe(false);
  });
});

describe('isBase64', () => {
  it.each(['', 'QQ==', 'QUI=', 'QUJD', 'a+/9'])('accepts %j', (data) => expect(isBase64(data)).toBe(true));
  it.each(['Q', 'QQ=', 'Q===', 'QU=I', 'QUJD\n', 'QUJ-', 'QUJ_'])('rejects %j', (data) => expect(isBase64(data)).toBe(false));
});
