// The findings about the selected element or link, at the top of the inspector, where the fix is
// typed: the same rows' actions as the issues panel.
import { useFindings } from './findings';
import { applyFix, openSource } from './issueCommands';

export function ElementFindings({ id }: { id: string }) {
  const { findings } = useFindings();
  const mine = findings.filter((f) => f.elementIds.includes(id));
  if (mine.length === 0) return null;
  return (
    <ul className="htd-element-findings" data-testid="element-findings">
      {mine.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`is-${f.severity}`} data-rule={f.ruleId}>
          <span className={`htd-severity-dot is-${f.severity}`} aria-label={f.severity} />
          <div>
            <div>{f.message}</div>
            <div className="htd-finding-actions">
              {f.fix && (
                <button type="button" data-testid="apply-fix" onClick={() => applyFix(f)}>
                  {f.fix.label}
                </button>
              )}
              <button type="button" onClick={() => void openSource(f)} title={f.source}>
                Microsoft doc ↗
              </button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
