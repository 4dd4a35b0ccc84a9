// Results kept through edits hold the contexts they were made over (a cost line explains itself
// through one, a fix can close over one). A context built across an edit reads the results of the one
// before it; were it to keep them, a run of edits in place would keep every context since the last
// one built afresh (400 renames of a 1,000-element estate kept 404 MB). Here: a context of the first
// edits is let go once later edits were worked out.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../estimate/cost';
import { estimatePaths } from '../estimate/paths';
import { withBranchesDualHomed } from '../estimate/testing/manyParts';
import { updateElement } from '../model/operations';
import type { TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { contextOf, type ValidationContext } from './context';
import { validate } from './validate';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** The design after `count` renames of one branch, each validated, priced and its paths estimated, as the designer does. */
function renamed(doc: TopologyDocument, count: number, from = 0): TopologyDocument {
  for (let i = from; i < from + count; i++) {
    doc = updateElement(doc, 'hub-1-site-0', { name: `Branch, edit ${i}` });
    validate(doc);
    estimateCost(doc);
    estimatePaths(doc);
  }
  return doc;
}

describe('contexts built across edits', () => {
  it('are let go once later edits were worked out', async () => {
    // A design that is one part of 400 elements: every edit in place builds its context from the one before.
    let doc = renamed(withBranchesDualHomed(largeDesign(400)), 3);
    const early = new WeakRef<ValidationContext>(contextOf(doc));
    doc = renamed(doc, 20, 3);
    // A weak reference made in this turn holds its target to the end of the turn: collect after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(early.deref()).toBeUndefined();
    expect(validate(doc).length).toBeGreaterThan(0);
  });

  it("are let go though a site's path estimates made over one are kept through later edits", async () => {
    // Each edit renames another branch: the estimates of the others are kept, made over earlier contexts.
    let doc = renamed(withBranchesDualHomed(largeDesign(400)), 3);
    const branches = doc.elements.filter((e) => e.kind === 'onPremSite').map((e) => e.id);
    doc = updateElement(doc, branches[0]!, { name: 'Branch, renamed first' });
    estimatePaths(doc);
    const early = new WeakRef<ValidationContext>(contextOf(doc));
    for (const id of branches.slice(1, 21)) {
      doc = updateElement(doc, id, { name: `${id}, renamed` });
      validate(doc);
      estimateCost(doc);
      estimatePaths(doc);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(early.deref()).toBeUndefined();
  });

  it('let go of what they kept once two later ones were built, though a result kept since holds them', async () => {
    // A reader of two pieces, each holding the context it was made over (as a cost line can): each
    // edit makes one piece again and keeps the other from the context before. Each context's results
    // would then hold the other piece as it was, made over an earlier context, and so back to the first.
    interface Piece {
      ctx: ValidationContext;
    }
    const reader = {};
    const read = (ctx: ValidationContext, remake: 'a' | 'b') => {
      const before = ctx.resultsBefore([])?.get(reader) as { a: Piece; b: Piece } | undefined;
      const pieces = { a: remake === 'a' || !before ? { ctx } : before.a, b: remake === 'b' || !before ? { ctx } : before.b };
      ctx.results!.set(reader, pieces);
      return pieces;
    };
    let doc = withBranchesDualHomed(largeDesign(400));
    read(contextOf(doc), 'a');
    let early: WeakRef<ValidationContext> | undefined;
    let last: { a: Piece; b: Piece } | undefined;
    for (let i = 0; i < 20; i++) {
      doc = updateElement(doc, 'hub-1-site-0', { name: `Branch, edit ${i}` });
      last = read(contextOf(doc), i % 2 === 0 ? 'a' : 'b');
      if (i === 2) early = new WeakRef(contextOf(doc));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(early!.deref()).toBeUndefined();
    // Both pieces are of the last two contexts.
    expect([last!.a.ctx, last!.b.ctx]).toContain(contextOf(doc));
  });
});
