import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_FILE, createAutosaveStore, MAX_AUTOSAVE_FILE_BYTES } from './autosave';
import type { WriteResult } from './files';
import { InvalidPayloadError, MAX_DOCUMENT_BYTES } from './payloads';

let dir: string;
const savedAt = new Date('2025-03-04T05:06:07.000Z');
const store = (overrides: Partial<Parameters<typeof createAutosaveStore>[0]> = {}) =>
  createAutosaveStore({ directory: join(dir, 'userData', 'autosave'), now: () => savedAt, ...overrides });
const snapshot = { text: '{"format":"hybrid-topology-designer"}\n', fileName: 'Contoso.topo.json' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-autosave-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the autosave store', () => {
  it('has nothing to offer before the first autosave', async () => {
    expect(await store().read()).toBeNull();
  });

  it('writes userData/autosave/current.json, creating the folder, and reads it back with the time it was written', async () => {
    const autosave = store();
    await autosave.write(snapshot);
    expect(autosave.filePath).toBe(join(dir, 'userData', 'autosave', AUTOSAVE_FILE));
    expect(JSON.parse(await readFile(autosave.filePath, 'utf8'))).toMatchObject({ ...snapshot, savedAt: savedAt.toISOString() });
    expect(await autosave.read()).toEqual({ ...snapshot, savedAt: '2025-03-04T05:06:07.000Z' });
  });

  it('keeps an untitled document (no file name)', async () => {
    const autosave = store();
    await autosave.write({ text: 'x', fileName: null });
    expect(await autosave.read()).toEqual({ text: 'x', fileName: null, savedAt: savedAt.toISOString() });
  });

  it('replaces the previous autosave and leaves no temporary files behind', async () => {
    const autosave = store();
    await autosave.write(snapshot);
    await autosave.write({ ...snapshot, text: 'second' });
    expect((await autosave.read())?.text).toBe('second');
    expect(await readdir(join(dir, 'userData', 'autosave'))).toEqual([AUTOSAVE_FILE]);
  });

  it('clears the autosave, and clearing twice is harmless', async () => {
    const autosave = store();
    await autosave.write(snapshot);
    await autosave.clear();
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
  });

  it('runs a clear asked for after a slow write only once the write is done', async () => {
    let finishWrite!: () => void;
    const writeFileSpy = vi.fn(
      (path: string, data: string) =>
        new Promise<WriteResult>((resolve) => {
          finishWrite = () => void writeFile(path, data).then(() => resolve({ ok: true }));
        }),
    );
    const autosave = store({ writeFile: writeFileSpy });
    const writing = autosave.write(snapshot);
    const clearing = autosave.clear();
    await vi.waitFor(() => expect(writeFileSpy).toHaveBeenCalled());
    finishWrite();
    await Promise.all([writing, clearing]);
    expect(await autosave.read()).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'text'],
    ['text that is not a string', { text: 1, fileName: null }],
    ['a missing file name', { text: 'x' }],
    ['a file name with folders', { text: 'x', fileName: '../../.bashrc' }],
    ['a file name with a control character', { text: 'x', fileName: 'a\nb.topo.json' }],
    ['an extra key such as a path', { ...snapshot, path: '/etc/passwd' }],
    ['a savedAt chosen by the renderer', { ...snapshot, savedAt: '1999-01-01T00:00:00.000Z' }],
  ])('refuses %s before touching the disk', async (_case, payload) => {
    const writeFileSpy = vi.fn(async () => ({ ok: true as const }));
    await expect(store({ writeFile: writeFileSpy }).write(payload)).rejects.toThrow(InvalidPayloadError);
    expect(writeFileSpy).not.toHaveBeenCalled();
  });

  it('refuses text larger than 50 MB, like opening and saving', async () => {
    const text = 'x'.repeat(MAX_DOCUMENT_BYTES + 1);
    await expect(store().write({ text, fileName: null })).rejects.toThrow(/^Invalid autosave request: text: /);
  });

  it('reports a failed write with the message of the atomic writer', async () => {
    const autosave = store({ writeFile: async () => ({ ok: false, message: 'Could not save "current.json": the disk is full (ENOSPC).' }) });
    await expect(autosave.write(snapshot)).rejects.toThrow('Could not save "current.json": the disk is full (ENOSPC).');
  });

  it('ignores a corrupt or foreign autosave file with a warning instead of failing the start', async () => {
    const warn = vi.fn();
    const autosave = store({ warn });
    await autosave.write(snapshot);
    for (const content of ['{"format":"hybrid-topology-designer-autosave","version":1', '{"text":"x"}', '[]', '']) {
      await writeFile(autosave.filePath, content);
      expect(await autosave.read()).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls[0]![0]).toContain(autosave.filePath);
  });

  it('reads with a size limit that fits the largest document once escaped', async () => {
    const readText = vi.fn(async () => ({ ok: false as const, message: 'too large', missing: false }));
    await expect(store({ readText }).read()).rejects.toThrow('too large');
    expect(readText).toHaveBeenCalledWith(expect.stringMatching(/current\.json$/), MAX_AUTOSAVE_FILE_BYTES);
    expect(MAX_AUTOSAVE_FILE_BYTES).toBeGreaterThanOrEqual(2 * MAX_DOCUMENT_BYTES);
  });
});
