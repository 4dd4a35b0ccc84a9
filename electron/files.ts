// Reading and writing the user's files. Main only moves bytes: parsing untrusted documents
// happens in the sandboxed renderer (Electron security checklist item 4).
import { open, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** The largest file we open: keeps a stray multi-GB file from freezing the renderer's parser. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

const READ_CHUNK_BYTES = 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  /** `missing` when the file no longer exists, so a stale recent entry can be dropped. */
  | { ok: false; message: string; missing?: boolean };
export type WriteResult = { ok: true } | { ok: false; message: string };

type AtomicWriter = (path: string, data: string | Buffer, options: writeFileAtomic.Options) => Promise<void>;

export interface WriteDependencies {
  /** Injected by tests to simulate failures; defaults to write-file-atomic. */
  writeAtomic?: AtomicWriter;
  platform?: NodeJS.Platform;
  sleep?: (ms: number) => Promise<void>;
}

// Windows reports EPERM/EBUSY while another process (antivirus, search indexer, a sync client)
// briefly holds the target open; write-file-atomic does not retry (stack-pitfalls.md).
const TRANSIENT_WINDOWS_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RETRY_DELAYS_MS = [100, 250, 500, 1000];

const FRIENDLY_OS_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation was not permitted (is the file open in another program?)',
  EBUSY: 'the file is in use by another program',
  ENOENT: 'the file or its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'the path is a folder',
  ENOSPC: 'there is no space left on the disk',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the file name is too long',
  EIO: 'an input/output error occurred',
};

/** "permission denied (EACCES)": the OS error in words plus its code, without temp-file paths. */
export function describeOsError(error: unknown): string {
  const code = errorCode(error);
  if (code && FRIENDLY_OS_ERRORS[code]) return `${FRIENDLY_OS_ERRORS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes `data` to `filePath` so that the file is either the old or the new content, never a
 * mix: write-file-atomic writes a temp file beside it, fsyncs it and renames it over the target.
 * Then the folder is fsynced so the rename itself survives a power cut (write-file-atomic does
 * not do that). On failure the previous file is untouched and the message names the file.
 */
export async function writeFileAtomically(
  filePath: string,
  data: string | Buffer,
  dependencies: WriteDependencies = {},
): Promise<WriteResult> {
  const writeAtomic = dependencies.writeAtomic ?? (writeFileAtomic as AtomicWriter);
  const platform = dependencies.platform ?? process.platform;
  const sleep = dependencies.sleep ?? defaultSleep;
  const options: writeFileAtomic.Options = { encoding: 'utf8', fsync: true };

  for (let attempt = 0; ; attempt++) {
    try {
      await writeAtomic(filePath, data, { ...options });
      break;
    } catch (error) {
      const code = errorCode(error);
      const transient = platform === 'win32' && code !== undefined && TRANSIENT_WINDOWS_CODES.has(code);
      if (transient && attempt < RETRY_DELAYS_MS.length) {
        await sleep(RETRY_DELAYS_MS[attempt]!);
        continue;
      }
      return {
        ok: false,
        message: `Could not save "${basename(filePath)}" (${filePath}): ${describeOsError(error)}. The previous file, if any, is unchanged.`,
      };
    }
  }
  await fsyncDirectory(filePath);
  return { ok: true };
}

/** Best effort: Windows cannot open a directory for fsync, and the data is already renamed. */
async function fsyncDirectory(filePath: string): Promise<void> {
  let handle;
  try {
    handle = await open(dirname(filePath), 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; the rename has happened regardless.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads a file as UTF-8 text, refusing anything larger than `maxBytes` with a clear message.
 * The size is checked before reading and enforced while reading (the file may grow meanwhile).
 * A leading byte-order mark is dropped: it is an encoding marker, and JSON.parse rejects it.
 */
export async function readTextFile(filePath: string, maxBytes: number = MAX_OPEN_BYTES): Promise<ReadResult> {
  const name = basename(filePath);
  let handle;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { ok: false, message: `Could not open "${name}" (${filePath}): it is not a file.` };
    if (info.size > maxBytes) return { ok: false, message: tooLarge(name, info.size, maxBytes) };
    handle = await open(filePath, 'r');
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(READ_CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, message: tooLarge(name, length, maxBytes) };
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    const text = Buffer.concat(chunks, length).toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const missing = errorCode(error) === 'ENOENT';
    return { ok: false, message: `Could not open "${name}" (${filePath}): ${describeOsError(error)}.`, missing };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function tooLarge(name: string, size: number, maxBytes: number): string {
  const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `"${name}" is too large to open (at least ${mb(size)}); the designer opens files up to ${mb(maxBytes)}.`;
}
