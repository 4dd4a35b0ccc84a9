// Autosave in the app's data folder: one file, userData/autosave/current.json, holding the last
// unsaved state of the open design, so a crash or a power cut loses a few seconds of work at most.
// Main only keeps the renderer's text: the document inside is parsed by the renderer's load
// pipeline when the user restores it (Electron security checklist item 4), never here.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AutosaveRecord } from './api';
import { describeOsError, readTextFile, writeFileAtomically, type ReadResult, type WriteResult } from './files';
import { autosaveSnapshotSchema, MAX_DOCUMENT_BYTES, parsePayload } from './payloads';

export const AUTOSAVE_FOLDER = 'autosave';
export const AUTOSAVE_FILE = 'current.json';

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
  /** The folder that holds current.json, e.g. userData/autosave. Created on the first write. */
  directory: string;
  readText?: (filePath: string, maxBytes: number) => Promise<ReadResult>;
  writeFile?: (filePath: string, data: string) => Promise<WriteResult>;
  now?: () => Date;
  /** Where a corrupt autosave file is reported; it is then ignored until the next write replaces it. */
  warn?: (message: string) => void;
}

export function createAutosaveStore(deps: AutosaveStoreDependencies) {
  const filePath = join(deps.directory, AUTOSAVE_FILE);
  const readText = deps.readText ?? readTextFile;
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const now = deps.now ?? (() => new Date());
  const warn = deps.warn ?? ((message: string) => console.warn(message));

  // One operation at a time, in the order asked: a clear that overtook a slow write would leave
  // a stale autosave behind, to be offered after the work was saved.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Validates the renderer's payload (throws InvalidPayloadError) and writes it atomically. */
  async function write(payload: unknown): Promise<void> {
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
      const written = await writeFile(filePath, stored);
      if (!written.ok) throw new AutosaveError(written.message);
    });
  }

  /** The stored autosave, or null when there is none or it cannot be used. */
  function read(): Promise<AutosaveRecord | null> {
    return serially(async () => {
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
    });
  }

  function clear(): Promise<void> {
    return serially(async () => {
      try {
        await rm(filePath, { force: true });
      } catch (error) {
        throw new AutosaveError(`Could not remove the autosave file (${filePath}): ${describeOsError(error)}.`);
      }
    });
  }

  return { filePath, write, read, clear };
}

export type AutosaveStore = ReturnType<typeof createAutosaveStore>;
