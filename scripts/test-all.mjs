#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, end-to-end tests and the security scan
// (Electronegativity, scripts/security-check.mjs), then one closing line with the totals.
// Every step runs even when an earlier one fails, so one run shows every problem; the
// exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Outside test-results/, which Playwright empties when it starts.
const UNIT_REPORT = 'reports/unit-report.json';
const E2E_REPORT = 'reports/e2e-report.json';

const steps = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  // End-to-end first: it builds the app, and one unit test (scripts/start.test.ts) serves that build.
  ['end-to-end tests', 'npm', ['run', '--silent', 'test:e2e']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`]],
  ['security', 'node', ['scripts/security-check.mjs']],
];

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
mkdirSync('reports', { recursive: true });

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) failed.push(name);
}

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read(UNIT_REPORT);
const e2e = read(E2E_REPORT);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failedTests = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

// CI shows only the tail of the output: name every failed test (and every flaky one) down here,
// with the first line of its error, so a red run says what broke without the full log. Skipped
// specs say why (e.g. no Electron runtime offline): show the reasons, not just a count.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const firstLine = (text) => String(text ?? '').replace(ANSI_COLOUR, '').trim().split('\n')[0].slice(0, 200);
const skipReasons = new Set();
const e2eProblems = [];
const walk = (suite, trail) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'skipped') for (const a of t.annotations ?? []) if (a.type === 'skip') skipReasons.add(`${spec.file}: ${a.description ?? 'skipped'}`);
      if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
      const error = t.results?.find((r) => r.status !== 'passed')?.error?.message;
      e2eProblems.push(`${t.status === 'flaky' ? 'FLAKY' : 'FAILED'} e2e: ${spec.file}:${spec.line} › ${[...trail, spec.title].join(' › ')}: ${firstLine(error)}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
};
for (const suite of e2e?.suites ?? []) walk(suite, []);
for (const error of e2e?.errors ?? []) e2eProblems.push(`FAILED e2e run: ${firstLine(error.message)}`);

for (const reason of skipReasons) console.log(`skipped: ${reason}`);
for (const file of unit?.testResults ?? []) {
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'failed') console.log(`FAILED unit: ${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
}
for (const line of e2eProblems) console.log(line);
if (failed.length) console.log(`\nFailed steps: ${failed.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed.length ? 1 : 0);
