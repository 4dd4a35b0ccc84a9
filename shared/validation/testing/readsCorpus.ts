// Designs to record what rules and helpers read over (./ruleReads.ts): random designs with links of
// every kind between elements of every kind, the templates, and large estates joined each way.
import { randomDesigns } from '../../estimate/testing/randomDesigns';
import { withBranchesDualHomed, withHubsJoined, withHubsPeered } from '../../estimate/testing/manyParts';
import type { TopologyDocument } from '../../model/types';
import { TEMPLATES } from '../../templates';
import { largeDesign } from '../../testing/largeDesign';

let corpus: TopologyDocument[] | undefined;

export function readsCorpus(): readonly TopologyDocument[] {
  corpus ??= [
    ...randomDesigns(200),
    ...randomDesigns(200, 11),
    ...TEMPLATES.map((template) => template.build()),
    largeDesign(300),
    withBranchesDualHomed(largeDesign(300)),
    withHubsJoined(largeDesign(300)),
    withHubsPeered(largeDesign(300)),
  ];
  return corpus;
}
