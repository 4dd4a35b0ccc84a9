// Runs `topo` in memory for tests: files come from a record, missing ones fail the way node:fs
// does, and writes land in `written` (or fail when the given writeFile throws).
import { main } from '../topo';

export interface RunOptions {
  files?: Record<string, string>;
  writeFile?: (path: string, text: string) => Promise<void> | void;
  /** Run with an io that cannot write files at all. */
  noWrite?: boolean;
}

export async function runCli(argv: string[], options: RunOptions = {}) {
  const files = options.files ?? {};
  const written: Record<string, string> = {};
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    ...(options.noWrite
      ? {}
      : {
          writeFile: async (path: string, text: string) => {
            await options.writeFile?.(path, text);
            written[path] = text;
          },
        }),
  });
  return { code, stdout, stderr, written };
}
