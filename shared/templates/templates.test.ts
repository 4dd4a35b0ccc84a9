import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../estimate/cost';
import { estimatePaths } from '../estimate/paths';
import { loadDocument, serializeDocument } from '../format';
import { absoluteRects, ELEMENT_KIND_INFO, type Rect, type TopologyDocument } from '../model';
import { validate } from '../validation';
import { TEMPLATES, templateById } from './index';

/**
 * Warnings a template keeps on purpose, by template id, each with why. Anything else is a bug in
 * the template (or a rule that changed, which the template's notes would then have to follow).
 */
const ACCEPTED_WARNINGS: Record<string, Record<string, string>> = {
  'expressroute-private-peering': { 'single-circuit': 'the one-circuit design is the idea; its notes point to templates 4 and 5, which answer it' },
  'expressroute-vpn-failover': { 'single-circuit': 'the rule still asks for a second circuit; the VPN failover is the answer this template teaches' },
  'microsoft-peering-m365': { 'single-circuit': 'one circuit keeps the Microsoft peering story short; the circuit notes say so' },
};

/** Prices the price book has no sourced figure for, by template id, each with why the template needs them. */
const ACCEPTED_UNKNOWN_PRICES: Record<string, Record<string, string>> = {
  'global-reach': { 'globalReach.addOn.month': 'Global Reach is the idea; its add-on fee is unsourced (the circuit notes say so)' },
  'microsoft-peering-m365': { 'erCircuit.Premium.Metered.1000.zone1.month': 'Microsoft 365 over ExpressRoute needs Premium, whose add-on price is unsourced' },
};

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (child: Rect, parent: Rect) =>
  child.x >= parent.x && child.y >= parent.y && child.x + child.width <= parent.x + parent.width && child.y + child.height <= parent.y + parent.height;

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, template) => {
  const doc: TopologyDocument = template.build();
  const ids = new Set([...doc.elements.map((e) => e.id), ...doc.links.map((l) => l.id)]);
  const byId = new Map(doc.elements.map((e) => [e.id, e]));

  it('loads through the file pipeline without repairs and saves back byte for byte', () => {
    const text = serializeDocument(doc);
    const loaded = loadDocument(text);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    expect(loaded.repairs).toEqual([]);
    expect(serializeDocument(loaded.document)).toBe(text);
  });

  it('validates with zero errors and only the warnings it keeps on purpose', () => {
    const findings = validate(doc);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const warnings = [...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId))].sort();
    expect(warnings).toEqual(Object.keys(ACCEPTED_WARNINGS[id] ?? {}).sort());
  });

  it('has a monthly cost whose only unknown prices are the accepted ones', () => {
    const cost = estimateCost(doc);
    expect(cost.totalUsd).toBeGreaterThan(100);
    const unknown = [...new Set(cost.lines.flatMap((l) => l.unknownPrices))].sort();
    expect(unknown).toEqual(Object.keys(ACCEPTED_UNKNOWN_PRICES[id] ?? {}).sort());
    expect(cost.incomplete).toBe(unknown.length > 0);
  });

  it('gives every site at least one path to a VNet, with a known round trip', () => {
    const estimates = estimatePaths(doc);
    for (const site of doc.elements.filter((e) => e.kind === 'onPremSite')) {
      const reached = estimates.filter((e) => e.siteId === site.id);
      expect(reached.length, site.id).toBeGreaterThan(0);
      for (const path of reached.flatMap((r) => r.paths)) expect(path.rttMs, site.id).not.toBeNull();
    }
  });

  it('uses unique ids and links that join existing elements', () => {
    expect(ids.size).toBe(doc.elements.length + doc.links.length);
    for (const link of doc.links) expect([byId.has(link.source), byId.has(link.target)], link.id).toEqual([true, true]);
  });

  it('explains itself: a title, a description and notes on its key elements', () => {
    expect(doc.title).not.toBe('');
    expect(doc.description.length).toBeGreaterThan(60);
    expect(doc.elements.filter((e) => e.notes.trim() !== '').length).toBeGreaterThanOrEqual(3);
  });

  it('tells its story in 3 to 6 scenes over existing ids, each showing the containers of what it shows', () => {
    const scenes = doc.scenes ?? [];
    expect(scenes.length).toBeGreaterThanOrEqual(3);
    expect(scenes.length).toBeLessThanOrEqual(6);
    expect(new Set(scenes.map((s) => s.id)).size).toBe(scenes.length);
    for (const scene of scenes) {
      expect(scene.caption, scene.id).not.toBe('');
      const shown = new Set([...scene.elementIds, ...scene.linkIds]);
      for (const ref of [...scene.elementIds, ...scene.linkIds, ...scene.failedIds]) expect(ids.has(ref), `${scene.id}: ${ref}`).toBe(true);
      for (const elementId of scene.elementIds) {
        const parentId = byId.get(elementId)?.parentId;
        if (parentId) expect(shown.has(parentId), `${scene.id}: ${elementId} without its container ${parentId}`).toBe(true);
      }
      for (const link of doc.links.filter((l) => scene.linkIds.includes(l.id))) {
        expect([shown.has(link.source), shown.has(link.target)], `${scene.id}: ${link.id}`).toEqual([true, true]);
      }
      for (const failed of scene.failedIds) expect(shown.has(failed), `${scene.id}: failed ${failed} is not shown`).toBe(true);
    }
    // The story starts with the on-premises side alone and ends with the whole design.
    expect(scenes[0]!.elementIds.every((e) => ELEMENT_KIND_INFO[byId.get(e)!.kind].zone !== 'azure')).toBe(true);
    const last = scenes[scenes.length - 1]!;
    expect([...last.elementIds].sort()).toEqual([...byId.keys()].sort());
    expect([...last.linkIds].sort()).toEqual(doc.links.map((l) => l.id).sort());
    expect(last.failedIds).toEqual([]);
  });

  it('is laid out cleanly: siblings apart, children inside their containers, on-premises left of Azure', () => {
    const rects = absoluteRects(doc);
    const siblings = new Map<string, string[]>();
    for (const el of doc.elements) siblings.set(el.parentId ?? '', [...(siblings.get(el.parentId ?? '') ?? []), el.id]);
    for (const group of siblings.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) expect(overlaps(rects.get(group[i]!)!, rects.get(group[j]!)!), `${group[i]} overlaps ${group[j]}`).toBe(false);
      }
    }
    for (const el of doc.elements) if (el.parentId) expect(inside(rects.get(el.id)!, rects.get(el.parentId)!), `${el.id} spills out of ${el.parentId}`).toBe(true);
    const right = (kinds: (k: string) => boolean) => doc.elements.filter((e) => !e.parentId && kinds(ELEMENT_KIND_INFO[e.kind].zone));
    const onPremRight = Math.max(...right((z) => z === 'onPrem').map((e) => rects.get(e.id)!.x + rects.get(e.id)!.width));
    const azureLeft = Math.min(...right((z) => z === 'azure').map((e) => rects.get(e.id)!.x));
    expect(onPremRight).toBeLessThan(azureLeft);
  });

  it('builds a fresh document each time, so editing one opened template never changes the next', () => {
    const first = template.build();
    first.elements[0]!.name = 'changed';
    (first.elements[0]!.props as { addressSpaces?: string[] }).addressSpaces?.push('10.255.0.0/16');
    expect(template.build()).toEqual(doc);
  });
});

describe('the template registry', () => {
  it('holds the eight templates of the issue, with unique ids, titles and summaries', () => {
    expect(TEMPLATES).toHaveLength(8);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(8);
    for (const t of TEMPLATES) {
      expect(t.title, t.id).not.toBe('');
      expect(t.summary.length, t.id).toBeGreaterThan(20);
      expect(templateById(t.id)).toBe(t);
    }
    expect(templateById('no-such-template')).toBeUndefined();
  });

  const kindsOf = (id: string) => {
    const doc = templateById(id)!.build();
    return { doc, elements: new Set(doc.elements.map((e) => e.kind)), links: new Set(doc.links.map((l) => l.kind)) };
  };

  it('covers each item of the issue with the parts it names', () => {
    const s2s = kindsOf('site-to-site-vpn');
    for (const kind of ['vpnDevice', 'localNetworkGateway', 'vpnGateway'] as const) expect(s2s.elements.has(kind), kind).toBe(true);
    expect(s2s.doc.elements.some((e) => e.kind === 'subnet' && e.name === 'GatewaySubnet')).toBe(true);

    const p2s = kindsOf('s2s-with-remote-workers');
    expect([p2s.elements.has('p2sUserGroup'), p2s.links.has('p2s'), p2s.links.has('s2s')]).toEqual([true, true, true]);

    const er = kindsOf('expressroute-private-peering');
    expect([er.elements.has('connectivityProvider'), er.elements.has('erCircuit'), er.links.has('erConnection')]).toEqual([true, true, true]);
    expect(er.doc.elements.find((e) => e.kind === 'erCircuit')?.props).toMatchObject({ peerings: { private: true } });

    const failover = kindsOf('expressroute-vpn-failover');
    const gatewaysIn = new Map<string, string[]>();
    for (const e of failover.doc.elements.filter((x) => x.kind === 'vpnGateway' || x.kind === 'erGateway')) {
      gatewaysIn.set(e.parentId!, [...(gatewaysIn.get(e.parentId!) ?? []), e.kind]);
    }
    expect([...gatewaysIn.values()].some((kinds) => kinds.includes('vpnGateway') && kinds.includes('erGateway'))).toBe(true);

    const ha = kindsOf('two-circuits-ha-dr');
    const locations = ha.doc.elements.flatMap((e) => (e.kind === 'erCircuit' ? [e.props.peeringLocation] : []));
    expect(new Set(locations).size).toBe(2);

    const reach = kindsOf('global-reach');
    expect(reach.links.has('globalReach')).toBe(true);
    expect(reach.doc.elements.filter((e) => e.kind === 'onPremSite')).toHaveLength(2);

    const m365 = kindsOf('microsoft-peering-m365');
    expect([m365.elements.has('microsoftServices'), m365.links.has('microsoftPeering')]).toEqual([true, true]);

    const hub = kindsOf('hub-and-spoke');
    const peerings = hub.doc.links.filter((l) => l.kind === 'vnetPeering');
    expect(peerings.length).toBeGreaterThanOrEqual(2);
    for (const p of peerings) expect(p.props).toMatchObject({ allowGatewayTransit: true, useRemoteGateways: true });
  });

  it.each(['expressroute-vpn-failover', 'two-circuits-ha-dr'])('%s has a scene where its primary circuit fails and traffic fails over', (id) => {
    const doc = templateById(id)!.build();
    const circuits = new Set(doc.elements.filter((e) => e.kind === 'erCircuit').map((e) => e.id));
    const failover = (doc.scenes ?? []).find((s) => s.failedIds.some((f) => circuits.has(f)));
    expect(failover).toBeDefined();
    expect(failover!.caption).toMatch(/fails over to the (site-to-site VPN|\w+ circuit)/);
    // The primary circuit is the first one drawn.
    expect(failover!.failedIds).toContain(doc.elements.find((e) => e.kind === 'erCircuit')!.id);
  });
});

describe('docs/templates.md', () => {
  const page = readFileSync('docs/templates.md', 'utf8');

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('describes %s with its title and every scene', (id, template) => {
    expect(page).toContain(`${template.title} (\`${id}\`)`);
    for (const scene of template.build().scenes ?? []) expect(page, `${id}: ${scene.title}`).toContain(`**${scene.title}**`);
  });
});
