// Where a command's result goes: standard output, or the file named by --out. One place decides
// how a write failure is reported, so every command that writes says it the same way.
import { EXIT, type CliIo } from './command';

export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!io.writeFile) {
    io.stderr(`cannot write ${out}: this environment cannot write files\n`);
    return EXIT.problems;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    io.stderr(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
