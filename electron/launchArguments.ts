// Finds the design file named on the command line ("Open with…", a file association, or a
// second launch forwarded through the single-instance lock).
import { isAbsolute, resolve } from 'node:path';

/**
 * `argv` is process.argv (or the argv of a second instance). The first entry is the executable;
 * in development (`electron .`, process.defaultApp) the second is the app folder. Switches are
 * skipped, including those Chromium appends (e.g. --original-process-start-time). Only
 * .json files are taken, so a stray argument is never mistaken for a document.
 */
export function documentPathFromArgv(argv: readonly string[], options: { isDefaultApp: boolean; workingDirectory: string }): string | null {
  const rest = argv.slice(options.isDefaultApp ? 2 : 1);
  for (const argument of rest) {
    if (argument.startsWith('-') || argument.includes('\0')) continue;
    if (!argument.toLowerCase().endsWith('.json')) continue;
    return isAbsolute(argument) ? resolve(argument) : resolve(options.workingDirectory, argument);
  }
  return null;
}
