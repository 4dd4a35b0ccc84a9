// The oracle for the issue #7 speed work: the outputs of validate, estimateCost, estimatePaths,
// estimatePath, sitePaths and routeKey on a fixed set of designs, snapshotted to files BEFORE any
// optimisation (shared/estimate/__snapshots__/oracle/). Every optimisation must keep them
// byte-identical: same findings, figures, formulas, warnings, key order and list order.
// The 100- and 1,000-element designs are kept as digests (their full outputs are MBs); the others in full,
// one JSON value per line, so a change shows as a readable diff.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../format';
import type { TopologyDocument } from '../model/types';
import { TEMPLATES } from '../templates';
import { largeDesign } from '../testing/largeDesign';
import { routeKey, sitePaths } from '../topology/sitePaths';
import { validate } from '../validation/validate';
import { estimateCost } from './cost';
import { estimatePath, estimatePaths } from './paths';
import { randomDesigns } from './testing/randomDesigns';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.topo.json'))
  .sort()
  .map((name): [string, TopologyDocument] => {
    const loaded = loadDocument(readFileSync(new URL(name, examplesDir), 'utf8'));
    if (!loaded.ok) throw new Error(`example ${name} does not load`);
    return [`example-${name.replace('.topo.json', '')}`, loaded.document];
  });

const small: Array<[string, TopologyDocument]> = [
  ...examples,
  ...TEMPLATES.map((t): [string, TopologyDocument] => [`template-${t.id}`, t.build()]),
  ...randomDesigns(16).map((doc, i): [string, TopologyDocument] => [`random-${i}`, doc]),
  ['largeDesign-30', largeDesign(30)],
];
/** Kept as digests: their full outputs are 1.4 and 8 MB. */
const large: Array<[string, TopologyDocument]> = [
  ['largeDesign-100', largeDesign(100)],
  ['largeDesign-1000', largeDesign(1000)],
];

const lines = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join('\n');

/** Every output, in the order the designer computes them after an edit. */
function outputsOf(doc: TopologyDocument, withSinglePaths: boolean): Record<string, string> {
  const findings = validate(doc);
  const cost = estimateCost(doc);
  const estimates = estimatePaths(doc);
  const paths = sitePaths(doc);
  return {
    validate: lines(findings),
    estimateCost: lines([{ ...cost, lines: cost.lines.length }, ...cost.lines]),
    estimatePaths: lines(estimates),
    sitePaths: lines(paths.map((path) => ({ routeKey: routeKey(path), ...path }))),
    ...(withSinglePaths ? { estimatePath: lines(paths.map((path) => estimatePath(doc, path))) } : {}),
  };
}

const asText = (outputs: Record<string, string>) =>
  Object.entries(outputs)
    .map(([name, text]) => `# ${name}\n${text}\n`)
    .join('');

describe('oracle: outputs stay byte-identical to the snapshots', () => {
  it.each(small)('%s', async (name, doc) => {
    await expect(asText(outputsOf(doc, true))).toMatchFileSnapshot(`./__snapshots__/oracle/${name}.txt`);
  });

  it.each(large)('%s (digest of each output)', async (name, doc) => {
    const outputs = outputsOf(doc, false);
    const digests = Object.entries(outputs).map(([output, text]) => `${output} ${text.split('\n').length} lines sha256 ${createHash('sha256').update(text).digest('hex')}`);
    await expect(`${digests.join('\n')}\n`).toMatchFileSnapshot(`./__snapshots__/oracle/${name}.digest.txt`);
  });

  it('estimates each path alike alone (estimatePath) and with the whole design (estimatePaths)', () => {
    // FastPath takes the ExpressRoute gateway out of the path to its own VNet, not to the spokes.
    const fastPath = largeDesign(30);
    fastPath.elements = fastPath.elements.map((e) => (e.kind === 'erGateway' ? { ...e, props: { ...e.props, sku: 'ErGw3Az', fastPath: true } } : e));
    for (const [name, doc] of [...small, ['largeDesign-30 with FastPath', fastPath] as const]) {
      const bySite = new Map<string, string[]>();
      for (const e of estimatePaths(doc)) {
        const list = bySite.get(e.siteId) ?? [];
        for (const p of e.paths) list.push(JSON.stringify(p));
        bySite.set(e.siteId, list);
      }
      for (const path of sitePaths(doc)) {
        const alone = JSON.stringify(estimatePath(doc, path));
        expect(bySite.get(path.siteId), `${name}: ${path.elementIds.join('>')}`).toContain(alone);
      }
    }
  });

  it('gives the same outputs whichever is asked first (nothing depends on what was memoised before)', () => {
    for (const [, doc] of [...small, ...large]) {
      const copy = structuredClone(doc);
      // Reverse order on a fresh copy: sitePaths first, then the estimators, validation last.
      const paths = lines(sitePaths(copy).map((path) => ({ routeKey: routeKey(path), ...path })));
      const estimates = lines(estimatePaths(copy));
      const cost = estimateCost(copy);
      const findings = lines(validate(copy));
      const expected = outputsOf(structuredClone(doc), false);
      expect(paths).toBe(expected.sitePaths);
      expect(estimates).toBe(expected.estimatePaths);
      expect(lines([{ ...cost, lines: cost.lines.length }, ...cost.lines])).toBe(expected.estimateCost);
      expect(findings).toBe(expected.validate);
    }
  }, 60_000);
});
