// Reading and loading a design file for a subcommand, with the loader's errors printed the same
// way everywhere ("FILE: POINTER: MESSAGE").
import { formatProblem, loadDocument, type LoadResult } from '../shared/format/index';
import type { CliIo } from './command';

export async function openDesign(file: string, io: CliIo): Promise<Extract<LoadResult, { ok: true }> | null> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
  const result = loadDocument(text);
  if (!result.ok) {
    for (const problem of result.errors) io.stderr(`${file}: ${formatProblem(problem)}\n`);
    return null;
  }
  return result;
}
