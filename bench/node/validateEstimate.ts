// Benchmark 1: a full validate + estimate (cost and paths) of generated designs of 100, 1,000 and
// 10,000 elements, two ways:
// - from scratch: each run gets a structuredClone of the design, so nothing of an earlier run is
//   kept (as after opening a file). Baseline in the same run: the structuredClone itself, a
//   pure-copy cost that moves with the machine's load.
// - after an edit, as the designer runs it: each run gets the design after one more edit (./edits.ts)
//   of the previous run's design, so what the edit left alone is kept from that run.
import { performance } from 'node:perf_hooks';
import { GCProfiler } from 'node:v8';
import { estimateCost } from '../../shared/estimate/cost';
import { estimatePaths } from '../../shared/estimate/paths';
import type { TopologyDocument } from '../../shared/model/types';
import { largeDesign } from '../../shared/testing/largeDesign';
import { validate } from '../../shared/validation/validate';
import { indexIds } from './idIndex';
import { EDIT_KINDS, applyEdit, withBranchesDualHomed, withHubsJoined, withHubsPeered } from './edits';
import { median, quantile, roundSpread, spread, type Spread } from '../lib/stats';

export interface SizeResult {
  elements: number;
  links: number;
  findings: number;
  runsPerRound: number;
  /** Over rounds: each round's median and p95 of one full validate + estimate, ms. */
  medianMs: Spread;
  p95Ms: Spread;
  /** Over rounds: structuredClone of the same design, ms (the in-run baseline). */
  baselineMedianMs: Spread;
  /** Over rounds: full run / baseline. */
  ratioToBaseline: Spread;
  /** Over rounds: the median of indexIds (./idIndex.ts) on fresh copies of the design, ms: the second baseline, for the growth. */
  idIndexMedianMs: Spread;
  /**
   * Over rounds: the median of each part of the full run from scratch, ms. The designer runs
   * `validate` and `estimateCost` after every edit (the findings and the total in the status bar);
   * path estimates only while the Paths tab or presenter mode shows them.
   */
  parts: { validateMs: Spread; costMs: Spread; pathsMs: Spread };
  /**
   * Over rounds, the garbage collections inside the from-scratch runs (v8.GCProfiler around each):
   * the share of runs with at least one, the median of the runs with none (what the run's own work
   * costs), and the mean time collecting per run. A collection costs in proportion to what survives
   * it, and the median run has one whenever more than half the runs do.
   */
  collections: { shareOfRuns: Spread; withoutMedianMs: Spread | undefined; meanMsPerRun: Spread };
  /**
   * Over rounds: the median number of minor page faults of the process during a from-scratch run (the
   * first touch of a page the run's memory lands on: young-generation pages fresh again since the
   * last collection, and, in a run that collects, the old-generation pages the collector moves what the
   * run keeps onto), and that number times the machine's cost of a fault (NodeBenchResult.pageFaultUs).
   */
  pageFaults: { perRunMedian: Spread; estimatedMs: Spread };
  /** Over rounds: each round's median and p95 of one full validate + estimate after an edit, ms. */
  afterEdit: { runsPerRound: number; medianMs: Spread; p95Ms: Spread; ratioToFromScratch: Spread };
  /**
   * 1,000 elements only: the same edits with the hubs joined by Global Reach (withHubsJoined), which
   * only a few rules read: the median after an edit, ms, and its ratio to from scratch; and the
   * median after the moves among them (every drag ends in one), which keep everything.
   */
  afterEditJoined?: JoinedResult;
  /** 1,000 elements only: the same with the hubs peered to each other instead (withHubsPeered): one part for one rule. */
  afterEditPeered?: JoinedResult;
  /**
   * 1,000 elements only: the same with one branch of each hub also tunnelled to the next hub
   * (withBranchesDualHomed): one part for every rule and estimate, so nothing is kept but by move.
   */
  afterEditDualHomed?: JoinedResult;
}

interface JoinedResult {
  medianMs: Spread;
  ratioToFromScratch: Spread;
  afterMoveMedianMs: Spread;
}

export interface NodeBenchResult {
  sizes: SizeResult[];
  /** Median time at 10,000 over median time at 1,000, per round. */
  growth1kTo10k: Spread;
  /**
   * The same for each run's time less the time it spent collecting garbage (v8.GCProfiler): how the
   * work itself grows. Every run at 10,000 elements collects several times, and about half those at
   * 1,000 once, so the growth of whole runs moves with where the 1,000-element median falls.
   */
  workGrowth1kTo10k: Spread;
  /**
   * The same for the in-run baseline, a structuredClone of the design: how a pure copy, the runtime's
   * own work, grows between the two sizes on this machine in the same rounds.
   */
  baselineGrowth1kTo10k: Spread;
  /**
   * The same for the second baseline: the design's ids indexed and every parent and link end looked
   * up (indexIds), on fresh copies. Lookups by id land all over a design that no longer sits in the
   * processor's caches; this is how much more each costs at 10,000 elements on this machine.
   */
  idIndexGrowth1kTo10k: Spread;
  /**
   * Over rounds: the time of one minor page fault on this machine, µs: fresh memory touched once a
   * page. Tenths of a microsecond on common hardware; far more on some virtual machines, where it
   * makes a large run's collections slower than its size alone would. Over the rounds whose probe
   * saw faults: fresh memory is sometimes memory already touched, and then there is nothing to time.
   */
  pageFaultUs: Spread;
}

export function fullRun(doc: TopologyDocument): number {
  return validate(doc).length + estimateCost(doc).lines.length + estimatePaths(doc).length;
}

const gcProfiler = new GCProfiler();

/** Over the rounds that had runs without a collection (at 10,000 elements every run has several): undefined when none did. */
function withoutCollection(medians: readonly number[]): Spread | undefined {
  const known = medians.filter((m) => !Number.isNaN(m));
  return known.length > 0 ? roundSpread(spread(known)) : undefined;
}

/** One full run on `doc`, timed part by part (in the order fullRun runs them), with the garbage collections in it. */
function timeParts(doc: TopologyDocument): { validate: number; cost: number; paths: number; collections: number; collectingMs: number; pageFaults: number } {
  const faults = process.resourceUsage().minorPageFault;
  gcProfiler.start();
  const t0 = performance.now();
  validate(doc);
  const t1 = performance.now();
  estimateCost(doc);
  const t2 = performance.now();
  estimatePaths(doc);
  const t3 = performance.now();
  const { statistics } = gcProfiler.stop();
  const pageFaults = process.resourceUsage().minorPageFault - faults;
  // cost: microseconds.
  const collectingMs = statistics.reduce((sum, gc) => sum + gc.cost, 0) / 1000;
  return { validate: t1 - t0, cost: t2 - t1, paths: t3 - t2, collections: statistics.length, collectingMs, pageFaults };
}

/**
 * The time of one minor page fault, µs: a fresh 16 MB buffer (mapped on first touch) written once a
 * page. The median of a few tries; NaN where the platform counts no faults.
 */
function pageFaultUs(): number {
  const tries: number[] = [];
  for (let k = 0; k < 5; k++) {
    const faults = process.resourceUsage().minorPageFault;
    const start = performance.now();
    const bytes = new Uint8Array(16 << 20);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
    const ms = performance.now() - start;
    const count = process.resourceUsage().minorPageFault - faults;
    if (count > 0) tries.push((1000 * ms) / count);
  }
  return median(tries);
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function runsFor(elements: number, quick: boolean): number {
  const runs = elements <= 100 ? 200 : elements <= 1000 ? 60 : 12;
  return quick ? Math.max(5, Math.ceil(runs / 4)) : runs;
}

/** Edits per round: whole turns of the edit sequence (each kind equally often). */
function editsFor(elements: number, quick: boolean): number {
  const turns = elements <= 100 ? 40 : elements <= 1000 ? 20 : 5;
  return EDIT_KINDS.length * (quick ? Math.max(1, Math.ceil(turns / 4)) : turns);
}

/**
 * The 1,000-element design joined three ways: by Global Reach, which few rules read; by hub
 * peerings, which one rule reads whole; by backup tunnels between hubs, which every reader does.
 */
const JOINED_DESIGNS = [
  { key: 'afterEditJoined', make: withHubsJoined },
  { key: 'afterEditPeered', make: withHubsPeered },
  { key: 'afterEditDualHomed', make: withBranchesDualHomed },
] as const;

/** The time of a full run on the design after each of `count` edits, each made on the previous run's design. */
function timeEdits(start: TopologyDocument, first: number, count: number): { samples: number[]; last: TopologyDocument } {
  let doc = start;
  const samples: number[] = [];
  for (let k = first; k < first + count; k++) {
    const next = applyEdit(doc, k);
    samples.push(timeOnce(() => fullRun(next)));
    doc = next;
  }
  return { samples, last: doc };
}

export function benchValidateEstimate(options: { quick: boolean; rounds: number; sizes?: number[] }): NodeBenchResult {
  const sizes = options.sizes ?? [100, 1000, 10_000];
  const designs = sizes.map((n) => largeDesign(n));
  const perRound = designs.map(() => ({
    medians: [] as number[],
    p95s: [] as number[],
    baselines: [] as number[],
    idIndexes: [] as number[],
    ratios: [] as number[],
    validate: [] as number[],
    cost: [] as number[],
    paths: [] as number[],
    collectedShare: [] as number[],
    withoutCollection: [] as number[],
    collectingMs: [] as number[],
    workMedians: [] as number[],
    pageFaults: [] as number[],
    editMedians: [] as number[],
    editP95s: [] as number[],
    editRatios: [] as number[],
  }));
  // At 1,000 elements, the same edits on the design with its hubs joined, each way (JOINED_DESIGNS).
  const joinedRounds = JOINED_DESIGNS.map(() => ({ medians: [] as number[], ratios: [] as number[], moveMedians: [] as number[] }));
  // Warm up the JIT and the CIDR cache (the designer keeps both between edits).
  for (const doc of designs) for (let i = 0; i < 3; i++) fullRun(structuredClone(doc));
  // The edited designs, one per size, carried on from round to round (warmed by one turn of edits).
  const edited = designs.map((doc) => {
    const copy = structuredClone(doc);
    fullRun(copy);
    return timeEdits(copy, 0, EDIT_KINDS.length).last;
  });
  const k1000 = designs.findIndex((doc) => doc.elements.length === 1000);
  const joined = JOINED_DESIGNS.map(({ make }) => {
    if (k1000 < 0) return undefined;
    const copy = make(structuredClone(designs[k1000]!));
    fullRun(copy);
    return timeEdits(copy, 0, EDIT_KINDS.length).last;
  });
  const editsMade = designs.map(() => EDIT_KINDS.length);
  const faultUs: number[] = [];

  for (let r = 0; r < options.rounds; r++) {
    faultUs.push(pageFaultUs());
    designs.forEach((doc, i) => {
      const runs = runsFor(doc.elements.length, options.quick);
      const copies = Array.from({ length: runs }, () => structuredClone(doc));
      // Each copy is let go once it has run, as opening a file lets the previous design go. Held to
      // the end of the round, every copy kept its results (they are memoised per document): at
      // 10,000 elements a dozen designs' worth, 300 MB, whose old-generation collections landed in
      // the runs (eleventh round: 10,000 elements 20% slower that way, 1,000 elements about the same).
      const parts: Array<ReturnType<typeof timeParts>> = [];
      for (let copy = copies.pop(); copy !== undefined; copy = copies.pop()) parts.push(timeParts(copy));
      const samples = parts.map((p) => p.validate + p.cost + p.paths);
      const baseline = Array.from({ length: runs }, () => timeOnce(() => structuredClone(doc)));
      // On copies of its own: a copy whose ids were looked up would start the full run warm.
      const fresh = Array.from({ length: runs }, () => structuredClone(doc));
      const idIndex: number[] = [];
      for (let copy = fresh.pop(); copy !== undefined; copy = fresh.pop()) idIndex.push(timeOnce(() => indexIds(copy)));
      perRound[i]!.idIndexes.push(median(idIndex));
      const m = median(samples);
      perRound[i]!.validate.push(median(parts.map((p) => p.validate)));
      perRound[i]!.cost.push(median(parts.map((p) => p.cost)));
      perRound[i]!.paths.push(median(parts.map((p) => p.paths)));
      const clean = parts.filter((p) => p.collections === 0).map((p) => p.validate + p.cost + p.paths);
      perRound[i]!.collectedShare.push(1 - clean.length / runs);
      perRound[i]!.withoutCollection.push(clean.length > 0 ? median(clean) : Number.NaN);
      perRound[i]!.collectingMs.push(parts.reduce((sum, p) => sum + p.collectingMs, 0) / runs);
      perRound[i]!.workMedians.push(median(parts.map((p) => p.validate + p.cost + p.paths - p.collectingMs)));
      const faults = median(parts.map((p) => p.pageFaults));
      perRound[i]!.pageFaults.push(faults);
      perRound[i]!.medians.push(m);
      perRound[i]!.p95s.push(quantile(samples, 0.95));
      perRound[i]!.baselines.push(median(baseline));
      perRound[i]!.ratios.push(m / median(baseline));

      const count = editsFor(doc.elements.length, options.quick);
      const { samples: afterEdit, last } = timeEdits(edited[i]!, editsMade[i]!, count);
      edited[i] = last;
      editsMade[i] += count;
      const e = median(afterEdit);
      perRound[i]!.editMedians.push(e);
      perRound[i]!.editP95s.push(quantile(afterEdit, 0.95));
      perRound[i]!.editRatios.push(e / m);

      if (i !== k1000) return;
      const first = editsMade[i]! - count;
      joined.forEach((start, v) => {
        const { samples: afterJoinedEdit, last: lastJoined } = timeEdits(start!, first, count);
        joined[v] = lastJoined;
        const rounds = joinedRounds[v]!;
        rounds.moveMedians.push(median(afterJoinedEdit.filter((_, s) => EDIT_KINDS[(first + s) % EDIT_KINDS.length] === 'move')));
        const j = median(afterJoinedEdit);
        rounds.medians.push(j);
        rounds.ratios.push(j / m);
      });
    });
  }

  // A round whose probe saw no fault (its 16 MB came from memory already touched) takes the others' cost.
  const measuredFaults = faultUs.filter((us) => !Number.isNaN(us));
  const faultCost = (r: number) => (Number.isNaN(faultUs[r]!) && measuredFaults.length > 0 ? median(measuredFaults) : faultUs[r]!);
  const results: SizeResult[] = designs.map((doc, i) => ({
    elements: doc.elements.length,
    links: doc.links.length,
    findings: validate(doc).length,
    runsPerRound: runsFor(doc.elements.length, options.quick),
    medianMs: roundSpread(spread(perRound[i]!.medians)),
    p95Ms: roundSpread(spread(perRound[i]!.p95s)),
    baselineMedianMs: roundSpread(spread(perRound[i]!.baselines)),
    ratioToBaseline: roundSpread(spread(perRound[i]!.ratios), 2),
    idIndexMedianMs: roundSpread(spread(perRound[i]!.idIndexes)),
    parts: {
      validateMs: roundSpread(spread(perRound[i]!.validate)),
      costMs: roundSpread(spread(perRound[i]!.cost)),
      pathsMs: roundSpread(spread(perRound[i]!.paths)),
    },
    collections: {
      shareOfRuns: roundSpread(spread(perRound[i]!.collectedShare), 2),
      withoutMedianMs: withoutCollection(perRound[i]!.withoutCollection),
      meanMsPerRun: roundSpread(spread(perRound[i]!.collectingMs)),
    },
    pageFaults: { perRunMedian: roundSpread(spread(perRound[i]!.pageFaults), 0), estimatedMs: roundSpread(spread(perRound[i]!.pageFaults.map((faults, r) => (faults * faultCost(r)) / 1000))) },
    afterEdit: {
      runsPerRound: editsFor(doc.elements.length, options.quick),
      medianMs: roundSpread(spread(perRound[i]!.editMedians)),
      p95Ms: roundSpread(spread(perRound[i]!.editP95s)),
      ratioToFromScratch: roundSpread(spread(perRound[i]!.editRatios), 2),
    },
    ...(i === k1000
      ? Object.fromEntries(
          JOINED_DESIGNS.map(({ key }, v) => [
            key,
            {
              medianMs: roundSpread(spread(joinedRounds[v]!.medians)),
              ratioToFromScratch: roundSpread(spread(joinedRounds[v]!.ratios), 2),
              afterMoveMedianMs: roundSpread(spread(joinedRounds[v]!.moveMedians)),
            },
          ]),
        )
      : {}),
  }));
  const k1 = sizes.indexOf(1000);
  const k10 = sizes.indexOf(10_000);
  const growthOf = (key: 'medians' | 'workMedians' | 'baselines' | 'idIndexes') =>
    k1 >= 0 && k10 >= 0 ? perRound[k10]![key].map((m, r) => m / perRound[k1]![key][r]!) : [Number.NaN];
  return {
    sizes: results,
    growth1kTo10k: roundSpread(spread(growthOf('medians')), 2),
    workGrowth1kTo10k: roundSpread(spread(growthOf('workMedians')), 2),
    baselineGrowth1kTo10k: roundSpread(spread(growthOf('baselines')), 2),
    idIndexGrowth1kTo10k: roundSpread(spread(growthOf('idIndexes')), 2),
    pageFaultUs: roundSpread(spread(measuredFaults.length > 0 ? measuredFaults : [Number.NaN]), 2),
  };
}

