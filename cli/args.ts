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

/**
 * Like parseArgs, for commands whose options also take values: `--out PATH` or `--out=PATH`.
 * A value option given twice, or without its value, is a usage error naming it.
 */
export function parseOptions<V extends string>(
  args: readonly string[],
  options: { flags?: readonly string[]; values: readonly V[] },
  command: string,
): { flags: Set<string>; values: Map<V, string>; positional: string[] } {
  const flags = new Set<string>();
  const values = new Map<V, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (options.flags?.includes(arg)) {
      flags.add(arg);
    } else if ((options.values as readonly string[]).includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (values.has(name as V)) throw new UsageError(`${name} is given twice`);
      values.set(name as V, value);
    } else {
      throw new UsageError(`unknown option ${arg} for ${command}`);
    }
  }
  return { flags, values, positional };
}
