// The security gate around Electronegativity: a real scan of a deliberately insecure app fails
// it; a real scan of a reviewed app shows what its eng-disable comment hid and passes only when
// docs/security.md says why; and the verdict's rules (above informational fails, every reviewed
// finding must be explained, stale reviews fail).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanations, inlineSuppressions, judge, report, scan, scannedFiles, withoutSuppressions } from './security-check.mjs';

const INSECURE_MAIN = `import { BrowserWindow, shell } from 'electron';
export function open(url: string) {
  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  void window.loadURL('http://example.com/');
  void shell.openExternal(url);
}
`;
const PAGE_WITHOUT_CSP = '<!doctype html><html><head><title>x</title></head><body></body></html>\n';

// Passes every global check (navigation limited, permissions handled, a CSP the evaluator does
// not flag), so the one finding left is the reviewed openExternal on line 10.
const REVIEWED_MAIN = `import { app, session, shell } from 'electron';

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

export async function openLink(url: string): Promise<void> {
  await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
`;
const PAGE_WITH_CSP = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>x</title></head><body></body></html>\n`;

const REVIEW_TABLE = ['# Security', '', '| Check | Where | Why it does not apply |', '|---|---|---|'];
const EXPLAINED_OPEN_EXTERNAL = [...REVIEW_TABLE, '| `OPEN_EXTERNAL_JS_CHECK` | `electron/main.ts:10` (eng-disable) | Only allow-listed https links get there. |'].join('\n');

let insecure: string;
let reviewed: string;
beforeAll(async () => {
  const put = async (root: string, file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };
  insecure = await mkdtemp(join(tmpdir(), 'htd-security-check-'));
  await put(insecure, 'electron/main.ts', INSECURE_MAIN);
  await put(insecure, 'electron/broken.ts', 'export const = ;\n');
  await put(insecure, 'electron/main.test.ts', INSECURE_MAIN);
  await put(insecure, 'electron/testing/fake.ts', INSECURE_MAIN);
  await put(insecure, 'renderer/index.html', PAGE_WITHOUT_CSP);
  reviewed = await mkdtemp(join(tmpdir(), 'htd-security-check-'));
  await put(reviewed, 'electron/main.ts', REVIEWED_MAIN);
  await put(reviewed, 'renderer/index.html', PAGE_WITH_CSP);
});
afterAll(async () => {
  await rm(insecure, { recursive: true, force: true });
  await rm(reviewed, { recursive: true, force: true });
});

describe('scannedFiles', () => {
  it('takes electron/ sources and the page, leaving tests and test doubles out', () => {
    expect(scannedFiles(insecure)).toEqual(['electron/broken.ts', 'electron/main.ts', 'renderer/index.html']);
  });
});

describe('a scan of an insecure app', () => {
  it('reports its findings and the file it could not parse, and the gate fails', async () => {
    const result = await scan({ root: insecure, files: scannedFiles(insecure), electronVersion: '45.4.1' });
    const checks = result.findings.map((f) => `${f.file}:${f.check}:${f.severity}`);
    expect(checks).toEqual(
      expect.arrayContaining([
        'electron/main.ts:HTTP_RESOURCES_JS_CHECK:MEDIUM',
        'electron/main.ts:CONTEXT_ISOLATION_JS_CHECK:HIGH',
        'electron/main.ts:SANDBOX_JS_CHECK:MEDIUM',
        'electron/main.ts:OPEN_EXTERNAL_JS_CHECK:MEDIUM',
        'N/A:CSP_GLOBAL_CHECK:MEDIUM',
        'N/A:LIMIT_NAVIGATION_GLOBAL_CHECK:HIGH',
        'N/A:PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK:MEDIUM',
      ]),
    );
    // No eng-disable comment: nothing to compare, one run.
    expect(result.unsuppressedFindings).toBe(result.findings);
    expect(result.parseErrors.map((e) => e.file)).toEqual(['electron/broken.ts']);
    const verdict = judge({ ...result, suppressions: [], doc: '' });
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^electron\/broken\.ts: could not be parsed/),
        expect.stringMatching(/^electron\/main\.ts:3: CONTEXT_ISOLATION_JS_CHECK: HIGH/),
        expect.stringMatching(/^electron\/main\.ts:5: OPEN_EXTERNAL_JS_CHECK: MEDIUM .* — fix it, or review it/),
      ]),
    );
  }, 60_000);
});

describe('a scan of a reviewed app', () => {
  it('finds what the eng-disable comment hides, lists it when docs/security.md explains it, and fails naming the check when not', async () => {
    const files = scannedFiles(reviewed);
    const result = await scan({ root: reviewed, files, electronVersion: '45.4.1' });
    expect(result.findings).toEqual([]);
    expect(result.unsuppressedFindings.map((f) => `${f.file}:${f.line}:${f.check}:${f.severity}`)).toEqual(['electron/main.ts:10:OPEN_EXTERNAL_JS_CHECK:MEDIUM']);
    const suppressions = inlineSuppressions(files, (file: string) => (file === 'electron/main.ts' ? REVIEWED_MAIN : PAGE_WITH_CSP));

    const explained = judge({ ...result, suppressions, doc: EXPLAINED_OPEN_EXTERNAL, accepted: [] });
    expect(explained.problems).toEqual([]);
    expect(explained.ok).toBe(true);
    expect(explained.counts).toEqual({ HIGH: 0, MEDIUM: 1, LOW: 0, INFORMATIONAL: 0 });
    expect(explained.suppressed).toEqual([
      {
        finding: expect.objectContaining({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.ts', line: 10, severity: 'MEDIUM' }),
        comment: { file: 'electron/main.ts', line: 10, check: 'OPEN_EXTERNAL_JS_CHECK' },
        explanation: 'docs/security.md:5',
      },
    ]);
    expect(report(explained)).toEqual([
      'The scan found 1 finding, counting those eng-disable suppresses: 0 HIGH, 1 MEDIUM, 0 LOW, 0 INFORMATIONAL.',
      '  suppressed in the code by its eng-disable comment: electron/main.ts:10: OPEN_EXTERNAL_JS_CHECK: MEDIUM (TENTATIVE) Review the use of openExternal — why: docs/security.md:5',
      'Passed: no finding above INFORMATIONAL is left unreviewed; 1 suppressed in the code and 0 accepted after review, explained in docs/security.md.',
    ]);

    const unexplained = judge({ ...result, suppressions, doc: REVIEW_TABLE.join('\n'), accepted: [] });
    expect(unexplained.ok).toBe(false);
    expect(unexplained.problems).toEqual([
      'electron/main.ts:10: OPEN_EXTERNAL_JS_CHECK: MEDIUM (TENTATIVE) Review the use of openExternal — suppressed by eng-disable, but docs/security.md has no row for OPEN_EXTERNAL_JS_CHECK naming electron/main.ts that says why it does not apply',
    ]);
  }, 60_000);
});

describe('judge', () => {
  const finding = (check: string, severity: string, file = 'electron/window.ts', line = 7) => ({ check, severity, confidence: 'FIRM', file, line, description: 'd' });
  const row = (check: string, where: string, why = 'why') => `| \`${check}\` | ${where} | ${why} |`;
  const doc = (...rows: string[]) => [...REVIEW_TABLE, ...rows].join('\n');
  const none = { suppressions: [], parseErrors: [], accepted: [] };

  it('fails on an unmarked MEDIUM even when docs/security.md has a row for it: only a review in the code or the list accepts it', () => {
    const verdict = judge({ ...none, findings: [finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')], doc: doc(row('OPEN_EXTERNAL_JS_CHECK', '`electron/window.ts`')) });
    expect(verdict.ok).toBe(false);
    expect(verdict.blocking).toEqual([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')]);
    expect(verdict.problems).toEqual([expect.stringMatching(/^electron\/window\.ts:7: OPEN_EXTERNAL_JS_CHECK: MEDIUM .* — fix it, or review it, mark the line with \/\/ eng-disable OPEN_EXTERNAL_JS_CHECK/)]);
    expect(report(verdict)).toContain('  not reviewed: electron/window.ts:7: OPEN_EXTERNAL_JS_CHECK: MEDIUM (FIRM) d');
  });

  it('takes as explained only a row that names the check and the file and says why', () => {
    const findings = [finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/window.ts', 51)];
    const suppressions = [{ file: 'electron/window.ts', line: 51, check: 'PRELOAD_JS_CHECK' }];
    const judged = (text: string) => judge({ ...none, findings: [], unsuppressedFindings: findings, suppressions, doc: text });
    expect(judged(doc(row('PRELOAD_JS_CHECK', '`electron/window.ts:51`'))).ok).toBe(true);
    expect(judged(doc(row('PRELOAD_JS_CHECK', '`electron/window.ts`'))).ok).toBe(true);
    // Mentioned in prose, another file, an empty reason, a longer id: not an explanation.
    for (const text of [
      'PRELOAD_JS_CHECK is fine.',
      doc(row('PRELOAD_JS_CHECK', '`electron/preload.ts`')),
      doc(row('PRELOAD_JS_CHECK', '`electron/window.ts`', '')),
      doc(row('PRELOAD_JS_CHECKS', '`electron/window.ts`')),
    ]) {
      expect(judged(text).problems).toEqual([expect.stringContaining('has no row for PRELOAD_JS_CHECK naming electron/window.ts')]);
    }
    // A row that gives a line must give the finding's line.
    expect(judged(doc(row('PRELOAD_JS_CHECK', '`electron/window.ts:40`'))).problems).toEqual([
      'docs/security.md:5: places PRELOAD_JS_CHECK at electron/window.ts:40, the finding is at electron/window.ts:51',
    ]);
  });

  it('fails on anything above informational unless it is on the accepted list with the same severity, and an accepted one must be explained', () => {
    const accepted = [{ check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', severity: 'LOW', reason: 'r' }];
    const explained = doc(row('CSP_GLOBAL_CHECK', '`renderer/index.html:5`'));
    const low = finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5);
    const passing = judge({ ...none, findings: [low], doc: explained, accepted });
    expect(passing.ok).toBe(true);
    expect(report(passing)[1]).toBe('  accepted in ACCEPTED_FINDINGS: renderer/index.html:5: CSP_GLOBAL_CHECK: LOW (FIRM) d — why: docs/security.md:5');
    expect(judge({ ...none, findings: [low], doc: doc(), accepted }).problems).toEqual([
      expect.stringMatching(/CSP_GLOBAL_CHECK: LOW .* — accepted in ACCEPTED_FINDINGS, but docs\/security\.md has no row for CSP_GLOBAL_CHECK naming renderer\/index\.html/),
    ]);
    const medium = judge({ ...none, findings: [finding('CSP_GLOBAL_CHECK', 'MEDIUM', 'renderer/index.html', 5)], doc: explained, accepted });
    expect(medium.ok).toBe(false);
    expect(judge({ ...none, findings: [finding('AUXCLICK_JS_CHECK', 'LOW')], doc: doc(row('AUXCLICK_JS_CHECK', '`electron/window.ts`')), accepted: [] }).ok).toBe(false);
  });

  it('passes an informational finding only when docs/security.md explains it', () => {
    const info = [finding('NODE_INTEGRATION_JS_CHECK', 'INFORMATIONAL')];
    expect(judge({ ...none, findings: info, doc: doc(row('NODE_INTEGRATION_JS_CHECK', '`electron/window.ts`')) }).ok).toBe(true);
    expect(judge({ ...none, findings: info, doc: 'NODE_INTEGRATION_JS_CHECK' }).problems).toEqual([expect.stringContaining('informational, but docs/security.md has no row for NODE_INTEGRATION_JS_CHECK')]);
  });

  it('fails on a review that no longer reviews anything: an eng-disable or ACCEPTED_FINDINGS entry matching no finding', () => {
    const accepted = [{ check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', severity: 'LOW', reason: 'r' }];
    const suppressions = [{ file: 'electron/window.ts', line: 51, check: 'PRELOAD_JS_CHECK' }];
    expect(judge({ findings: [], suppressions, parseErrors: [], doc: '', accepted }).problems).toEqual([
      'electron/window.ts:51: eng-disable PRELOAD_JS_CHECK suppresses no finding — remove the comment',
      'ACCEPTED_FINDINGS: CSP_GLOBAL_CHECK LOW in renderer/index.html matches no finding — remove the entry',
    ]);
  });
});

describe('explanations', () => {
  it('reads the rows of docs/security.md whose first cell is a check id, with their lines', () => {
    const text = ['| Check | Where | Why |', '|---|---|---|', '| `CSP_GLOBAL_CHECK` (LOW) | `renderer/index.html:5` | Only our files. |', '| 3 | `x` | not a check |'].join('\n');
    expect(explanations(text)).toEqual([{ check: 'CSP_GLOBAL_CHECK', where: '`renderer/index.html:5`', why: 'Only our files.', line: 3 }]);
  });
});

describe('inlineSuppressions', () => {
  it("finds Electronegativity's eng-disable comments in code and markup, in any case as the tool does", () => {
    const text: Record<string, string> = {
      'a.ts': 'x();\nshell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK\n',
      'b.html': '<meta http-equiv="Content-Security-Policy" content="x"> <!-- eng-disable CSP_GLOBAL_CHECK CSP_HTML_CHECK -->\n',
      'c.ts': '/* ENG-DISABLE PRELOAD_JS_CHECK */\n',
    };
    expect(inlineSuppressions(Object.keys(text), (file: string) => text[file]!)).toEqual([
      { file: 'a.ts', line: 2, check: 'OPEN_EXTERNAL_JS_CHECK' },
      { file: 'b.html', line: 1, check: 'CSP_GLOBAL_CHECK' },
      { file: 'b.html', line: 1, check: 'CSP_HTML_CHECK' },
      { file: 'c.ts', line: 1, check: 'PRELOAD_JS_CHECK' },
    ]);
  });

  it('are made inert for the second run without moving any line or column', () => {
    const text = 'a(); // eng-disable X\n/* Eng-Disable Y */ b();\n';
    const inert = withoutSuppressions(text);
    expect(inert).toHaveLength(text.length);
    expect(inert.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(inlineSuppressions(['f.ts'], () => inert)).toEqual([]);
  });
});
