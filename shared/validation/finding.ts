// Building findings from a rule, so each rule states only what is particular to it.
import type { Finding, Fix, Rule, Severity } from './types';
import { flat } from '../kept/flat';

export function finding(
  rule: Pick<Rule, 'id' | 'severity' | 'source'>,
  elementIds: readonly string[],
  message: string,
  options: { severity?: Severity; fix?: Fix } = {},
): Finding {
  return {
    ruleId: rule.id,
    severity: options.severity ?? rule.severity,
    elementIds: [...elementIds],
    message: flat(message),
    source: rule.source.url,
    ...(options.fix ? { fix: options.fix } : {}),
  };
}
