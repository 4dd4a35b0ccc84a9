import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileStorage, MAX_RECENT_DOCUMENTS, parseRecentDocuments, RecentDocuments, samePath, type RecentDocumentsStorage } from './recentDocuments';

function memoryStorage(initial: string | null = null) {
  let text = initial;
  const storage: RecentDocumentsStorage = {
    read: vi.fn(async () => text),
    write: vi.fn(async (next: string) => {
      text = next;
      return { ok: true } as const;
    }),
  };
  return { storage, current: () => text };
}

const path = (name: string) => resolve('/designs', name);

describe('RecentDocuments', () => {
  it('puts the latest document first and moves a reopened one to the top without duplicating it', async () => {
    const recent = new RecentDocuments(memoryStorage().storage);
    await recent.add(path('a.topo.json'));
    await recent.add(path('b.topo.json'));
    await recent.add(path('a.topo.json'));
    expect(recent.list()).toEqual([path('a.topo.json'), path('b.topo.json')]);
  });

  it(`keeps at most ${MAX_RECENT_DOCUMENTS} documents, dropping the oldest`, async () => {
    const recent = new RecentDocuments(memoryStorage().storage);
    for (let i = 0; i < 12; i++) await recent.add(path(`${i}.topo.json`));
    expect(recent.list()).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(recent.list()[0]).toBe(path('11.topo.json'));
    expect(recent.has(path('1.topo.json'))).toBe(false);
    expect(recent.has(path('2.topo.json'))).toBe(true);
  });

  it('persists every change and loads it back', async () => {
    const memory = memoryStorage();
    const recent = new RecentDocuments(memory.storage);
    await recent.add(path('a.topo.json'));
    const reloaded = new RecentDocuments(memoryStorage(memory.current()).storage);
    await reloaded.load();
    expect(reloaded.list()).toEqual([path('a.topo.json')]);
  });

  it('removes and clears, telling listeners each time', async () => {
    const recent = new RecentDocuments(memoryStorage().storage);
    const listener = vi.fn();
    recent.onChange(listener);
    await recent.add(path('a.topo.json'));
    await recent.add(path('b.topo.json'));
    await recent.remove(path('a.topo.json'));
    expect(recent.list()).toEqual([path('b.topo.json')]);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it.each([
    ['a missing file', null],
    ['an empty file', ''],
    ['broken JSON', '{"paths": ["/a.topo.json"'],
    ['a different shape', '["/a.topo.json"]'],
    ['paths that is not an array', '{"paths": "/a.topo.json"}'],
    ['JSON null', 'null'],
  ])('loads %s as an empty list', async (_case, text) => {
    const recent = new RecentDocuments(memoryStorage(text).storage);
    await recent.load();
    expect(recent.list()).toEqual([]);
  });
});

describe('parseRecentDocuments', () => {
  it('keeps valid absolute paths and drops everything else', () => {
    const text = JSON.stringify({
      version: 1,
      paths: [path('a.topo.json'), 42, null, 'relative.topo.json', '', `${path('x')}\0y`, path('a.topo.json'), path('b.topo.json')],
    });
    expect(parseRecentDocuments(text)).toEqual([path('a.topo.json'), path('b.topo.json')]);
  });

  it('caps a hand-edited list at ten', () => {
    const paths = Array.from({ length: 15 }, (_, i) => path(`${i}.topo.json`));
    expect(parseRecentDocuments(JSON.stringify({ paths }))).toHaveLength(MAX_RECENT_DOCUMENTS);
  });

  it('is not fooled by a __proto__ key', () => {
    expect(parseRecentDocuments('{"__proto__": {"paths": ["/etc/passwd"]}}')).toEqual([]);
  });
});

describe('samePath', () => {
  it('ignores case on Windows and macOS only', () => {
    expect(samePath('/Designs/A.topo.json', '/designs/a.topo.json', 'win32')).toBe(true);
    expect(samePath('/Designs/A.topo.json', '/designs/a.topo.json', 'darwin')).toBe(true);
    expect(samePath('/Designs/A.topo.json', '/designs/a.topo.json', 'linux')).toBe(false);
    expect(samePath('/designs/./a.topo.json', '/designs/a.topo.json', 'linux')).toBe(true);
  });
});

describe('fileStorage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'htd-recent-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes recent-documents.json and tolerates a broken one', async () => {
    const file = join(dir, 'recent-documents.json');
    const recent = new RecentDocuments(fileStorage(file));
    await recent.load();
    await recent.add(path('a.topo.json'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, paths: [path('a.topo.json')] });

    await writeFile(file, '{ not json');
    const again = new RecentDocuments(fileStorage(file));
    await again.load();
    expect(again.list()).toEqual([]);
  });
});
