// `topo`: the command-line face of shared/ (DESIGN.md: a thin adapter, like the renderer). Parses
// the subcommand and hands over; each subcommand lives in commands/.
import { EXIT, UsageError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands/index';

export type { CliIo } from './command';

const HELP_FLAGS = new Set(['-h', '--help', 'help']);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT.usage;
  }
  if (HELP_FLAGS.has(name)) {
    const topic = args[0] === undefined ? undefined : COMMANDS.find((c) => c.name === args[0]);
    io.stdout(topic ? commandHelp(topic) : usage());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(io, `unknown command "${name}"`);
  if (args.some((a) => HELP_FLAGS.has(a) && a !== 'help')) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, command);
    // A bug, not a user mistake: say what happened without a stack trace.
    io.stderr(`topo ${command.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.problems;
  }
}

function usageError(io: CliIo, message: string, command?: Command): number {
  const hint = command ? `topo ${command.name} --help` : 'topo --help';
  io.stderr(`topo: ${message}\nRun "${hint}" for usage.\n`);
  return EXIT.usage;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.synopsis.length)) + 2;
  return [
    'Usage: topo <command> [arguments]',
    '',
    'Works with Hybrid Topology Designer files (*.topo.json).',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.synopsis.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}Show this help; "topo <command> --help" shows a command's help.`,
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`Usage: topo ${command.synopsis}`, '', command.summary, '', command.details, ''].join('\n');
}
