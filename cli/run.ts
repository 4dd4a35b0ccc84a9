// The process entry of `topo` (bundled and started by bin.mjs): real files and streams in,
// an exit code out.
import { readFile, writeFile } from 'node:fs/promises';
import { main } from './topo';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
});
