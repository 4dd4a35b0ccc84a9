// The issues tab: every finding, grouped by severity with counts, live on every edit. Only the rows
// near the scrolled view are drawn (panels/useWindowedRows.ts).
import { useCallback, useMemo, useRef } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../../shared/validation';
import { useAppStore } from '../store/store';
import { nameOf } from '../store/names';
import { useFindings } from './findings';
import { useChecking } from '../store/settledDoc';
import { applyFix, openSource, revealFinding } from './issueCommands';
import { useWindowedRows } from '../panels/useWindowedRows';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export function severityCount(severity: Severity, n: number): string {
  return severity === 'info' ? `${n} info` : `${n} ${severity}${n === 1 ? '' : 's'}`;
}

/** A finding's row: what is wrong, what it is about, and what to do. */
function FindingRow({ finding, index, rowIndex, measure }: { finding: Finding; index: number; rowIndex: number; measure: (element: Element | null) => void }) {
  const names = useAppStore((s) =>
    finding.elementIds
      .slice(0, 2)
      .map((id) => nameOf(s.doc, id))
      .join(', '),
  );
  return (
    <div
      ref={measure}
      data-index={rowIndex}
      className={`htd-finding is-${finding.severity}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
    >
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
    </div>
  );
}

/** The list's rows: each severity's heading followed by its findings, most severe first. */
type Row = { heading: Severity; count: number; key: string } | { finding: Finding; index: number; key: string };

function rowsOf(findings: readonly Finding[], counts: Record<Severity, number>): Row[] {
  const rows: Row[] = [];
  // A finding is known by its rule and what it is about, so that a row keeps its measured height
  // when an edit adds or removes findings above it; the same pair twice is told apart by order.
  const seen = new Map<string, number>();
  for (const severity of SEVERITIES) {
    if (counts[severity] === 0) continue;
    rows.push({ heading: severity, count: counts[severity], key: `heading:${severity}` });
    findings.forEach((finding, index) => {
      if (finding.severity !== severity) return;
      const about = `${finding.ruleId}:${finding.elementIds.join(',')}`;
      const n = seen.get(about) ?? 0;
      seen.set(about, n + 1);
      rows.push({ finding, index, key: n === 0 ? about : `${about}#${n}` });
    });
  }
  return rows;
}

export function IssuesPanel() {
  const { findings, counts } = useFindings();
  const checking = useChecking();
  const rows = useMemo(() => rowsOf(findings, counts), [findings, counts]);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // New functions only with new rows: the windowed list lays its rows out again whenever they change.
  const estimate = useCallback((i: number) => ('heading' in rows[i]! ? 28 : 52), [rows]);
  const keyOf = useCallback((i: number) => rows[i]!.key, [rows]);
  const windowed = useWindowedRows({ scroller, list, count: rows.length, estimate, keyOf });
  return (
    <div className="htd-panel-body" data-testid="issues-panel" ref={scroller}>
      {findings.length === 0 && <p className="htd-muted">{checking ? 'Checking the design…' : 'No issues: Azure would accept this design as drawn.'}</p>}
      <div ref={list}>
        <div style={{ height: windowed.before }} aria-hidden />
        {windowed.rows.map((r) => {
          const row = rows[r.index]!;
          return 'heading' in row ? (
            <h3 key={row.key} ref={windowed.measure} data-index={r.index} className="htd-issue-heading" data-testid={`group-${row.heading}`}>
              {HEADINGS[row.heading]} ({row.count})
            </h3>
          ) : (
            <FindingRow key={row.key} finding={row.finding} index={row.index} rowIndex={r.index} measure={windowed.measure} />
          );
        })}
        <div style={{ height: windowed.after }} aria-hidden />
      </div>
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
