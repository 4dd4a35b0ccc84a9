// Building findings from a rule, so each rule states only what is particular to it.
import type { Finding, Fix, Rule, Severity } from './types';
import { flat } from '../kept/flat';

/**
 * A finding as validate keeps it. Made by a constructor, not a literal, as every record a run keeps
 * is (../kept/lists.ts): V8 puts the objects of a literal that mostly outlive a collection straight
 * into old-generation pages.
 */
class KeptFinding implements Finding {
  declare fix?: Fix;

  constructor(
    public ruleId: string,
    public severity: Severity,
    public elementIds: string[],
    public message: string,
    public source: string,
  ) {}
}

export function finding(
  rule: Pick<Rule, 'id' | 'severity' | 'source'>,
  elementIds: readonly string[],
  message: string,
  options: { severity?: Severity; fix?: Fix } = {},
): Finding {
  const found = new KeptFinding(rule.id, options.severity ?? rule.severity, elementIds.slice(), flat(message), rule.source.url);
  if (options.fix) found.fix = options.fix;
  return found;
}
