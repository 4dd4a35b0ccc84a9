// Brings a document from the version it was saved in up to the current one, one step at a time
// (tldraw's migrate.ts). Each step is named in the error when it fails.
import { FORMAT_VERSION } from '../constants';
import type { LoadProblem } from '../problems';
import { MIGRATIONS } from './index';
import type { Migration } from './migration';

export type MigrationResult = { ok: true; document: unknown } | { ok: false; errors: LoadProblem[] };

export function runMigrations(
  document: unknown,
  fileVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion: number = FORMAT_VERSION,
): MigrationResult {
  let current = document;
  let version = fileVersion;
  for (const step of migrations) {
    if (step.from < version || step.from >= targetVersion) continue;
    if (step.from !== version) break;
    try {
      current = step.migrate(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        errors: [
          {
            message: `Could not upgrade the design from file format ${step.from} to ${step.to} (${step.name}): ${reason}`,
            pointer: '/document',
          },
        ],
      };
    }
    version = step.to;
  }
  if (version !== targetVersion) {
    return {
      ok: false,
      errors: [{ message: `No upgrade path from file format ${version} to ${targetVersion}.`, pointer: '/formatVersion' }],
    };
  }
  return { ok: true, document: current };
}
