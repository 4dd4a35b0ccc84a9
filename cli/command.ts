// What every subcommand of `topo` is given and returns. Output goes through `io` so tests can run
// commands in memory; only run.ts touches the real process.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Writes a whole text file (for `export --out`); absent where the host cannot write files. */
  writeFile?(path: string, text: string): Promise<void>;
}

/** Exit codes: 0 all good, 1 a file has problems or cannot be read, 2 the command line is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface Command {
  name: string;
  /** `check FILE...`: the arguments as the usage line shows them. */
  synopsis: string;
  summary: string;
  /** Extra lines for `topo <command> --help`. */
  details: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export class UsageError extends Error {}
