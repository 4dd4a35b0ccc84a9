import { UsageError } from './command';

/** Splits `--flag` options from positional arguments and refuses options the command does not take. */
export function parseArgs(args: readonly string[], allowed: readonly string[], command: string): { flags: Set<string>; positional: string[] } {
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') && a !== '-') {
      if (!allowed.includes(a)) throw new UsageError(`unknown option ${a} for ${command}`);
      flags.add(a);
    } else positional.push(a);
  }
  return { flags, positional };
}
