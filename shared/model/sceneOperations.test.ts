import { describe, expect, it } from 'vitest';
import { design, hubWithGateways } from '../validation/testing/designBuilder';
import { addScene, moveScene, removeScene, sceneContents, setSceneContents, toggleSceneFailures, updateScene } from './sceneOperations';
import type { TopologyDocument } from './types';

/** A device with a tunnel to a VPN gateway inside a hub VNet's GatewaySubnet, and an unrelated site. */
const base = design(
  [
    { id: 'device', kind: 'vpnDevice' },
    ...hubWithGateways('10.0.255.0/27', [{ id: 'vpngw', kind: 'vpnGateway' }]),
    { id: 'site', kind: 'onPremSite' },
  ],
  [
    { id: 's2s', kind: 's2s', source: 'device', target: 'vpngw' },
    { id: 'lm', kind: 'lastMile', source: 'site', target: 'device' },
  ],
);

function withThreeScenes(): TopologyDocument {
  let doc = base;
  for (const title of ['One', 'Two', 'Three']) doc = addScene(doc, ['device'], title).doc;
  return doc;
}
const titles = (doc: TopologyDocument) => doc.scenes?.map((s) => s.title);

describe('sceneContents', () => {
  it('adds the containers of shown elements, outermost first in document order', () => {
    expect(sceneContents(base, ['vpngw'])).toEqual({ elementIds: ['vnet', 'gws', 'vpngw'], linkIds: [] });
  });

  it('adds the links between shown elements', () => {
    expect(sceneContents(base, ['device', 'vpngw'])).toEqual({ elementIds: ['device', 'vnet', 'gws', 'vpngw'], linkIds: ['s2s'] });
  });

  it('shows a chosen link with its two ends', () => {
    expect(sceneContents(base, ['lm'])).toEqual({ elementIds: ['device', 'site'], linkIds: ['lm'] });
  });

  it('ignores ids the design does not hold', () => {
    expect(sceneContents(base, ['nope'])).toEqual({ elementIds: [], linkIds: [] });
  });
});

describe('scene edits', () => {
  it('appends a numbered scene with a fresh id', () => {
    const first = addScene(base, ['device']);
    const second = addScene(first.doc, ['site']);
    expect(second.sceneId).toBe('scene-2');
    expect(second.doc.scenes).toEqual([
      { id: 'scene-1', title: 'Scene 1', caption: '', elementIds: ['device'], linkIds: [], failedIds: [] },
      { id: 'scene-2', title: 'Scene 2', caption: '', elementIds: ['site'], linkIds: [], failedIds: [] },
    ]);
    expect(base.scenes).toBeUndefined();
  });

  it('renames and captions a scene, and changes nothing when the text is the same', () => {
    const { doc, sceneId } = addScene(base, ['device']);
    const after = updateScene(doc, sceneId, { title: 'The tunnel', caption: 'Traffic runs over IPsec.' });
    expect(after.scenes![0]).toMatchObject({ title: 'The tunnel', caption: 'Traffic runs over IPsec.' });
    expect(updateScene(after, sceneId, { title: 'The tunnel' })).toBe(after);
    expect(updateScene(after, 'missing', { title: 'x' })).toBe(after);
  });

  it('replaces what a scene shows', () => {
    const { doc, sceneId } = addScene(base, ['device']);
    expect(setSceneContents(doc, sceneId, ['site', 'device']).scenes![0]).toMatchObject({ elementIds: ['device', 'site'], linkIds: ['lm'] });
  });

  it('fails ids in a scene, and restores them when they are all failed already', () => {
    const { doc, sceneId } = addScene(base, ['device']);
    const failed = toggleSceneFailures(doc, sceneId, ['s2s']);
    expect(failed.scenes![0]!.failedIds).toEqual(['s2s']);
    const both = toggleSceneFailures(failed, sceneId, ['s2s', 'vpngw']);
    expect(both.scenes![0]!.failedIds).toEqual(['s2s', 'vpngw']);
    expect(toggleSceneFailures(both, sceneId, ['vpngw', 's2s']).scenes![0]!.failedIds).toEqual([]);
    expect(toggleSceneFailures(both, sceneId, [])).toBe(both);
  });

  it('moves a scene up and down, and not past either end', () => {
    const doc = withThreeScenes();
    expect(titles(moveScene(doc, 'scene-1', 1))).toEqual(['Two', 'One', 'Three']);
    expect(titles(moveScene(doc, 'scene-3', -1))).toEqual(['One', 'Three', 'Two']);
    expect(moveScene(doc, 'scene-1', -1)).toBe(doc);
    expect(moveScene(doc, 'scene-3', 1)).toBe(doc);
  });

  it('removes a scene, and the scenes field with the last one so the file saves as before', () => {
    const doc = withThreeScenes();
    expect(titles(removeScene(doc, 'scene-2'))).toEqual(['One', 'Three']);
    const { doc: one, sceneId } = addScene(base, ['device']);
    expect('scenes' in removeScene(one, sceneId)).toBe(false);
  });
});
