// The one way a design file becomes a document: parse → envelope → safety checks → migrations →
// schema → normalise. Each step returns problems instead of throwing (tldraw's migrate.ts,
// excalidraw's restore.ts), so callers get a result they can show, never an exception.
import { documentSchema } from '../model/schema';
import { FORMAT_VERSION } from './constants';
import { readEnvelope } from './envelope';
import { runMigrations } from './migrations/runMigrations';
import { normalise } from './normalise';
import { parseJson } from './parseJson';
import { capProblems, failure, type LoadResult } from './problems';
import { schemaProblems } from './schemaProblems';
import { findUnsafeJson } from './unsafeJson';

export function loadDocument(text: string): LoadResult {
  try {
    return runPipeline(text);
  } catch (error) {
    // Only a bug in a step can land here; the caller still gets a result, not an exception.
    const reason = error instanceof Error ? error.message : String(error);
    return failure([{ message: `The file could not be read because of an internal error: ${reason}`, pointer: '' }]);
  }
}

function runPipeline(text: string): LoadResult {
  if (typeof text !== 'string') return failure([{ message: 'The file contents are not text.', pointer: '' }]);
  const parsed = parseJson(text);
  if (!parsed.ok) return failure(parsed.errors);

  // The envelope is read first, so another app's JSON is turned away without walking all of it;
  // reading three named fields is safe even when the data holds a "__proto__" key.
  const envelope = readEnvelope(parsed.value);
  if (!envelope.ok) return failure(envelope.errors);
  const { formatVersion } = envelope.envelope;

  const unsafe = findUnsafeJson(parsed.value);
  if (unsafe.length > 0) return failure(unsafe);

  const migrated = runMigrations(envelope.envelope.document, formatVersion);
  if (!migrated.ok) return failure(migrated.errors);

  const checked = documentSchema.safeParse(migrated.document);
  if (!checked.success) return failure(schemaProblems(checked.error.issues, migrated.document));

  const normalised = normalise(checked.data);
  if (!normalised.ok) return failure(normalised.errors);

  return {
    ok: true,
    document: normalised.document,
    repairs: capProblems(normalised.repairs),
    ...(formatVersion < FORMAT_VERSION ? { migratedFrom: formatVersion } : {}),
  };
}
