// Global Reach is not transitive: A–B and B–C do not let A's sites reach C's. Every pair of
// circuits whose sites must talk needs its own connection. Source: About ExpressRoute Global Reach.
import { DOCS } from '../../data/docs';
import { addLink } from '../../model/operations';
import type { TopologyDocument } from '../../model/types';
import { finding } from '../finding';
import type { Finding, Rule } from '../types';
import { ELEMENT_KINDS } from '../../model/enums';

export const globalReachTransitivity: Rule = {
  id: 'global-reach-transitivity',
  title: 'Global Reach is not transitive',
  severity: 'warning',
  category: 'Global Reach',
  description:
    "Global Reach connections do not chain: when circuit A is joined to B and B to C, sites on A still cannot reach sites on C through B. If they need to, A and C need a Global Reach connection of their own.",
  source: DOCS.erGlobalReach,
  // Every kind: it labels the ends of Global Reach links, of any kind before the loader repairs links.
  reads: ELEMENT_KINDS,
  readsNames: [],
  readsGlobalReach: true,
  check(ctx) {
    const partners = new Map<string, Map<string, string>>();
    for (const link of ctx.linksOfKind('globalReach')) {
      if (link.source === link.target) continue;
      for (const [from, to] of [[link.source, link.target], [link.target, link.source]] as const) {
        const map = partners.get(from) ?? new Map<string, string>();
        map.set(to, link.id);
        partners.set(from, map);
      }
    }
    // Each missing pair once, with every circuit it passes through.
    const missing = new Map<string, { a: string; c: string; via: Array<{ b: string; links: [string, string] }> }>();
    for (const [b, links] of partners) {
      const ends = [...links.keys()].sort();
      for (let i = 0; i < ends.length; i++) {
        for (let j = i + 1; j < ends.length; j++) {
          const a = ends[i]!;
          const c = ends[j]!;
          if (partners.get(a)?.has(c)) continue;
          const key = `${a}\u0000${c}`;
          const entry = missing.get(key) ?? { a, c, via: [] };
          entry.via.push({ b, links: [links.get(a)!, links.get(c)!] });
          missing.set(key, entry);
        }
      }
    }
    const findings: Finding[] = [];
    for (const { a, c, via } of missing.values()) {
      const through = via.map((v) => ctx.label(v.b)).join(' or ');
      const fix = { label: `Join ${ctx.label(a)} and ${ctx.label(c)} with Global Reach`, apply: (doc: TopologyDocument) => addLink(doc, a, c) };
      const message =
        `Circuits ${ctx.label(a)} and ${ctx.label(c)} are each joined to ${through} by Global Reach, but not to each other: Global Reach is not transitive, ` +
        `so sites on ${ctx.label(a)} cannot reach sites on ${ctx.label(c)}. If they need to, add a Global Reach connection between ${ctx.label(a)} and ${ctx.label(c)}.`;
      findings.push(finding(this, [a, c, ...via.flatMap((v) => [v.b, ...v.links])], message, { fix }));
    }
    return findings;
  },
};
