// Main's own list of recently opened or saved documents, kept in userData/recent-documents.json.
// It doubles as part of the path policy: Open Recent may read a file without a dialog only
// because the path is on this list, which only main writes.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { writeFileAtomically, type WriteResult } from './files';

export const MAX_RECENT_DOCUMENTS = 10;
const FILE_VERSION = 1;

export interface RecentDocumentsStorage {
  read(): Promise<string | null>;
  write(text: string): Promise<WriteResult>;
}

/**
 * Storage in a JSON file, written atomically; a missing or unreadable file reads as empty.
 * The folder is created on first write (userData may not exist yet, e.g. a fresh test profile).
 */
export function fileStorage(filePath: string): RecentDocumentsStorage {
  return {
    read: () => readFile(filePath, 'utf8').catch(() => null),
    write: async (text) => {
      await mkdir(dirname(filePath), { recursive: true }).catch(() => undefined);
      return writeFileAtomically(filePath, text);
    },
  };
}

/**
 * Paths compare case-insensitively on Windows and macOS (their default file systems are
 * case-insensitive), so "C:\\Designs\\A.topo.json" and "c:\\designs\\a.topo.json" are one entry.
 */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const na = resolve(a);
  const nb = resolve(b);
  return platform === 'win32' || platform === 'darwin' ? na.toLowerCase() === nb.toLowerCase() : na === nb;
}

/** Accepts only the shape we write; anything else (a broken or hand-edited file) is dropped. */
export function parseRecentDocuments(text: string | null): string[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const paths = typeof data === 'object' && data !== null && 'paths' in data ? data.paths : undefined;
  if (!Array.isArray(paths)) return [];
  const result: string[] = [];
  for (const entry of paths) {
    if (typeof entry !== 'string' || entry.length === 0 || entry.length > 4096 || entry.includes('\0')) continue;
    if (!isAbsolute(entry)) continue;
    if (result.some((known) => samePath(known, entry))) continue;
    result.push(resolve(entry));
    if (result.length === MAX_RECENT_DOCUMENTS) break;
  }
  return result;
}

export class RecentDocuments {
  private paths: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: RecentDocumentsStorage) {}

  async load(): Promise<void> {
    this.paths = parseRecentDocuments(await this.storage.read());
    this.notify();
  }

  /** Most recent first. */
  list(): readonly string[] {
    return this.paths;
  }

  has(filePath: string): boolean {
    return this.paths.some((known) => samePath(known, filePath));
  }

  /** Moves the path to the top, removing its older entry and anything beyond ten. */
  async add(filePath: string): Promise<WriteResult> {
    const absolute = resolve(filePath);
    this.paths = [absolute, ...this.paths.filter((known) => !samePath(known, absolute))].slice(0, MAX_RECENT_DOCUMENTS);
    return this.persist();
  }

  async remove(filePath: string): Promise<WriteResult> {
    this.paths = this.paths.filter((known) => !samePath(known, filePath));
    return this.persist();
  }

  async clear(): Promise<WriteResult> {
    this.paths = [];
    return this.persist();
  }

  /** Called after every change, e.g. to rebuild the Open Recent submenu. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async persist(): Promise<WriteResult> {
    this.notify();
    return this.storage.write(`${JSON.stringify({ version: FILE_VERSION, paths: this.paths }, null, 2)}\n`);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
