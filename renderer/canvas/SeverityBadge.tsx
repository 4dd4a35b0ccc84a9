// The marker on an element or link that has validation findings; its colour is the worst severity.
import type { Severity } from '../../shared/validation';

const SYMBOL: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };
const LABEL: Record<Severity, string> = { error: 'Has errors', warning: 'Has warnings', info: 'Has notes' };

export function SeverityBadge({ severity, testId }: { severity: Severity; testId: string }) {
  return (
    <span className={`htd-badge is-${severity}`} title={`${LABEL[severity]}: see the issues panel`} data-testid={testId} data-severity={severity}>
      {SYMBOL[severity]}
    </span>
  );
}
