import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveStore, LEGACY_AUTOSAVE_FILE, MAX_AUTOSAVE_FILE_BYTES } from './autosave';
import type { WriteResult } from './files';
import { InvalidPayloadError, MAX_DOCUMENT_BYTES } from './payloads';

let dir: string;
const savedAt = new Date('2025-03-04T05:06:07.000Z');
const folder = () => join(dir, 'userData', 'autosave');
/** A launch of the app: its store, with its own launch id; a crash is simply a new launch. */
const store = (overrides: Partial<Parameters<typeof createAutosaveStore>[0]> = {}) =>
  createAutosaveStore({ directory: folder(), now: () => savedAt, launchId: 'first', ...overrides });
const nextLaunch = (overrides: Partial<Parameters<typeof createAutosaveStore>[0]> = {}) => store({ launchId: 'second', ...overrides });
const snapshot = { text: '{"format":"hybrid-topology-designer"}\n', fileName: 'Contoso.topo.json' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-autosave-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the autosave store', () => {
  it('has nothing to offer before the first autosave', async () => {
    expect(await store().read(1)).toBeNull();
  });

  it("writes the window's own file in userData/autosave, creating the folder, and the next launch offers it with the time it was written", async () => {
    const autosave = store();
    await autosave.write(1, snapshot);
    expect(autosave.filePathOf(1)).toBe(join(folder(), 'window-first-1.json'));
    expect(JSON.parse(await readFile(autosave.filePathOf(1), 'utf8'))).toMatchObject({ ...snapshot, savedAt: savedAt.toISOString() });
    // The launch that wrote it does not offer it back: that work is still open in its window.
    expect(await autosave.read(2)).toBeNull();
    expect(await nextLaunch().read(1)).toEqual({ ...snapshot, savedAt: '2025-03-04T05:06:07.000Z' });
  });

  it('keeps an untitled document (no file name)', async () => {
    await store().write(1, { text: 'x', fileName: null });
    expect(await nextLaunch().read(1)).toEqual({ text: 'x', fileName: null, savedAt: savedAt.toISOString() });
  });

  it("replaces the window's previous autosave and leaves no temporary files behind", async () => {
    const autosave = store();
    await autosave.write(1, snapshot);
    await autosave.write(1, { ...snapshot, text: 'second' });
    expect((await nextLaunch().read(1))?.text).toBe('second');
    expect(await readdir(folder())).toEqual(['window-first-1.json']);
  });

  it("keeps each window's work apart: one window's autosave or save does not touch another's", async () => {
    const autosave = store();
    await autosave.write(1, { ...snapshot, text: 'one' });
    await autosave.write(2, { ...snapshot, text: 'two' });
    await autosave.clear(1);
    expect(await readdir(folder())).toEqual(['window-first-2.json']);
    expect((await nextLaunch().read(1))?.text).toBe('two');
  });

  it('after a crash, offers each earlier autosave to one new window, the most recent first, and the same one when asked again', async () => {
    let time = savedAt.getTime();
    const crashed = store({ now: () => new Date((time += 1000)) });
    await crashed.write(1, { ...snapshot, text: 'older' });
    await crashed.write(2, { ...snapshot, text: 'newer' });
    const relaunched = nextLaunch();
    expect((await relaunched.read(1))?.text).toBe('newer');
    expect((await relaunched.read(2))?.text).toBe('older');
    expect(await relaunched.read(3)).toBeNull();
    expect((await relaunched.read(1))?.text).toBe('newer');
  });

  it("forgets a window's autosave and the earlier one it offered when it clears; clearing twice is harmless", async () => {
    await store().write(1, snapshot);
    const relaunched = nextLaunch();
    expect(await relaunched.read(7)).not.toBeNull();
    await relaunched.write(7, { ...snapshot, text: 'restored and edited' });
    await relaunched.clear(7);
    await relaunched.clear(7);
    expect(await readdir(folder())).toEqual([]);
    expect(await store({ launchId: 'third' }).read(1)).toBeNull();
  });

  it("removes the earlier file at the window's first autosave after the offer: the restored work now lives in the window's own file", async () => {
    await store().write(1, { ...snapshot, text: 'before the crash' });
    const relaunched = nextLaunch();
    expect((await relaunched.read(1))?.text).toBe('before the crash');
    await relaunched.write(1, { ...snapshot, text: 'restored and edited' });
    expect(await readdir(folder())).toEqual(['window-second-1.json']);
    expect((await store({ launchId: 'third' }).read(1))?.text).toBe('restored and edited');
  });

  it('lets a later window offer an earlier file that a closed window offered without an answer, and removes the closed window\'s own file', async () => {
    await store().write(1, { ...snapshot, text: 'before the crash' });
    const relaunched = nextLaunch();
    expect((await relaunched.read(1))?.text).toBe('before the crash');
    expect(await relaunched.read(2)).toBeNull();
    await relaunched.write(2, { ...snapshot, text: 'second window, closed without saving' });
    await relaunched.release(1);
    await relaunched.release(2);
    expect(await readdir(folder())).toEqual(['window-first-1.json']);
    expect((await relaunched.read(3))?.text).toBe('before the crash');
  });

  it('offers the single autosave file of earlier versions like any other', async () => {
    await store().write(1, snapshot);
    await rename(join(folder(), 'window-first-1.json'), join(folder(), LEGACY_AUTOSAVE_FILE));
    const relaunched = nextLaunch();
    expect(await relaunched.read(1)).toEqual({ ...snapshot, savedAt: savedAt.toISOString() });
    await relaunched.clear(1);
    expect(await readdir(folder())).toEqual([]);
  });

  it('reads no other file of the folder', async () => {
    await mkdir(folder(), { recursive: true });
    const stored = JSON.stringify({ format: 'hybrid-topology-designer-autosave', version: 1, savedAt: savedAt.toISOString(), ...snapshot });
    for (const name of ['notes.json', 'window-first-1.json.tmp', 'window-First-1.json', 'window-first-x.json', 'current.json.bak']) await writeFile(join(folder(), name), stored);
    expect(await nextLaunch().read(1)).toBeNull();
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
    const writing = autosave.write(1, snapshot);
    const clearing = autosave.clear(1);
    await vi.waitFor(() => expect(writeFileSpy).toHaveBeenCalled());
    finishWrite();
    await Promise.all([writing, clearing]);
    expect(await nextLaunch().read(1)).toBeNull();
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
    await expect(store({ writeFile: writeFileSpy }).write(1, payload)).rejects.toThrow(InvalidPayloadError);
    expect(writeFileSpy).not.toHaveBeenCalled();
  });

  it('refuses text larger than 50 MB, like opening and saving', async () => {
    const text = 'x'.repeat(MAX_DOCUMENT_BYTES + 1);
    await expect(store().write(1, { text, fileName: null })).rejects.toThrow(/^Invalid autosave request: text: /);
  });

  it('reports a failed write with the message of the atomic writer', async () => {
    const autosave = store({ writeFile: async () => ({ ok: false, message: 'Could not save "window-first-1.json": the disk is full (ENOSPC).' }) });
    await expect(autosave.write(1, snapshot)).rejects.toThrow('Could not save "window-first-1.json": the disk is full (ENOSPC).');
  });

  it('ignores a corrupt or foreign autosave file with a warning instead of failing the start', async () => {
    const warn = vi.fn();
    const autosave = store();
    await autosave.write(1, snapshot);
    for (const [i, content] of ['{"format":"hybrid-topology-designer-autosave","version":1', '{"text":"x"}', '[]', ''].entries()) {
      await writeFile(autosave.filePathOf(1), content);
      expect(await store({ launchId: `later${i}`, warn }).read(1)).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls[0]![0]).toContain(autosave.filePathOf(1));
  });

  it('reads with a size limit that fits the largest document once escaped', async () => {
    await store().write(1, snapshot);
    const readText = vi.fn(async () => ({ ok: false as const, message: 'too large', missing: false }));
    await expect(nextLaunch({ readText }).read(1)).rejects.toThrow('too large');
    expect(readText).toHaveBeenCalledWith(expect.stringMatching(/window-first-1\.json$/), MAX_AUTOSAVE_FILE_BYTES);
    expect(MAX_AUTOSAVE_FILE_BYTES).toBeGreaterThanOrEqual(2 * MAX_DOCUMENT_BYTES);
  });
});
