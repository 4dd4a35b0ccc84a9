// `topo export FILE --format svg|drawio|json [--out PATH] ...`: the designer's exports without the
// app. SVG and draw.io are drawn from the document by shared/export, so they match what the app
// exports; json is the canonical saved form (a loaded, repaired and upgraded file, saved again).
import { estimateCost } from '../../shared/estimate/cost';
import { toDrawio } from '../../shared/export/drawio';
import { renderSvg, type SvgBackground } from '../../shared/export/svg';
import { formatProblem, serializeDocument } from '../../shared/format/index';
import type { TopologyDocument } from '../../shared/model';
import { countBySeverity, validate } from '../../shared/validation/index';
import { EXIT, UsageError, type Command } from '../command';
import { parseOptions } from '../args';
import { openDesign } from '../openDesign';
import { writeOutput } from '../writeOutput';

const FORMATS = ['svg', 'drawio', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];
const BACKGROUNDS: readonly SvgBackground[] = ['white', 'dark', 'transparent'];

const VALUE_OPTIONS = ['--format', '--out', '--background'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAG_OPTIONS = ['--no-legend', '--no-title'] as const;
/** Options that only change the picture. */
const SVG_ONLY = ['--background', ...FLAG_OPTIONS];

interface ExportArgs {
  file: string;
  format: ExportFormat;
  out?: string;
  background: SvgBackground;
  legend: boolean;
  title: boolean;
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export FILE --format svg|drawio|json',
  summary: 'Export a design as an SVG picture, a draw.io diagram or canonical JSON.',
  details: [
    'Formats:',
    '  svg      the whole design as the canvas draws it, with the title, a legend of the kinds',
    '           used and a footer with the validation counts and the monthly cost',
    '  drawio   an uncompressed draw.io file: one shape per element, VNets and subnets as',
    '           containers, one connector per link',
    '  json     the design as the app saves it (stable key order, current file format)',
    'Options:',
    '  --out PATH                            write to PATH instead of standard output',
    '  --background white|dark|transparent   svg only: light or dark theme colours (default white)',
    '  --no-legend, --no-title               svg only: leave the legend or the title out',
    'Exits with 1 when the file cannot be opened or the output cannot be written.',
  ].join('\n'),
  async run(args, io) {
    const options = parseExportArgs(args);
    const loaded = await openDesign(options.file, io);
    if (!loaded) return EXIT.problems;
    for (const repair of loaded.repairs) io.stderr(`${options.file}: warning: ${formatProblem(repair)}\n`);
    return writeOutput(render(loaded.document, options), options.out, io);
  },
};

function render(doc: TopologyDocument, options: ExportArgs): string {
  switch (options.format) {
    case 'json':
      return serializeDocument(doc);
    case 'drawio':
      return toDrawio(doc);
    case 'svg': {
      const counts = countBySeverity(validate(doc));
      const cost = estimateCost(doc);
      return renderSvg(doc, {
        background: options.background,
        title: options.title,
        legend: options.legend,
        footer: { errors: counts.error, warnings: counts.warning, info: counts.info, monthlyUsd: cost.totalUsd, incomplete: cost.incomplete },
      }).svg;
    }
  }
}

/** Options take their value as the next argument or after "=" (`--format svg`, `--format=svg`). */
function parseExportArgs(args: readonly string[]): ExportArgs {
  const { flags, values, positional } = parseOptions(args, { flags: FLAG_OPTIONS, values: VALUE_OPTIONS }, 'export');
  if (positional.length !== 1) throw new UsageError('export needs exactly one FILE');
  const format = values.get('--format');
  if (format === undefined) throw new UsageError('export needs --format svg, drawio or json');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": use svg, drawio or json`);
  const background = values.get('--background') ?? 'white';
  if (!(BACKGROUNDS as readonly string[]).includes(background)) throw new UsageError(`unknown background "${background}": use white, dark or transparent`);
  const pictureOnly = SVG_ONLY.find((o) => flags.has(o) || values.has(o as ValueOption));
  if (format !== 'svg' && pictureOnly) throw new UsageError(`${pictureOnly} applies to --format svg only`);
  return {
    file: positional[0]!,
    format: format as ExportFormat,
    ...(values.has('--out') ? { out: values.get('--out')! } : {}),
    background: background as SvgBackground,
    legend: !flags.has('--no-legend'),
    title: !flags.has('--no-title'),
  };
}
