// `topo new TEMPLATE_ID [--out FILE] [--force]`: a new design from a workshop template, written as
// the app saves it. An existing file is never overwritten unless --force says so.
import { serializeDocument } from '../../shared/format/index';
import { TEMPLATES, templateById } from '../../shared/templates/index';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { parseOptions } from '../args';
import { writeOutput } from '../writeOutput';

interface NewArgs {
  templateId: string;
  out?: string;
  force: boolean;
}

export const newCommand: Command = {
  name: 'new',
  synopsis: 'new TEMPLATE_ID [--out FILE]',
  summary: 'Start a design from a workshop template ("topo templates" lists them).',
  details: [
    'Options:',
    '  --out FILE   write the design to FILE instead of standard output',
    '  --force      overwrite FILE if it exists (refused otherwise)',
    'Exits with 1 when FILE exists (without --force) or cannot be written, 2 for an unknown template.',
  ].join('\n'),
  async run(args, io) {
    const options = parseNewArgs(args);
    const template = templateById(options.templateId);
    if (!template) throw new UsageError(`unknown template "${options.templateId}": use one of ${TEMPLATES.map((t) => t.id).join(', ')}`);
    const text = serializeDocument(template.build());
    if (options.out !== undefined && !options.force && (await exists(options.out, io))) {
      io.stderr(`${options.out} already exists: choose another file or add --force to overwrite it\n`);
      return EXIT.problems;
    }
    const status = await writeOutput(text, options.out, io);
    if (status === EXIT.ok && options.out !== undefined) io.stderr(`wrote ${options.out} (${template.title})\n`);
    return status;
  },
};

/** The io has no stat; a file that reads, or fails for any reason but "not found", is there. */
async function exists(path: string, io: CliIo): Promise<boolean> {
  try {
    await io.readFile(path);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code !== 'ENOENT';
  }
}

function parseNewArgs(args: readonly string[]): NewArgs {
  const { flags, values, positional } = parseOptions(args, { flags: ['--force'], values: ['--out'] }, 'new');
  const out = values.get('--out');
  const force = flags.has('--force');
  if (positional.length !== 1) throw new UsageError(`new needs exactly one TEMPLATE_ID: use one of ${TEMPLATES.map((t) => t.id).join(', ')}`);
  return { templateId: positional[0]!, ...(out !== undefined ? { out } : {}), force };
}
