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
// The gate: any finding above INFORMATIONAL fails, unless it was reviewed: marked in the code with
// Electronegativity's own `// eng-disable CHECK_ID` comment on its line, or (in a file we cannot
// mark) listed in ACCEPTED_FINDINGS. Every reviewed finding, and every INFORMATIONAL one, must have
// a row in a table of docs/security.md that names its check and file and says why, or the step
// fails too. The tool drops what eng-disable suppresses without a trace, so the folder is scanned a
// second time with the comments neutralised: the difference is exactly what the comments hid,
// which is what the output lists and the gate holds to an explanation.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Most severe first: the order the summary counts in. */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

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
 * `// eng-disable CHECK_ID` comments in the scanned files. Same pattern as Electronegativity's
 * own (util/exceptions.js), case-insensitive like it, so what the tool honours is what is listed.
 */
export function inlineSuppressions(files, read) {
  const found = [];
  for (const file of files) {
    read(file)
      .split('\n')
      .forEach((line, index) => {
        const match = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t]+)/i.exec(line);
        if (!match) return;
        for (const check of match[1].trim().split(/[\s,]+/)) found.push({ file, line: index + 1, check });
      });
  }
  return found;
}

/**
 * The text with every eng-disable marker made inert, keeping lengths (so lines and columns of
 * findings stay where they were). Electronegativity matches the marker case-insensitively.
 */
export function withoutSuppressions(text) {
  return text.replace(/eng-disable/gi, 'eng-REVIEWD');
}

/** One line per finding: "electron/window.ts:41: AUXCLICK_JS_CHECK: MEDIUM (FIRM) Limit navigation …". */
export function formatFinding(finding) {
  const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`;
  return `${where}: ${finding.check}: ${finding.severity} (${finding.confidence}) ${finding.description}`;
}

/**
 * The explanations in docs/security.md: table rows whose first cell is a check id in backticks,
 * "| `CHECK_ID` (…) | where | why |", with the line each is on.
 */
export function explanations(doc) {
  const rows = [];
  doc.split('\n').forEach((text, index) => {
    const match = /^\|\s*`([A-Z0-9_]+)`[^|]*\|([^|]*)\|(.*)\|\s*$/.exec(text.trim());
    if (match) rows.push({ check: match[1], where: match[2].trim(), why: match[3].trim(), line: index + 1 });
  });
  return rows;
}

/** Findings in `from` that are not in `minus`, counting repeats (same check, file, line, severity). */
function difference(from, minus) {
  const key = (f) => `${f.check}|${f.file}|${f.line}|${f.severity}`;
  const left = new Map();
  for (const f of minus) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  return from.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n === 0) return true;
    left.set(key(f), n - 1);
    return false;
  });
}

/**
 * The verdict on a scan. `findings` are what Electronegativity reports honouring eng-disable,
 * `unsuppressedFindings` what it reports with the comments neutralised (the same list when the
 * code has none), `suppressions` the comments, `doc` the text of docs/security.md.
 */
export function judge({ findings, unsuppressedFindings = findings, suppressions, parseErrors, doc, accepted = ACCEPTED_FINDINGS }) {
  const problems = [];
  for (const error of parseErrors) problems.push(`${error.file}: could not be parsed, so it was not checked: ${error.message}`);
  const rows = explanations(doc);

  // Where docs/security.md explains this finding; a row that gives a line must give the right one.
  const explain = (finding, how) => {
    const row = rows.find((r) => r.check === finding.check && r.why !== '' && (finding.file === 'N/A' || r.where.includes(finding.file)));
    if (!row) {
      const where = finding.file === 'N/A' ? '' : ` naming ${finding.file}`;
      problems.push(`${formatFinding(finding)} — ${how}, but ${SECURITY_DOC} has no row for ${finding.check}${where} that says why it does not apply`);
      return null;
    }
    const stated = finding.file === 'N/A' ? null : new RegExp(`${finding.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`).exec(row.where);
    if (stated && Number(stated[1]) !== finding.line) {
      problems.push(`${SECURITY_DOC}:${row.line}: places ${finding.check} at ${finding.file}:${stated[1]}, the finding is at ${finding.file}:${finding.line}`);
    }
    return `${SECURITY_DOC}:${row.line}`;
  };

  const hidden = difference(unsuppressedFindings, findings);
  const used = new Set();
  const suppressed = hidden.map((finding) => {
    const candidates = suppressions.filter((s) => s.file === finding.file && (s.line === finding.line || s.line === 1));
    const comment = candidates.find((s) => s.check.toUpperCase() === finding.check) ?? candidates[0] ?? null;
    if (comment) used.add(comment);
    return { finding, comment, explanation: explain(finding, 'suppressed by eng-disable') };
  });
  for (const s of suppressions) {
    if (!used.has(s)) problems.push(`${s.file}:${s.line}: eng-disable ${s.check} suppresses no finding — remove the comment`);
  }

  const entryFor = (f) => accepted.find((a) => a.check === f.check && a.file === f.file && a.severity === f.severity);
  const acceptedFindings = [];
  const informational = [];
  const blocking = [];
  for (const finding of findings) {
    const entry = entryFor(finding);
    if (entry) acceptedFindings.push({ finding, entry, explanation: explain(finding, 'accepted in ACCEPTED_FINDINGS') });
    else if (finding.severity === 'INFORMATIONAL') informational.push({ finding, explanation: explain(finding, 'informational') });
    else blocking.push(finding);
  }
  for (const finding of blocking) problems.push(`${formatFinding(finding)} — fix it, or review it, mark the line with // eng-disable ${finding.check} and explain it in ${SECURITY_DOC}`);
  for (const entry of accepted) {
    if (!acceptedFindings.some((a) => a.entry === entry)) {
      problems.push(`ACCEPTED_FINDINGS: ${entry.check} ${entry.severity} in ${entry.file} matches no finding — remove the entry`);
    }
  }

  const all = [...unsuppressedFindings, ...difference(findings, unsuppressedFindings)];
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, all.filter((f) => f.severity === severity).length]));
  return { ok: problems.length === 0, problems, counts, total: all.length, suppressed, accepted: acceptedFindings, informational, blocking };
}

const countsText = (counts) => SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ');

/** What the step prints: the count by severity, then every reviewed or left finding and where it is explained. */
export function report(verdict) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`The scan found ${plural(verdict.total, 'finding')}, counting those eng-disable suppresses: ${countsText(verdict.counts)}.`];
  const why = (explanation) => (explanation ? ` — why: ${explanation}` : ' — not explained');
  for (const { finding, comment, explanation } of verdict.suppressed) {
    const by = !comment ? 'by an eng-disable comment' : comment.line === finding.line ? 'by its eng-disable comment' : `by eng-disable ${comment.check} on line ${comment.line}`;
    lines.push(`  suppressed in the code ${by}: ${formatFinding(finding)}${why(explanation)}`);
  }
  for (const { finding, explanation } of verdict.accepted) lines.push(`  accepted in ACCEPTED_FINDINGS: ${formatFinding(finding)}${why(explanation)}`);
  for (const { finding, explanation } of verdict.informational) lines.push(`  informational: ${formatFinding(finding)}${why(explanation)}`);
  for (const finding of verdict.blocking) lines.push(`  not reviewed: ${formatFinding(finding)}`);
  if (verdict.ok) {
    const reviewed = verdict.suppressed.length + verdict.accepted.length;
    lines.push(
      `Passed: no finding above INFORMATIONAL is left unreviewed; ${verdict.suppressed.length} suppressed in the code and ${verdict.accepted.length} accepted after review` +
        (reviewed === 0 ? '.' : `, ${reviewed === 1 ? 'explained' : 'each explained'} in ${SECURITY_DOC}.`),
    );
  }
  return lines;
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
 * global checks see them together, and, when any carries an eng-disable comment, over a second
 * copy with the comments neutralised. Uses the package's documented programmatic entry point, not
 * the CLI: with -o the CLI drops parse errors silently (dist/index.js prints them only when it
 * writes no file), and a file that does not parse is a file that was not checked. The two runs
 * go concurrently because each first waits on the tool's download of translations, which
 * takes seconds to time out offline.
 */
export async function scan({ root = projectDir, files, electronVersion, sarifPath = null }) {
  const stages = [];
  const stage = (transform) => {
    const dir = mkdtempSync(join(tmpdir(), 'htd-electronegativity-'));
    stages.push(dir);
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      if (transform) writeFileSync(join(dir, file), transform(readFileSync(join(root, file), 'utf8')));
      else cpSync(join(root, file), join(dir, file));
    }
    return dir;
  };
  const run = require('@doyensec/electronegativity');
  const electronegativity = (input, output) =>
    (run.default ?? run)({
      input,
      ...(output ? { output, isSarif: true } : {}),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    });
  try {
    const asWritten = stage(null);
    const marked = files.some((file) => /eng-disable/i.test(readFileSync(join(root, file), 'utf8')));
    const [result, unsuppressed] = await Promise.all([
      electronegativity(asWritten, sarifPath),
      marked ? electronegativity(stage(withoutSuppressions), null) : null,
    ]);
    const findings = plainFindings(result.issues);
    return {
      findings,
      unsuppressedFindings: unsuppressed ? plainFindings(unsuppressed.issues) : findings,
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(asWritten, e.file).split(sep).join('/'), message: e.message })),
      atomicChecks: result.atomicChecks,
      globalChecks: result.globalChecks,
    };
  } finally {
    for (const dir of stages) rmSync(dir, { recursive: true, force: true });
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
  const verdict = judge({ ...result, suppressions, doc });

  const tool = require('@doyensec/electronegativity/package.json').version;
  console.log(
    `Electronegativity ${tool}, assuming Electron ${electronVersion}: ${files.length} files, ${result.atomicChecks} atomic and ${result.globalChecks} global checks (excluded: ${Object.keys(EXCLUDED_CHECKS).join(', ')}).`,
  );
  for (const line of report(verdict)) console.log(line);
  console.log(`SARIF (what the tool reports, so without the findings eng-disable suppressed): ${SARIF_REPORT}`);
  if (!verdict.ok) {
    console.error(`\nSecurity check failed:\n${verdict.problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
