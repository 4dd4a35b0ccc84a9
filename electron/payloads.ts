// Zod schemas for every payload the renderer sends. Main parses with these before anything
// touches a dialog or the disk: the renderer is treated as untrusted (a crafted document could
// carry an XSS), so every field is bounded and unknown keys are refused.
import { z } from 'zod';
import type { AutosaveSnapshot, DocumentState, ExportRequest, SaveRequest } from './api';

const MIB = 1024 * 1024;

/** The largest file the designer opens (files.ts); saving more would create a file we cannot reopen. */
export const MAX_DOCUMENT_BYTES = 50 * MIB;
/** Exports may be binary (PNG as base64, 4 chars per 3 bytes): allow ~75 MiB of decoded data. */
export const MAX_EXPORT_CHARS = 100 * MIB;

/** C0 controls and DEL: never part of a file or document name, and they can spoof dialog text. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

// No folders, no control characters: a suggested name only seeds the save dialog, but a name
// such as "../../.bashrc" must not even steer where the dialog opens.
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && !hasControlCharacters(name), 'must be a file name without folders or control characters')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name');

// Electron's dialog filters take extensions without dots or wildcards ("png", "topo.json").
const extension = z
  .string()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/, 'must be letters and digits, like "png" or "topo.json"');

/**
 * Strict base64 (standard alphabet, padded). A loop rather than a regular expression: a
 * repeated group over a 100 MB string can exhaust the regex engine's backtracking stack.
 */
export function isBase64(data: string): boolean {
  if (data.length % 4 !== 0) return false;
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  for (let i = 0; i < data.length - padding; i++) {
    const c = data.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 /* + */ || c === 47; /* / */
    if (!ok) return false;
  }
  return true;
}

// A serialised document, bounded like the files we open.
const documentText = z
  .string()
  .max(MAX_DOCUMENT_BYTES)
  .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_DOCUMENT_BYTES, 'is larger than 50 MB');

export const saveRequestSchema = z.strictObject({
  text: documentText,
  saveAs: z.boolean(),
  suggestedName: fileName,
}) satisfies z.ZodType<SaveRequest>;

export const exportRequestSchema = z
  .strictObject({
    suggestedName: fileName,
    data: z.string().max(MAX_EXPORT_CHARS),
    encoding: z.enum(['utf8', 'base64']),
    filterName: z
      .string()
      .min(1)
      .max(100)
      .refine((name) => !hasControlCharacters(name), 'must not contain control characters'),
    extensions: z.array(extension).min(1).max(10),
  })
  .refine((request) => request.encoding !== 'base64' || isBase64(request.data), {
    message: 'is not valid base64',
    path: ['data'],
  }) satisfies z.ZodType<ExportRequest>;

export const documentStateSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !hasControlCharacters(name), 'must not contain control characters'),
  dirty: z.boolean(),
}) satisfies z.ZodType<DocumentState>;

/** Autosave carries the document's display name only: main decides where the copy is kept. */
export const autosaveSnapshotSchema = z.strictObject({
  text: documentText,
  fileName: fileName.nullable(),
}) satisfies z.ZodType<AutosaveSnapshot>;

export const externalUrlSchema = z.string().min(1).max(2048);

export class InvalidPayloadError extends Error {
  override name = 'InvalidPayloadError';
}

/**
 * Parses a payload or throws an InvalidPayloadError naming the request and the first problems,
 * e.g. `Invalid saveDocument request: saveAs: expected boolean`. The thrown error reaches the
 * renderer as a rejected promise from ipcRenderer.invoke.
 */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, requestName: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new InvalidPayloadError(`Invalid ${requestName} request: ${problems}`);
}
