// `topo templates`: the workshop templates `topo new` can start a design from.
import { TEMPLATES } from '../../shared/templates/index';
import { parseArgs } from '../args';
import { EXIT, UsageError, type Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  synopsis: 'templates',
  summary: 'List the workshop templates (id and title) that "topo new" starts from.',
  details: 'Each line is a template id, then its title and what it holds.',
  async run(args, io) {
    const { positional } = parseArgs(args, [], 'templates');
    if (positional.length > 0) throw new UsageError('templates takes no arguments');
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    for (const t of TEMPLATES) io.stdout(`${t.id.padEnd(width)}  ${t.title}\n${' '.repeat(width + 2)}${t.summary}\n`);
    return EXIT.ok;
  },
};
