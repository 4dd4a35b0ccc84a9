#!/usr/bin/env node
// `npm test`'s security step: Doyensec's Electronegativity over the main process, the preload and
// the renderer's HTML page, gated here because the tool itself exits 0 whatever it finds.
//
// What it scans: the TypeScript sources of electron/ (tests and test doubles left out) and
// renderer/index.html, copied into one folder so the tool's global checks (CSP, navigation
// limits, permission handler) see the main process and the page together. The sources parse
// cleanly with the tool's TypeScript parser (any parse error fails this step), so there is no
// need to scan the esbuild bundle, which would add zod's and Node's code to the findings.
//
// The gate: any finding above INFORMATIONAL fails. A finding reviewed and accepted is marked in
// the code with Electronegativity's own `// eng-disable CHECK_ID` comment on its line (or, in a
// file we cannot mark, listed in ACCEPTED_FINDINGS); every accepted finding and every
// INFORMATIONAL one left must be explained in docs/security.md (its check id must appear there),
// or the step fails too.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

export const SARIF_REPORT = 'reports/electronegativity.sarif';
export const SECURITY_DOC = 'docs/security.md';

/** Checks left out, each with the reason (printed on every run, repeated in docs/security.md). */
export const EXCLUDED_CHECKS = {
  AvailableSecurityFixesGlobalCheck:
    "downloads Electron's release list on every run, so it fails offline; whether Electron is current is `npm outdated electron`'s question",
};

/**
 * Findings reviewed and accepted in files this project cannot mark with an eng-disable comment
 * (renderer/index.html belongs to the renderer). Matched on check, file and severity, so a
 * finding that gets worse fails again. Each is explained in docs/security.md.
 */
export const ACCEPTED_FINDINGS = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    severity: 'LOW',
    reason:
      "script-src 'self' is flagged because a web site might serve JSONP or uploads from its own origin; app://designer serves only the built renderer (electron/protocol.ts)",
  },
];

const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** Project files the scan covers, relative to the project: the shipped main/preload code and the page. */
export function scannedFiles(root = projectDir) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) {
        if (name !== 'testing') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        files.push(path.split(sep).join('/'));
      }
    }
  };
  walk('electron');
  files.push('renderer/index.html');
  return files;
}

/**
 * `// eng-disable CHECK_ID` comments in the scanned files: findings reviewed and accepted where
 * they occur. Same pattern as Electronegativity's own (util/exceptions.js).
 */
export function inlineSuppressions(files, read) {
  const found = [];
  for (const file of files) {
    read(file)
      .split('\n')
      .forEach((line, index) => {
        const match = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t]+)/.exec(line);
        if (!match) return;
        for (const check of match[1].trim().split(/[\s,]+/)) found.push({ file, line: index + 1, check });
      });
  }
  return found;
}

/** One line per finding: "electron/window.ts:41: AUXCLICK_JS_CHECK: MEDIUM (FIRM) Limit navigation …". */
export function formatFinding(finding) {
  const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`;
  return `${where}: ${finding.check}: ${finding.severity} (${finding.confidence}) ${finding.description}`;
}

/**
 * The verdict on a scan. `findings` are Electronegativity's issues in plain form, `suppressions`
 * the eng-disable comments, `doc` the text of docs/security.md.
 */
export function judge({ findings, suppressions, parseErrors, doc, accepted = ACCEPTED_FINDINGS }) {
  const problems = [];
  for (const error of parseErrors) problems.push(`${error.file}: could not be parsed, so it was not checked: ${error.message}`);
  const rank = (severity) => SEVERITY_ORDER.indexOf(severity);
  const isAccepted = (f) => accepted.some((a) => a.check === f.check && a.file === f.file && a.severity === f.severity);
  const acceptedFindings = findings.filter(isAccepted);
  const blocking = findings.filter((f) => rank(f.severity) > rank('INFORMATIONAL') && !isAccepted(f));
  for (const finding of blocking) problems.push(`${formatFinding(finding)} — fix it, or review it and mark the line with // eng-disable ${finding.check}`);
  const informational = findings.filter((f) => rank(f.severity) <= rank('INFORMATIONAL'));
  const explained = (check) => new RegExp(`\\b${check}\\b`).test(doc);
  for (const finding of informational) {
    if (!explained(finding.check)) problems.push(`${formatFinding(finding)} — not explained in ${SECURITY_DOC}`);
  }
  for (const finding of acceptedFindings) {
    if (!explained(finding.check)) problems.push(`${formatFinding(finding)} — accepted, but not explained in ${SECURITY_DOC}`);
  }
  for (const s of suppressions) {
    if (!explained(s.check)) problems.push(`${s.file}:${s.line}: eng-disable ${s.check} — the accepted finding is not explained in ${SECURITY_DOC}`);
  }
  return { ok: problems.length === 0, problems, informational, blocking, accepted: acceptedFindings };
}

/** Electronegativity's issue objects as plain records with project-relative paths. */
export function plainFindings(issues) {
  return issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : issue.file.split(sep).join('/'),
    line: issue.location.line,
    description: issue.description,
  }));
}

function installedElectronVersion() {
  return JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * Runs Electronegativity over `files` (paths relative to `root`), copied into one folder so its
 * global checks see them together. Uses the package's documented programmatic entry point, not
 * the CLI: with -o the CLI drops parse errors silently (dist/index.js prints them only when it
 * writes no file), and a file that does not parse is a file that was not checked.
 */
export async function scan({ root = projectDir, files, electronVersion, sarifPath = null }) {
  const stage = mkdtempSync(join(tmpdir(), 'htd-electronegativity-'));
  try {
    for (const file of files) {
      mkdirSync(join(stage, file, '..'), { recursive: true });
      cpSync(join(root, file), join(stage, file));
    }
    const run = require('@doyensec/electronegativity');
    const result = await (run.default ?? run)({
      input: stage,
      ...(sarifPath ? { output: sarifPath, isSarif: true } : {}),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    });
    return {
      findings: plainFindings(result.issues),
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(stage, e.file).split(sep).join('/'), message: e.message })),
      atomicChecks: result.atomicChecks,
      globalChecks: result.globalChecks,
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function main() {
  const files = scannedFiles();
  const electronVersion = installedElectronVersion();
  mkdirSync(join(projectDir, 'reports'), { recursive: true });
  const result = await scan({ files, electronVersion, sarifPath: join(projectDir, SARIF_REPORT) });
  const suppressions = inlineSuppressions(files, (file) => readFileSync(join(projectDir, file), 'utf8'));
  const docPath = join(projectDir, SECURITY_DOC);
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  const verdict = judge({ findings: result.findings, suppressions, parseErrors: result.parseErrors, doc });

  const tool = require('@doyensec/electronegativity/package.json').version;
  console.log(
    `Electronegativity ${tool}, assuming Electron ${electronVersion}: ${files.length} files, ${result.atomicChecks} atomic and ${result.globalChecks} global checks (excluded: ${Object.keys(EXCLUDED_CHECKS).join(', ')}).`,
  );
  for (const s of suppressions) console.log(`  accepted after review (eng-disable): ${s.file}:${s.line}: ${s.check}`);
  for (const f of verdict.accepted) console.log(`  accepted after review (ACCEPTED_FINDINGS): ${formatFinding(f)}`);
  for (const f of verdict.informational) console.log(`  informational: ${formatFinding(f)}`);
  if (verdict.ok) {
    console.log(`No finding above informational; each accepted one is explained in ${SECURITY_DOC}. SARIF: ${SARIF_REPORT}`);
  } else {
    console.error(`\nSecurity check failed:\n${verdict.problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
