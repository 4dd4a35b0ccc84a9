// The issues tab: every finding, grouped by severity with counts, live on every edit.
import { SEVERITIES, type Finding, type Severity } from '../../shared/validation';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { useFindings } from './findings';
import { useChecking } from '../store/settledDoc';
import { applyFix, openSource, revealFinding } from './issueCommands';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export function severityCount(severity: Severity, n: number): string {
  return severity === 'info' ? `${n} info` : `${n} ${severity}${n === 1 ? '' : 's'}`;
}

function FindingRow({ finding, index }: { finding: Finding; index: number }) {
  const names = useAppStore((s) =>
    finding.elementIds
      .slice(0, 2)
      .map((id) => nameOf(s.doc, id))
      .join(', '),
  );
  return (
    <li className={`htd-finding is-${finding.severity}`} data-testid="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <button type="button" className="htd-finding-main" onClick={() => revealFinding(finding)} title="Select and show on the canvas" data-testid={`finding-${index}`}>
        <span className={`htd-severity-dot is-${finding.severity}`} aria-label={finding.severity} />
        <span className="htd-finding-message">{finding.message}</span>
        <span className="htd-finding-meta">
          {names} · <code>{finding.ruleId}</code>
        </span>
      </button>
      <span className="htd-finding-actions">
        {finding.fix && (
          <button type="button" onClick={() => applyFix(finding)} data-testid="apply-fix" title={finding.fix.label}>
            Apply fix: {finding.fix.label}
          </button>
        )}
        <button type="button" onClick={() => void openSource(finding)} title={finding.source} data-testid="open-doc">
          Microsoft doc ↗
        </button>
      </span>
    </li>
  );
}

export function IssuesPanel() {
  const { findings, counts } = useFindings();
  const checking = useChecking();
  return (
    <div className="htd-panel-body" data-testid="issues-panel">
      {findings.length === 0 && <p className="htd-muted">{checking ? 'Checking the design…' : 'No issues: Azure would accept this design as drawn.'}</p>}
      {SEVERITIES.filter((s) => counts[s] > 0).map((severity) => (
        <div key={severity} className="htd-issue-group" data-testid={`group-${severity}`}>
          <h3>
            {HEADINGS[severity]} ({counts[severity]})
          </h3>
          <ul>
            {findings.map((f, i) => (f.severity === severity ? <FindingRow key={`${f.ruleId}-${i}`} finding={f} index={i} /> : null))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function IssueCounts() {
  const { counts } = useFindings();
  return (
    <span className="htd-issue-counts" data-testid="issue-counts">
      {SEVERITIES.map((s) => (
        <span key={s} className={`htd-count is-${s}`} data-testid={`count-${s}`}>
          {severityCount(s, counts[s])}
        </span>
      ))}
    </span>
  );
}
