// Drops links the canvas could not draw or that no longer mean anything: an end that does not
// exist, a link from an element to itself, or a kind that does not fit its two ends (the kind is
// always inferred from the ends when a link is drawn, so a mismatch means the file was edited).
import { ELEMENT_KIND_INFO } from '../model/elementCatalog';
import { LINK_KIND_INFO, inferLinkKind } from '../model/linkKinds';
import type { TopologyElement, TopologyLink } from '../model/types';
import { describeItem, quote, type LoadProblem } from './problems';

export function repairLinks(
  links: readonly TopologyLink[],
  elements: readonly TopologyElement[],
): { links: TopologyLink[]; repairs: LoadProblem[] } {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const repairs: LoadProblem[] = [];
  const kept = links.filter((link, i) => {
    const why = whyUnusable(link, byId);
    if (why === undefined) return true;
    repairs.push({
      message: `${describeItem('links', i, link.id)}: ${why}; the link was removed.`,
      pointer: `/document/links/${i}`,
      elementId: link.id,
    });
    return false;
  });
  return { links: kept, repairs };
}

function whyUnusable(link: TopologyLink, byId: ReadonlyMap<string, TopologyElement>): string | undefined {
  const source = byId.get(link.source);
  const target = byId.get(link.target);
  if (!source && !target) return `neither end exists (${quote(link.source)}, ${quote(link.target)})`;
  if (!source) return `its source ${quote(link.source)} does not exist`;
  if (!target) return `its target ${quote(link.target)} does not exist`;
  if (source.id === target.id) return 'it joins an element to itself';
  if (inferLinkKind(source.kind, target.kind) === link.kind) return undefined;
  const end = (e: TopologyElement) => `${ELEMENT_KIND_INFO[e.kind].label} ${quote(e.id)}`;
  return `a link of kind ${quote(link.kind)} (${LINK_KIND_INFO[link.kind].label}) cannot join ${end(source)} and ${end(target)}`;
}
