// Autosave in the app's data folder: one file per window, userData/autosave/window-<launch>-<id>.json,
// holding the last unsaved state of the design open in it, so a crash or a power cut loses a few
// seconds of work at most, in every window. (One shared file let each window's autosave overwrite
// the others', and a save in one window clear them all.)
//
// After a crash, each new window offers one autosave left by an earlier launch (the most recent not
// yet offered). The renderer autosaves only once the offer is answered, so the window's first
// autosave after it means the work was restored (and now lives in the window's own file) or
// discarded: the earlier file is then removed. A window that closes removes its own file (the user
// saved, or chose not to) and lets a later window offer an earlier file it never got an answer for.
// current.json, the single file of earlier versions, is offered the same way.
// Main only keeps the renderer's text: the document inside is parsed by the renderer's load
// pipeline when the user restores it (Electron security checklist item 4), never here.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AutosaveRecord } from './api';
import { describeOsError, readTextFile, writeFileAtomically, type ReadResult, type WriteResult } from './files';
import { autosaveSnapshotSchema, MAX_DOCUMENT_BYTES, parsePayload } from './payloads';

export const AUTOSAVE_FOLDER = 'autosave';
/** The one autosave file of earlier versions. */
export const LEGACY_AUTOSAVE_FILE = 'current.json';
/** The autosave files this store reads: its own kind and the legacy one, nothing else in the folder. */
const AUTOSAVE_NAME = /^(?:current|window-[a-z0-9]+-\d+)\.json$/;

const STORED_FORMAT = 'hybrid-topology-designer-autosave';

/**
 * The document is stored as a JSON string, and escaping doubles a serialised document at worst
 * (every character a quote, backslash or newline), so the file may be twice the largest document.
 */
export const MAX_AUTOSAVE_FILE_BYTES = 2 * MAX_DOCUMENT_BYTES + 64 * 1024;

const storedAutosaveSchema = autosaveSnapshotSchema.extend({
  format: z.literal(STORED_FORMAT),
  version: z.literal(1),
  savedAt: z.iso.datetime(),
});

export class AutosaveError extends Error {
  override name = 'AutosaveError';
}

export interface AutosaveStoreDependencies {
  /** The folder that holds the autosave files, e.g. userData/autosave. Created on the first write. */
  directory: string;
  /** Names this launch's files apart from those an earlier (crashed) launch left. */
  launchId?: string;
  listFiles?: (directory: string) => Promise<string[]>;
  readText?: (filePath: string, maxBytes: number) => Promise<ReadResult>;
  writeFile?: (filePath: string, data: string) => Promise<WriteResult>;
  now?: () => Date;
  /** Where a corrupt autosave file is reported; it is then ignored until the next write replaces it. */
  warn?: (message: string) => void;
}

export function createAutosaveStore(deps: AutosaveStoreDependencies) {
  const readText = deps.readText ?? readTextFile;
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const now = deps.now ?? (() => new Date());
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const listFiles = deps.listFiles ?? listFolder;
  const launchId = deps.launchId ?? `${now().getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  const ownName = (windowId: number) => `window-${launchId}-${windowId}.json`;
  const ownPrefix = `window-${launchId}-`;
  /** The earlier launch's file each window offered, by window id; and every one offered so far. */
  const offered = new Map<number, string>();
  const offeredNames = new Set<string>();

  // One operation at a time, in the order asked: a clear that overtook a slow write would leave
  // a stale autosave behind, to be offered after the work was saved.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The file a window autosaves to. */
  const filePathOf = (windowId: number) => join(deps.directory, ownName(windowId));

  /** Validates the renderer's payload (throws InvalidPayloadError) and writes the window's file atomically. */
  async function write(windowId: number, payload: unknown): Promise<void> {
    const snapshot = parsePayload(autosaveSnapshotSchema, payload, 'autosave');
    const stored = JSON.stringify({
      format: STORED_FORMAT,
      version: 1,
      savedAt: now().toISOString(),
      fileName: snapshot.fileName,
      text: snapshot.text,
    });
    if (Buffer.byteLength(stored, 'utf8') > MAX_AUTOSAVE_FILE_BYTES) {
      throw new AutosaveError('The design is too large to autosave.');
    }
    return serially(async () => {
      try {
        await mkdir(deps.directory, { recursive: true });
      } catch (error) {
        throw new AutosaveError(`Could not create the autosave folder (${deps.directory}): ${describeOsError(error)}.`);
      }
      const written = await writeFile(filePathOf(windowId), stored);
      if (!written.ok) throw new AutosaveError(written.message);
      const earlier = offered.get(windowId);
      if (earlier !== undefined) {
        offered.delete(windowId);
        await remove(earlier);
      }
    });
  }

  async function remove(name: string): Promise<void> {
    const filePath = join(deps.directory, name);
    try {
      await rm(filePath, { force: true });
    } catch (error) {
      throw new AutosaveError(`Could not remove the autosave file (${filePath}): ${describeOsError(error)}.`);
    }
  }

  async function readStored(name: string): Promise<AutosaveRecord | null> {
    const filePath = join(deps.directory, name);
    const file = await readText(filePath, MAX_AUTOSAVE_FILE_BYTES);
    if (!file.ok) {
      if (file.missing) return null;
      throw new AutosaveError(file.message);
    }
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch {
      value = undefined;
    }
    const parsed = storedAutosaveSchema.safeParse(value);
    if (!parsed.success) {
      warn(`Ignored the autosave file ${filePath}: it is not an autosave this version wrote.`);
      return null;
    }
    const { text, fileName, savedAt } = parsed.data;
    return { text, fileName, savedAt };
  }

  /**
   * The autosave for a window to offer: the most recent one an earlier launch left that no window
   * of this launch has offered yet, or null. The same window asking again gets the same one.
   */
  function read(windowId: number): Promise<AutosaveRecord | null> {
    return serially(async () => {
      const already = offered.get(windowId);
      if (already !== undefined) return readStored(already);
      let names: string[];
      try {
        names = await listFiles(deps.directory);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new AutosaveError(`Could not look in the autosave folder (${deps.directory}): ${describeOsError(error)}.`);
      }
      let best: { name: string; record: AutosaveRecord } | null = null;
      for (const name of names) {
        if (!AUTOSAVE_NAME.test(name) || name.startsWith(ownPrefix) || offeredNames.has(name)) continue;
        const record = await readStored(name);
        if (record && (!best || record.savedAt > best.record.savedAt)) best = { name, record };
      }
      if (!best) return null;
      offered.set(windowId, best.name);
      offeredNames.add(best.name);
      return best.record;
    });
  }

  /** Forgets a window's autosave, and the earlier launch's one it offered: saved, discarded or replaced. */
  function clear(windowId: number): Promise<void> {
    return serially(async () => {
      await remove(ownName(windowId));
      const earlier = offered.get(windowId);
      if (earlier !== undefined) await remove(earlier);
      offered.delete(windowId);
    });
  }

  /**
   * A window has closed (its close prompt was answered, or it had no unsaved changes): its own file
   * goes, and an earlier file it offered without an answer may be offered by a later window.
   */
  function release(windowId: number): Promise<void> {
    return serially(async () => {
      const earlier = offered.get(windowId);
      offered.delete(windowId);
      if (earlier !== undefined) offeredNames.delete(earlier);
      await remove(ownName(windowId));
    });
  }

  return { directory: deps.directory, filePathOf, write, read, clear, release };
}

async function listFolder(directory: string): Promise<string[]> {
  return (await readdir(directory)).sort();
}

export type AutosaveStore = ReturnType<typeof createAutosaveStore>;
