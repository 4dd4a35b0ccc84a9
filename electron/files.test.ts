import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeOsError, readTextFile, writeFileAtomically } from './files';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function osError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, open '/tmp/x.123'`), { code });
}

describe('writeFileAtomically', () => {
  it('writes a new file and replaces an existing one', async () => {
    const target = join(dir, 'Contoso.topo.json');
    expect(await writeFileAtomically(target, 'first')).toEqual({ ok: true });
    expect(await writeFileAtomically(target, 'second')).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['Contoso.topo.json']);
  });

  it('writes binary data as is', async () => {
    const target = join(dir, 'image.png');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect(await writeFileAtomically(target, bytes)).toEqual({ ok: true });
    expect(await readFile(target)).toEqual(bytes);
  });

  it('leaves the previous file intact and names the file and the OS error when the write fails midway', async () => {
    const target = join(dir, 'Contoso.topo.json');
    await writeFile(target, 'previous content');
    let tempFile = '';
    // The real write-file-atomic, failing after it has created and opened its temp file.
    const failingMidway: typeof writeFileAtomic = ((path: string, data: string | Buffer, options: writeFileAtomic.Options) =>
      writeFileAtomic(path, data, {
        ...options,
        tmpfileCreated: (tmp) => {
          tempFile = tmp;
          throw osError('ENOSPC');
        },
      })) as typeof writeFileAtomic;

    const result = await writeFileAtomically(target, 'new content that never lands', { writeAtomic: failingMidway });

    expect(tempFile).not.toBe('');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Contoso.topo.json');
    expect(result.message).toContain(target);
    expect(result.message).toContain('no space left on the disk (ENOSPC)');
    expect(result.message).not.toContain(tempFile);
    expect(await readFile(target, 'utf8')).toBe('previous content');
    expect(await readdir(dir)).toEqual(['Contoso.topo.json']);
  });

  it('reports a real OS error, e.g. a target that is a folder', async () => {
    const target = join(dir, 'folder.topo.json');
    await mkdir(target);
    const result = await writeFileAtomically(target, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/folder\.topo\.json.*E[A-Z]+/);
  });

  it('retries on Windows while another program holds the file (EBUSY, EPERM), then succeeds', async () => {
    const target = join(dir, 'Contoso.topo.json');
    const writeAtomic = vi
      .fn()
      .mockRejectedValueOnce(osError('EBUSY'))
      .mockRejectedValueOnce(osError('EPERM'))
      .mockResolvedValueOnce(undefined);
    const sleep = vi.fn(async () => undefined);
    expect(await writeFileAtomically(target, 'x', { writeAtomic, platform: 'win32', sleep })).toEqual({ ok: true });
    expect(writeAtomic).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('gives up after a few retries with a message naming the file', async () => {
    const writeAtomic = vi.fn().mockRejectedValue(osError('EBUSY'));
    const result = await writeFileAtomically(join(dir, 'Busy.topo.json'), 'x', {
      writeAtomic,
      platform: 'win32',
      sleep: async () => undefined,
    });
    expect(writeAtomic).toHaveBeenCalledTimes(5);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Could not save "Busy\.topo\.json".*in use by another program \(EBUSY\)/) });
  });

  it('does not retry elsewhere: EPERM on Linux is permanent', async () => {
    const writeAtomic = vi.fn().mockRejectedValue(osError('EPERM'));
    const result = await writeFileAtomically(join(dir, 'a.topo.json'), 'x', { writeAtomic, platform: 'linux' });
    expect(writeAtomic).toHaveBeenCalledOnce();
    expect(result.ok).toBe(false);
  });

  it('asks write-file-atomic to fsync the temp file', async () => {
    const writeAtomic = vi.fn().mockResolvedValue(undefined);
    await writeFileAtomically(join(dir, 'a.topo.json'), 'x', { writeAtomic });
    expect(writeAtomic).toHaveBeenCalledWith(join(dir, 'a.topo.json'), 'x', expect.objectContaining({ fsync: true }));
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 text', async () => {
    const file = join(dir, 'a.topo.json');
    await writeFile(file, '{"name":"Zürich"}');
    expect(await readTextFile(file)).toEqual({ ok: true, text: '{"name":"Zürich"}' });
  });

  it('drops a leading byte-order mark, which JSON.parse would reject', async () => {
    const file = join(dir, 'bom.topo.json');
    await writeFile(file, '\uFEFF{}');
    expect(await readTextFile(file)).toEqual({ ok: true, text: '{}' });
  });

  it('refuses a file over the limit with a clear message', async () => {
    const file = join(dir, 'huge.topo.json');
    await writeFile(file, 'x'.repeat(2048));
    const result = await readTextFile(file, 1024);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"huge.topo.json" is too large to open') });
  });

  it('reads a file exactly at the limit', async () => {
    const file = join(dir, 'edge.topo.json');
    await writeFile(file, 'x'.repeat(1024));
    expect(await readTextFile(file, 1024)).toEqual({ ok: true, text: 'x'.repeat(1024) });
  });

  it('reads files larger than one read chunk', async () => {
    const file = join(dir, 'big.topo.json');
    const text = 'y'.repeat(3 * 1024 * 1024 + 7);
    await writeFile(file, text);
    const result = await readTextFile(file);
    expect(result.ok && result.text.length).toBe(text.length);
  });

  it('reports a missing file as missing, naming it', async () => {
    const result = await readTextFile(join(dir, 'gone.topo.json'));
    expect(result).toEqual({
      ok: false,
      missing: true,
      message: expect.stringMatching(/^Could not open "gone\.topo\.json".*does not exist \(ENOENT\)/),
    });
  });

  it('refuses a folder', async () => {
    const result = await readTextFile(dir);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('it is not a file') });
  });
});

describe('describeOsError', () => {
  it('puts common codes in words and keeps unknown ones', () => {
    expect(describeOsError(osError('EACCES'))).toBe('permission denied (EACCES)');
    expect(describeOsError(osError('EWHATEVER'))).toBe('EWHATEVER');
    expect(describeOsError(new Error('plain'))).toBe('plain');
  });
});
