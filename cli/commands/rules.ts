// `topo rules [--json | --markdown]`: every validation rule with its id, severity, title and source.
import { ALL_RULES } from '../../shared/validation/index';
import { EXIT, UsageError, type Command } from '../command';
import { parseArgs } from '../args';
import { rulesMarkdown } from '../rulesDoc';

export const rulesCommand: Command = {
  name: 'rules',
  synopsis: 'rules [--json | --markdown]',
  summary: 'List every validation rule with its id, severity, title and source.',
  details: '--markdown prints docs/rules.md as generated from the rule registry.',
  async run(args, io) {
    const { flags, positional } = parseArgs(args, ['--json', '--markdown'], 'rules');
    if (positional.length > 0) throw new UsageError('rules takes no FILE');
    if (flags.has('--markdown')) {
      io.stdout(rulesMarkdown());
    } else if (flags.has('--json')) {
      const rules = ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, severities: r.severities ?? [r.severity], category: r.category, title: r.title, description: r.description, source: r.source.url }));
      io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    } else {
      const width = Math.max(...ALL_RULES.map((r) => r.id.length));
      for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}\n${' '.repeat(width + 11)}${r.source.url}\n`);
    }
    return EXIT.ok;
  },
};
