// validate(document) → findings: pure and deterministic. Rules run over one set of indexes per part
// of the design (shared/topology/parts.ts): a part's findings are kept while its elements and links
// are unchanged, so after an edit only the edited part is validated again. Global Reach links and
// peerings join parts only for the rules that read them (Rule.readsGlobalReach, Rule.readsPeering).
import type { TopologyDocument } from '../model/types';
import { keepListShares, PartMemo } from '../topology/partMemo';
import { asOnePart, joinsIn, partDocument, partsOf, wholePart, type Joins, type Part, type Parts } from '../topology/parts';
import { forgetCidrFields } from './cidrFields';
import { contextOf, type NamesRead } from './context';
import { Labelled } from './keptRecords';
import { ALL_RULES } from './rules';
import { SEVERITIES, type Finding, type Rule } from './types';
import { noteDesign } from '../kept/designScoped';

// localeCompare(x) is specified as new Intl.Collator().compare(x) (ECMA-402), but builds its
// collator on every call: a few hundred findings cost milliseconds. One collator, same order.
const collator = new Intl.Collator();

// The rules' ids in the collator's order, ranked once: sorting a large design's findings compared
// rule ids with the collator thousands of times. Ids of other rules (tests') are compared as before.
const RULE_RANK = rankedByCollator(ALL_RULES.map((rule) => rule.id));

/** Each id's rank in the collator's order; ids the collator holds equal share a rank. */
function rankedByCollator(ids: readonly string[]): Map<string, number> {
  const sorted = [...ids].sort((a, b) => collator.compare(a, b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((id, i) => {
    if (i > 0 && collator.compare(sorted[i - 1]!, id) !== 0) rank++;
    ranks.set(id, rank);
  });
  return ranks;
}

/** As the collator compares two rule ids. */
export function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0;
  const ra = RULE_RANK.get(a);
  const rb = RULE_RANK.get(b);
  return ra !== undefined && rb !== undefined ? ra - rb : collator.compare(a, b);
}

/** The ways of finding parts the rules run over, in the order their groups run. */
const JOINS: readonly Joins[] = ['without Global Reach or peering', 'without Global Reach', 'without peering', 'all links'];

/** The parts a rule runs over: joined by the links it reads (all others join parts for every rule). */
export function joinsOf(rule: Rule): Joins {
  if (rule.readsGlobalReach) return rule.readsPeering ? 'all links' : 'without peering';
  return rule.readsPeering ? 'without Global Reach' : 'without Global Reach or peering';
}

/**
 * Properties no rule reads, of any element (a site's traffic is for the estimates): an edit of only
 * these keeps every rule's findings (validatePart). Held to it by ruleReads.test.ts and, rule test by
 * rule test, by testing/holdRulesToReads.ts.
 */
export const PROPS_NO_RULE_READS: ReadonlySet<string> = new Set(['traffic']);

// One memo per way of finding parts: parts found two ways can share their first element, the key.
const memos = new Map(JOINS.map((joins) => [joins, new PartMemo<readonly Finding[]>()]));

/** One run of validation: some rules over the parts of one way of finding them. */
interface Run {
  /** The way of finding the parts (found only when the run needs them: not over a design just opened). */
  joins: Joins;
  rules: readonly Rule[];
  memo: PartMemo<readonly Finding[]>;
}

// The rules of each combination of ways, per list of rules: the same objects from run to run (PartMemo inputs).
const ruleLists = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();

function rulesOf(rules: readonly Rule[], ways: readonly Joins[]): readonly Rule[] {
  let lists = ruleLists.get(rules);
  if (!lists) ruleLists.set(rules, (lists = new Map()));
  const key = ways.join('|');
  let list = lists.get(key);
  if (!list) lists.set(key, (list = rules.filter((rule) => ways.includes(joinsOf(rule)))));
  return list;
}

/**
 * The runs validate makes: the rules grouped by the parts they run over. Groups whose parts are the
 * same (a design with no Global Reach link and no peering has one set of parts) make one run, so
 * that such a design is validated in one pass of all the rules, as before the groups.
 */
function runsOf(doc: TopologyDocument, rules: readonly Rule[]): Run[] {
  const waysBySame = new Map<Joins, Joins[]>();
  for (const joins of JOINS) {
    if (!rules.some((rule) => joinsOf(rule) === joins)) continue;
    // Ways that find the same parts of this document (partsOf gives them one Parts object).
    const same = joinsIn(doc, joins);
    const ways = waysBySame.get(same);
    if (ways) ways.push(joins);
    else waysBySame.set(same, [joins]);
  }
  return [...waysBySame].map(([joins, ways]) => ({ joins, rules: rulesOf(rules, ways), memo: memos.get(ways[0]!)! }));
}

export function validate(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  noteDesign(doc);
  const findings: Finding[] = [];
  for (const run of runsOf(doc, rules)) for (const f of validateRun(doc, run)) findings.push(f);
  // Findings tie only within one rule and one element, so within one part of one run: the stable
  // sort gives the order one run over the whole document gives. Each part's findings come sorted,
  // so the sort only merges them.
  return findings.sort(byImportance);
}

/**
 * The work of validate(doc) in steps of one part each, for a caller that spreads a large design's
 * first validation over idle time (renderer/store/settledDoc.ts): each step validates a part with
 * nothing kept and keeps its findings, so that validate(doc) afterwards only gathers them. A design
 * whose parts are all kept takes no step.
 */
export function* validationSteps(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Generator<void, void, void> {
  noteDesign(doc);
  for (const { joins, rules: runRules, memo } of runsOf(doc, rules)) {
    // Noted as asked about, so that validate(doc) afterwards gathers the steps' findings.
    memo.newDesign(doc);
    for (const part of partsOf(doc, joins).parts) {
      if (memo.kept(part, [runRules]) !== undefined) continue;
      memo.keep(part, [runRules], validatePart(doc, part, runRules));
      yield;
    }
  }
}

/** The document validated as one part, with nothing kept: the reference the parts are held to. */
export function validateWhole(doc: TopologyDocument, rules: readonly Rule[] = ALL_RULES): Finding[] {
  return validateParts(doc, asOnePart(doc), rules).sort(byImportance);
}

/**
 * The findings of a run (unsorted). Over a design just opened, the rules run over the whole document
 * and its parts are found, and the findings kept for each, only at its first edit (PartMemo.keepLater):
 * a run from scratch finds no parts.
 */
function validateRun(doc: TopologyDocument, { joins, rules, memo }: Run): Finding[] {
  if (memo.newDesign(doc)) return validateAtOnce(doc, rules, memo, () => partsOf(doc, joins));
  return validateParts(doc, partsOf(doc, joins), rules, memo);
}

/**
 * The rules over the whole document at once (rules that do not read Global Reach links find the
 * same there as part by part), each part's share kept when the next edit comes (PartMemo.keepLater).
 */
function validateAtOnce(doc: TopologyDocument, rules: readonly Rule[], memo: PartMemo<readonly Finding[]>, parts: () => Parts): Finding[] {
  const findings = validatePart(doc, wholePart(doc), rules);
  // Each part's share is sorted: the order of the whole list, restricted to the part.
  memo.keepLater(() => keepListShares(memo, doc, parts(), [rules], findings, (f) => f.elementIds[0]!));
  return findings.slice();
}

/** The findings of each part, part after part (unsorted), kept in `memo` if given. */
function validateParts(doc: TopologyDocument, parts: Parts, rules: readonly Rule[], memo?: PartMemo<readonly Finding[]>): Finding[] {
  if (memo && parts.parts.length > 1 && memo.mostlyNew(parts.parts, [rules])) return validateAtOnce(doc, rules, memo, () => parts);
  const findings: Finding[] = [];
  for (const part of parts.parts) {
    const found = memo ? memo.get(part, [rules], () => validatePart(doc, part, rules)) : validatePart(doc, part, rules, false);
    for (const f of found) findings.push(f);
  }
  return findings;
}

/**
 * The severity's place in SEVERITIES. Compared, not looked up in a map: the severities are the same
 * few strings, and the sort of a large design's findings asked a map thousands of times a run (a
 * lookup by a string costs tens of nanoseconds; docs/performance.md, "Node, twentieth round").
 */
function severityRank(severity: Finding['severity']): number {
  for (let i = 0; i < SEVERITIES.length; i++) if (SEVERITIES[i] === severity) return i;
  return SEVERITIES.length;
}

function byImportance(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareRuleIds(a.ruleId, b.ruleId) ||
    collator.compare(a.elementIds[0] ?? '', b.elementIds[0] ?? '')
  );
}

/**
 * The findings of the rules over one part. In a large part changed in place (same ids, kinds, parents
 * and links: a rename, a property), a rule that reads none of the kinds of element the edit changed
 * (Rule.reads) finds what it found before: its findings are taken from the context before the edit.
 * Where a design is one part for every rule (branches tunnelled to two hubs), each edit was a run of
 * all the rules over all of it (docs/performance.md, "Node, fifteenth round"). `keep` false: every
 * rule runs (the reference, validateWhole).
 */
function validatePart(doc: TopologyDocument, part: Part, rules: readonly Rule[], keep = true): Finding[] {
  const ctx = contextOf(partDocument(doc, part));
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A rule that does not say what it reads reads every kind: nothing is kept for it.
    const kept = keep && rule.reads ? (ctx.resultsBefore(rule.reads, PROPS_NO_RULE_READS, namesReadBy(rule))?.get(rule) as RuleRun | undefined) : undefined;
    const run = kept ?? (keep && ctx.notesForNextEdit ? ctx.labelling(() => rule.check(ctx)) : new Labelled(rule.check(ctx), undefined));
    if (keep) ctx.results?.set(rule, run);
    for (const f of run.value) findings.push(f);
  }
  forgetCidrFields(ctx);
  return findings.sort(byImportance);
}

/** A rule's findings over a context, and the ids it labelled (undefined: not noted). */
type RuleRun = Labelled<readonly Finding[]>;

// Made once per rule and declaration (a test may change a rule's declaration).
const namesRead = new WeakMap<Rule, NamesRead>();

/**
 * How a rule reads names, for a rename to keep its findings where it did not label the element; a
 * rule that does not say (Rule.readsNames) reads every name.
 */
function namesReadBy(rule: Rule): NamesRead | undefined {
  const kinds = rule.readsNames;
  if (!kinds) return undefined;
  let names = namesRead.get(rule);
  if (names?.kinds !== kinds) {
    names = { kinds, labelled: (results: ReadonlyMap<object, unknown>) => (results.get(rule) as RuleRun | undefined)?.labelled };
    namesRead.set(rule, names);
  }
  return names;
}

export function countBySeverity(findings: readonly Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
