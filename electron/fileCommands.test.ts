import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DocumentSessions } from './documentState';
import { createFileCommands, documentFilters, type FileDialogs } from './fileCommands';
import type { ReadResult, WriteResult } from './files';
import { PathPolicy } from './pathPolicy';
import { InvalidPayloadError } from './payloads';
import { RecentDocuments } from './recentDocuments';

const WINDOW = 1;
const designs = (name: string) => resolve('/designs', name);

function setup(options: { openPath?: string | null; savePath?: string | null; files?: Record<string, string> } = {}) {
  const files = new Map(Object.entries(options.files ?? {}));
  const readText = vi.fn(async (filePath: string): Promise<ReadResult> => {
    const text = files.get(filePath);
    return text === undefined ? { ok: false, message: `Could not open "${filePath}": missing`, missing: true } : { ok: true, text };
  });
  const writeFile = vi.fn(async (filePath: string, data: string | Buffer): Promise<WriteResult> => {
    files.set(filePath, data.toString());
    return { ok: true };
  });
  const recent = new RecentDocuments({ read: async () => null, write: async () => ({ ok: true }) });
  const policy = new PathPolicy(recent, 'linux');
  const sessions = new DocumentSessions();
  const onSessionChanged = vi.fn();
  const onDocumentUsed = vi.fn();
  const commands = createFileCommands({
    sessions,
    recent,
    policy,
    defaultDirectory: () => '/home/user/Documents',
    readText,
    writeFile,
    platform: 'linux',
    onSessionChanged,
    onDocumentUsed,
  });
  const dialogs: FileDialogs = {
    chooseFileToOpen: vi.fn(async () => options.openPath ?? null),
    chooseSavePath: vi.fn(async () => options.savePath ?? null),
  };
  return { commands, dialogs, files, readText, writeFile, recent, policy, sessions, onSessionChanged, onDocumentUsed };
}

const saveRequest = { text: '{"format":"hybrid-topology-designer"}', saveAs: false, suggestedName: 'Contoso.topo.json' };

describe('openDocument', () => {
  it('reads the chosen file, keeps it pending for this window and adds it to the recent list', async () => {
    const path = designs('Contoso.topo.json');
    const t = setup({ openPath: path, files: { [path]: '{"x":1}' } });
    expect(await t.commands.openDocument(WINDOW, t.dialogs)).toEqual({
      status: 'opened',
      file: { name: 'Contoso.topo.json', text: '{"x":1}' },
    });
    expect(t.sessions.get(WINDOW)).toMatchObject({ filePath: null, pendingFilePath: path });
    expect(t.recent.list()).toEqual([path]);
    expect(t.onDocumentUsed).toHaveBeenCalledWith(path);
    expect(t.dialogs.chooseFileToOpen).toHaveBeenCalledWith(documentFilters('linux'));
  });

  it('adopts the opened file once the renderer reports its name, and then saves there without a dialog', async () => {
    const path = designs('Contoso.topo.json');
    const t = setup({ openPath: path, files: { [path]: '{}' } });
    await t.commands.openDocument(WINDOW, t.dialogs);
    t.sessions.setState(WINDOW, { name: 'Contoso.topo.json', dirty: true });
    expect(t.sessions.get(WINDOW).filePath).toBe(path);
    expect(await t.commands.saveDocument(WINDOW, t.dialogs, { ...saveRequest, text: 'v2' })).toEqual({ status: 'saved', name: 'Contoso.topo.json' });
    expect(t.dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(t.files.get(path)).toBe('v2');
  });

  it('adopts the opened file when a plain Save names it, even without a state report', async () => {
    const path = designs('Contoso.topo.json');
    const t = setup({ openPath: path, files: { [path]: '{}' } });
    await t.commands.openDocument(WINDOW, t.dialogs);
    await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest);
    expect(t.dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(t.files.get(path)).toBe(saveRequest.text);
    expect(t.onSessionChanged).toHaveBeenCalledWith(WINDOW);
  });

  it('never saves another design over a file the renderer refused to load', async () => {
    const refused = designs('From a newer version.topo.json');
    const current = designs('Current.topo.json');
    const t = setup({ openPath: refused, savePath: null, files: { [refused]: '{"formatVersion": 99}' } });
    t.policy.grantUserChoice(current);
    t.sessions.setSavedFile(WINDOW, current);
    await t.commands.openDocument(WINDOW, t.dialogs);
    // The renderer keeps "Current.topo.json" open and saves it.
    await t.commands.saveDocument(WINDOW, t.dialogs, { ...saveRequest, suggestedName: 'Current.topo.json', text: 'current' });
    expect(t.files.get(refused)).toBe('{"formatVersion": 99}');
    expect(t.files.get(current)).toBe('current');
  });

  it('reports a cancelled dialog without reading anything', async () => {
    const t = setup({ openPath: null });
    expect(await t.commands.openDocument(WINDOW, t.dialogs)).toEqual({ status: 'cancelled' });
    expect(t.readText).not.toHaveBeenCalled();
  });

  it('returns read errors as outcomes and keeps the window on its old file', async () => {
    const t = setup({ openPath: designs('missing.topo.json') });
    t.sessions.setSavedFile(WINDOW, designs('old.topo.json'));
    const outcome = await t.commands.openDocument(WINDOW, t.dialogs);
    expect(outcome).toEqual({ status: 'error', message: expect.stringContaining('missing.topo.json') });
    expect(t.sessions.get(WINDOW)).toMatchObject({ filePath: designs('old.topo.json'), pendingFilePath: null });
  });
});

describe('path policy', () => {
  it('refuses to open a path that was neither chosen in a dialog nor on the recent list', async () => {
    const t = setup({ files: { '/etc/passwd': 'root:x:0:0' } });
    const outcome = await t.commands.openPath(WINDOW, '/etc/passwd');
    expect(outcome).toEqual({ status: 'error', message: expect.stringMatching(/^Refused to access "\/etc\/passwd"/) });
    expect(t.readText).not.toHaveBeenCalled();
  });

  it('opens a path from the recent list without a dialog', async () => {
    const path = designs('Recent.topo.json');
    const t = setup({ files: { [path]: '{}' } });
    await t.recent.add(path);
    expect(await t.commands.openPath(WINDOW, path)).toMatchObject({ status: 'opened' });
  });

  it('drops a recent entry whose file no longer exists', async () => {
    const path = designs('Deleted.topo.json');
    const t = setup();
    await t.recent.add(path);
    expect(await t.commands.openPath(WINDOW, path)).toMatchObject({ status: 'error' });
    expect(t.recent.has(path)).toBe(false);
  });

  it('refuses to save to a remembered path that the policy does not know', async () => {
    const t = setup();
    // As if a bug had put a path into the session without a dialog.
    t.sessions.setSavedFile(WINDOW, '/home/user/.bashrc');
    const outcome = await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest);
    expect(outcome).toEqual({ status: 'error', message: expect.stringMatching(/^Refused to access/) });
    expect(t.writeFile).not.toHaveBeenCalled();
  });
});

describe('saveDocument', () => {
  it('asks where to save a new document, writes it and remembers the path', async () => {
    const path = designs('Contoso.topo.json');
    const t = setup({ savePath: path });
    expect(await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest)).toEqual({ status: 'saved', name: 'Contoso.topo.json' });
    expect(t.dialogs.chooseSavePath).toHaveBeenCalledWith(resolve('/home/user/Documents', 'Contoso.topo.json'), documentFilters('linux'));
    expect(t.files.get(path)).toBe(saveRequest.text);
    expect(t.sessions.get(WINDOW).filePath).toBe(path);
    expect(t.recent.list()).toEqual([path]);
  });

  it('saves to the remembered path without a dialog the second time', async () => {
    const path = designs('Contoso.topo.json');
    const t = setup({ savePath: path });
    await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest);
    await t.commands.saveDocument(WINDOW, t.dialogs, { ...saveRequest, text: 'v2' });
    expect(t.dialogs.chooseSavePath).toHaveBeenCalledOnce();
    expect(t.files.get(path)).toBe('v2');
  });

  it('asks again for Save As, starting from the current file', async () => {
    const first = designs('Contoso.topo.json');
    const t = setup({ savePath: first });
    await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest);
    await t.commands.saveDocument(WINDOW, t.dialogs, { ...saveRequest, saveAs: true });
    expect(t.dialogs.chooseSavePath).toHaveBeenLastCalledWith(first, expect.anything());
  });

  it('reports a cancelled dialog without writing', async () => {
    const t = setup({ savePath: null });
    expect(await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest)).toEqual({ status: 'cancelled' });
    expect(t.writeFile).not.toHaveBeenCalled();
  });

  it('returns a failed write as an error and keeps the old path', async () => {
    const t = setup({ savePath: designs('new.topo.json') });
    t.writeFile.mockResolvedValueOnce({ ok: false, message: 'Could not save "new.topo.json": permission denied (EACCES).' });
    expect(await t.commands.saveDocument(WINDOW, t.dialogs, saveRequest)).toEqual({
      status: 'error',
      message: 'Could not save "new.topo.json": permission denied (EACCES).',
    });
    expect(t.sessions.get(WINDOW).filePath).toBeNull();
    expect(t.recent.list()).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['a path smuggled in', { ...saveRequest, path: '/etc/passwd' }],
    ['text as a number', { ...saveRequest, text: 1 }],
    ['a suggested name with folders', { ...saveRequest, suggestedName: '../../x.topo.json' }],
  ])('rejects %s before any dialog or disk access', async (_case, payload) => {
    const t = setup({ savePath: designs('x.topo.json') });
    await expect(t.commands.saveDocument(WINDOW, t.dialogs, payload)).rejects.toThrow(InvalidPayloadError);
    expect(t.dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(t.writeFile).not.toHaveBeenCalled();
  });
});

describe('exportFile', () => {
  const pngRequest = {
    suggestedName: 'Contoso.png',
    data: Buffer.from('PNG bytes').toString('base64'),
    encoding: 'base64',
    filterName: 'PNG image',
    extensions: ['png'],
  };

  it('offers the request filter, decodes base64 and writes the bytes', async () => {
    const t = setup({ savePath: designs('Contoso.png') });
    expect(await t.commands.exportFile(WINDOW, t.dialogs, pngRequest)).toEqual({ status: 'saved', name: 'Contoso.png' });
    expect(t.dialogs.chooseSavePath).toHaveBeenCalledWith(resolve('/home/user/Documents', 'Contoso.png'), [
      { name: 'PNG image', extensions: ['png'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    const [, data] = t.writeFile.mock.calls[0]!;
    expect(Buffer.isBuffer(data) && data.toString()).toBe('PNG bytes');
  });

  it('writes utf8 text as text and does not change the document path or the recent list', async () => {
    const t = setup({ savePath: designs('Contoso.json') });
    await t.commands.exportFile(WINDOW, t.dialogs, { ...pngRequest, encoding: 'utf8', data: '{}', extensions: ['json'] });
    expect(t.writeFile).toHaveBeenCalledWith(designs('Contoso.json'), '{}');
    expect(t.sessions.get(WINDOW).filePath).toBeNull();
    expect(t.recent.list()).toEqual([]);
  });

  it('rejects malformed base64 before any dialog', async () => {
    const t = setup({ savePath: designs('x.png') });
    await expect(t.commands.exportFile(WINDOW, t.dialogs, { ...pngRequest, data: '***' })).rejects.toThrow(/Invalid exportFile request/);
    expect(t.dialogs.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('documentFilters', () => {
  it('filters *.topo.json on Windows and Linux, and json on macOS, plus All files', () => {
    expect(documentFilters('win32')).toEqual([
      { name: 'Topology design', extensions: ['topo.json'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(documentFilters('darwin')[0]!.extensions).toEqual(['json']);
  });
});
