// What the designer works out for every version of a design (findings, cost, and path estimates
// while they are shown), in steps of one part each. The first run over a just-opened large design is a long task (about
// 0.35 s at 5,000 elements with a cold JIT); spread over idle callbacks (renderer/store/settledDoc.ts)
// it leaves the page responsive. Each step keeps its part's results, so the validate, estimateCost
// and estimatePaths calls that follow only gather them (docs/performance.md, "Node, eighth round").
import type { TopologyDocument } from '../model/types';
import { validationSteps } from '../validation/validate';
import { costSteps } from './cost';
import { pathSteps } from './paths';

/**
 * `paths`: whether to estimate the paths too. Only the Paths tab reads them, and in a design joined
 * into one part their step is a long task (about 50 ms at 10,000 elements) after every edit.
 */
export function* analysisSteps(doc: TopologyDocument, { paths }: { paths: boolean }): Generator<void, void, void> {
  yield* validationSteps(doc);
  yield* costSteps(doc);
  if (paths) yield* pathSteps(doc);
}
