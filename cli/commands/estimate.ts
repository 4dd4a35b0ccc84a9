// `topo estimate FILE [--json]`: the monthly cost breakdown and the figures of every path from a
// site to a VNet, as the designer's cost and paths tabs show them.
import { estimateCost } from '../../shared/estimate/cost';
import { estimatePaths } from '../../shared/estimate/paths';
import type { CostEstimate, SiteVnetEstimate } from '../../shared/estimate/types';
import type { TopologyDocument } from '../../shared/model';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { parseArgs } from '../args';
import { openDesign } from '../openDesign';

export const estimateCommand: Command = {
  name: 'estimate',
  synopsis: 'estimate FILE [--json]',
  summary: 'Estimate the monthly cost and the latency, bandwidth and availability of every path.',
  details: [
    'Prints each cost line with its formula, the total (a lower bound when a price is unknown),',
    'then, per site and VNet, each path with its round-trip time, internet exposure, encryption,',
    'bottleneck and availability. With --json, prints { file, cost, paths }.',
  ].join('\n'),
  async run(args, io) {
    const { flags, positional } = parseArgs(args, ['--json'], 'estimate');
    if (positional.length !== 1) throw new UsageError('estimate needs exactly one FILE');
    const file = positional[0]!;
    const loaded = await openDesign(file, io);
    if (!loaded) return EXIT.problems;
    const cost = estimateCost(loaded.document);
    const paths = estimatePaths(loaded.document);
    if (flags.has('--json')) {
      io.stdout(`${JSON.stringify({ file, cost, paths }, null, 2)}\n`);
    } else {
      printCost(cost, loaded.document, io);
      printPaths(paths, loaded.document, io);
    }
    return EXIT.ok;
  },
};

const usd = (v: number | null) => (v === null ? 'unknown' : `$${v.toFixed(2)}`);

function nameOf(doc: TopologyDocument, id: string): string {
  return doc.elements.find((e) => e.id === id)?.name || doc.links.find((l) => l.id === id)?.name || id;
}

function printCost(cost: CostEstimate, doc: TopologyDocument, io: CliIo): void {
  io.stdout(`Monthly cost (${cost.currency}, price book of ${cost.effectiveDate})\n`);
  for (const line of cost.lines) {
    io.stdout(`  ${usd(line.monthlyUsd).padStart(12)}  ${nameOf(doc, line.itemId)} (${line.label})${line.secondary ? ' *' : ''}\n                ${line.formula}\n`);
  }
  io.stdout(`  ${usd(cost.totalUsd).padStart(12)}  total${cost.incomplete ? ' (lower bound: some prices unknown)' : ''}\n  * secondary source or assumption\n\n`);
}

function printPaths(paths: readonly SiteVnetEstimate[], doc: TopologyDocument, io: CliIo): void {
  io.stdout('Paths\n');
  if (paths.length === 0) io.stdout('  no site reaches a VNet\n');
  for (const e of paths) {
    io.stdout(`  ${nameOf(doc, e.siteId)} → ${nameOf(doc, e.vnetId)}: combined availability ${(e.combinedAvailability * 100).toFixed(3)}%\n`);
    for (const p of e.paths) {
      const rtt = typeof p.rttMs === 'number' && Number.isFinite(p.rttMs) ? `${p.rttMs.toFixed(1)} ms` : 'RTT unknown';
      const bw = p.bottleneckMbps === null ? 'bandwidth unknown' : `${p.bottleneckMbps} Mbps (${p.bottleneckAt})`;
      io.stdout(`    ${p.path.via === 'vpn' ? 'VPN         ' : 'ExpressRoute'}  ${rtt}, ${p.overInternet ? 'public internet' : 'private'}, ${p.encrypted ? 'encrypted' : 'not encrypted'}, ${bw}, ${(p.availability * 100).toFixed(3)}%\n`);
    }
  }
}
