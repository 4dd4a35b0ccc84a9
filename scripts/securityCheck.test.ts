// The security gate around Electronegativity: a real scan of a deliberately insecure app fails
// it, and the verdict's rules (above informational fails, accepted findings must be explained).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineSuppressions, judge, scan, scannedFiles } from './security-check.mjs';

const INSECURE_MAIN = `import { BrowserWindow, shell } from 'electron';
export function open(url: string) {
  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  void window.loadURL('http://example.com/');
  void shell.openExternal(url);
}
`;
const PAGE_WITHOUT_CSP = '<!doctype html><html><head><title>x</title></head><body></body></html>\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-security-check-'));
  const put = async (file: string, text: string) => {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  };
  await put('electron/main.ts', INSECURE_MAIN);
  await put('electron/broken.ts', 'export const = ;\n');
  await put('electron/main.test.ts', INSECURE_MAIN);
  await put('electron/testing/fake.ts', INSECURE_MAIN);
  await put('renderer/index.html', PAGE_WITHOUT_CSP);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scannedFiles', () => {
  it('takes electron/ sources and the page, leaving tests and test doubles out', () => {
    expect(scannedFiles(dir)).toEqual(['electron/broken.ts', 'electron/main.ts', 'renderer/index.html']);
  });
});

describe('a scan of an insecure app', () => {
  it('reports its findings and the file it could not parse, and the gate fails', async () => {
    const result = await scan({ root: dir, files: scannedFiles(dir), electronVersion: '45.4.1' });
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
    expect(result.parseErrors.map((e) => e.file)).toEqual(['electron/broken.ts']);
    const verdict = judge({ ...result, suppressions: [], doc: '' });
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^electron\/broken\.ts: could not be parsed/),
        expect.stringMatching(/^electron\/main\.ts:3: CONTEXT_ISOLATION_JS_CHECK: HIGH/),
      ]),
    );
  }, 30_000);
});

describe('judge', () => {
  const finding = (check: string, severity: string, file = 'electron/window.ts') => ({ check, severity, confidence: 'FIRM', file, line: 7, description: 'd' });

  it('passes informational findings and accepted ones only when docs/security.md explains them', () => {
    const findings = [finding('NODE_INTEGRATION_JS_CHECK', 'INFORMATIONAL')];
    const suppressions = [{ file: 'electron/window.ts', line: 51, check: 'PRELOAD_JS_CHECK' }];
    expect(judge({ findings, suppressions, parseErrors: [], doc: 'NODE_INTEGRATION_JS_CHECK and PRELOAD_JS_CHECK: why' }).ok).toBe(true);
    const verdict = judge({ findings, suppressions, parseErrors: [], doc: 'PRELOAD_JS_CHECKS is another word' });
    expect(verdict.problems).toEqual([
      'electron/window.ts:7: NODE_INTEGRATION_JS_CHECK: INFORMATIONAL (FIRM) d — not explained in docs/security.md',
      'electron/window.ts:51: eng-disable PRELOAD_JS_CHECK — the accepted finding is not explained in docs/security.md',
    ]);
  });

  it('fails on anything above informational unless it is on the accepted list with the same severity', () => {
    const accepted = [{ check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', severity: 'LOW', reason: 'r' }];
    const doc = 'CSP_GLOBAL_CHECK';
    expect(judge({ findings: [finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html')], suppressions: [], parseErrors: [], doc, accepted }).ok).toBe(true);
    expect(judge({ findings: [finding('CSP_GLOBAL_CHECK', 'MEDIUM', 'renderer/index.html')], suppressions: [], parseErrors: [], doc, accepted }).ok).toBe(false);
    expect(judge({ findings: [finding('AUXCLICK_JS_CHECK', 'LOW')], suppressions: [], parseErrors: [], doc: 'AUXCLICK_JS_CHECK', accepted }).ok).toBe(false);
  });
});

describe('inlineSuppressions', () => {
  it("finds Electronegativity's eng-disable comments in code and markup", () => {
    const text: Record<string, string> = {
      'a.ts': 'x();\nshell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK\n',
      'b.html': '<meta http-equiv="Content-Security-Policy" content="x"> <!-- eng-disable CSP_GLOBAL_CHECK CSP_HTML_CHECK -->\n',
    };
    expect(inlineSuppressions(Object.keys(text), (file: string) => text[file]!)).toEqual([
      { file: 'a.ts', line: 2, check: 'OPEN_EXTERNAL_JS_CHECK' },
      { file: 'b.html', line: 1, check: 'CSP_GLOBAL_CHECK' },
      { file: 'b.html', line: 1, check: 'CSP_HTML_CHECK' },
    ]);
  });
});
