// The subcommands of `topo`, in the order `topo --help` lists them. A new subcommand is one file
// beside this one plus one entry here.
import type { Command } from '../command';
import { checkCommand } from './check';
import { estimateCommand } from './estimate';
import { exportCommand } from './exportCommand';
import { layoutCommand } from './layout';
import { newCommand } from './new';
import { rulesCommand } from './rules';
import { templatesCommand } from './templates';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  validateCommand,
  rulesCommand,
  estimateCommand,
  exportCommand,
  layoutCommand,
  templatesCommand,
  newCommand,
];
