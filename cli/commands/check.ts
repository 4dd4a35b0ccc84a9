// `topo check FILE...`: opens each design as the app would and reports what the loader refuses or
// repairs, one line per problem, prefixed with the file name (like a compiler), so editors and CI
// logs can jump to it.
import { formatProblem } from '../../shared/format/index';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { openDesign } from '../openDesign';

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'check FILE...',
  summary: 'Open design files as the app does and report errors and repairs.',
  details: [
    'Prints "FILE: ok (N elements, M links)" for a file that opens, followed by a warning',
    'for each repair the loader made (for example a link to a missing element it dropped).',
    'Prints "FILE: POINTER: MESSAGE" for each error in a file that cannot be opened.',
    'Exits with 1 if any file cannot be opened or read.',
  ].join('\n'),
  async run(args, io) {
    const options = args.filter((a) => a.startsWith('-') && a !== '-');
    if (options.length > 0) throw new UsageError(`unknown option ${options[0]} for check`);
    if (args.length === 0) throw new UsageError('check needs at least one FILE');
    let exitCode: number = EXIT.ok;
    for (const file of args) exitCode = Math.max(exitCode, await checkFile(file, io));
    return exitCode;
  },
};

async function checkFile(file: string, io: CliIo): Promise<number> {
  const result = await openDesign(file, io);
  if (!result) return EXIT.problems;
  const { elements, links } = result.document;
  const upgraded = result.migratedFrom === undefined ? '' : `; upgraded from file format ${result.migratedFrom}`;
  io.stdout(`${file}: ok (${count(elements.length, 'element')}, ${count(links.length, 'link')}${upgraded})\n`);
  for (const repair of result.repairs) io.stderr(`${file}: warning: ${formatProblem(repair)}\n`);
  return EXIT.ok;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
