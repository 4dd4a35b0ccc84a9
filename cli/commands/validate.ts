// `topo validate FILE [--json]`: the validation engine's findings for a design, as the designer's
// issues panel shows them. Exits 1 when there is an error-severity finding.
import { countBySeverity, validate, type Finding } from '../../shared/validation/index';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { openDesign } from '../openDesign';
import { parseArgs } from '../args';

export const validateCommand: Command = {
  name: 'validate',
  synopsis: 'validate FILE [--json]',
  summary: "Check a design against Azure's rules and list the findings.",
  details: [
    'Prints one line per finding: severity, rule id, the elements concerned and the message,',
    'followed by the Microsoft documentation it rests on. With --json, prints',
    '{ file, counts, findings } where each finding is { ruleId, severity, elementIds, message,',
    'source, fix? } (fix is the label of the one-click repair the designer offers).',
    'Exits with 1 when the file cannot be opened or a finding has severity error.',
  ].join('\n'),
  async run(args, io) {
    const { flags, positional } = parseArgs(args, ['--json'], 'validate');
    if (positional.length !== 1) throw new UsageError('validate needs exactly one FILE');
    const file = positional[0]!;
    const loaded = await openDesign(file, io);
    if (!loaded) return EXIT.problems;
    const findings = validate(loaded.document);
    const counts = countBySeverity(findings);
    if (flags.has('--json')) {
      io.stdout(`${JSON.stringify({ file, counts, findings: findings.map(toJson) }, null, 2)}\n`);
    } else {
      printHuman(file, findings, counts, io);
    }
    return counts.error > 0 ? EXIT.problems : EXIT.ok;
  },
};

function toJson(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, elementIds: f.elementIds, message: f.message, source: f.source, ...(f.fix ? { fix: f.fix.label } : {}) };
}

function printHuman(file: string, findings: readonly Finding[], counts: ReturnType<typeof countBySeverity>, io: CliIo): void {
  for (const f of findings) {
    io.stdout(`${file}: ${f.severity.padEnd(7)} ${f.ruleId} [${f.elementIds.join(', ')}]\n  ${f.message}\n  ${f.source}${f.fix ? `\n  fix: ${f.fix.label}` : ''}\n`);
  }
  io.stdout(`${file}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info\n`);
}
