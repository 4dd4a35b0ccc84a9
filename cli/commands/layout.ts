// `topo layout FILE [--out PATH]`: the designer's Auto-Layout without the app. Prints (or writes)
// the design in canonical form with new positions and container sizes and nothing else changed.
import { formatProblem, serializeDocument } from '../../shared/format/index';
import { autoLayout } from '../../shared/layout/autoLayout';
import { EXIT, UsageError, type Command } from '../command';
import { parseOptions } from '../args';
import { openDesign } from '../openDesign';
import { writeOutput } from '../writeOutput';

export const layoutCommand: Command = {
  name: 'layout',
  synopsis: 'layout FILE [--out PATH]',
  summary: 'Lay a design out left to right: on-premises, connectivity, Azure.',
  details: [
    'Places on-premises sites, VPN devices, point-to-site users and local network gateways on',
    'the left, providers, peering locations, circuits and Microsoft services in the middle, and',
    'VNets with their subnets and gateways on the right, with nothing overlapping. Only',
    'positions and container sizes change. Prints the laid-out design as the app saves it.',
    'Options:',
    '  --out PATH   write to PATH instead of standard output',
    'Exits with 1 when the file cannot be opened or the output cannot be written.',
  ].join('\n'),
  async run(args, io) {
    const { file, out } = parseLayoutArgs(args);
    const loaded = await openDesign(file, io);
    if (!loaded) return EXIT.problems;
    for (const repair of loaded.repairs) io.stderr(`${file}: warning: ${formatProblem(repair)}\n`);
    return writeOutput(serializeDocument(await autoLayout(loaded.document)), out, io);
  },
};

/** `--out` takes its value as the next argument or after "=" (`--out a.json`, `--out=a.json`). */
function parseLayoutArgs(args: readonly string[]): { file: string; out?: string } {
  const { values, positional } = parseOptions(args, { values: ['--out'] }, 'layout');
  if (positional.length !== 1) throw new UsageError('layout needs exactly one FILE');
  const out = values.get('--out');
  return { file: positional[0]!, ...(out === undefined ? {} : { out }) };
}
