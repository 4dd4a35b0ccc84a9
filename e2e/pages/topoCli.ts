// What the command-line tool, over the same shared code as the designer, reports for a design file:
// the figures a spec expects the designer to show. (The estimators' modules import JSON, which the
// specs' loader does not, so the specs ask the tool rather than import them.)
import { spawnSync } from 'node:child_process';

type Counts = { error: number; warning: number; info: number };
interface ValidateReport {
  counts: Counts;
  findings: Array<{ ruleId: string; severity: string; elementIds: string[]; message: string }>;
}
interface EstimateReport {
  cost: { totalUsd: number; lines: Array<{ itemId: string; label: string; formula: string }> };
  paths: Array<{ siteId: string; vnetId: string; paths: unknown[] }>;
}

export function topo(command: 'validate', file: string): ValidateReport;
export function topo(command: 'estimate', file: string): EstimateReport;
export function topo(command: 'validate' | 'estimate', file: string): ValidateReport | EstimateReport {
  const run = spawnSync(process.execPath, ['cli/bin.mjs', command, file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(run.stdout) as ValidateReport | EstimateReport;
}
