// After an edit in place of a design that is one part, the cost estimate takes from the part as
// priced before what the edit could not change (pricePart): the traffic attribution and each line,
// by the kinds of element each reads. Held here to what they read, and to one run over the whole
// document after such edits.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import type { ElementKind } from '../model/enums';
import { updateElement } from '../model/operations';
import type { ElementOfKind, LinkOfKind, TopologyDocument } from '../model/types';
import { largeDesign } from '../testing/largeDesign';
import { ValidationContext } from '../validation/context';
import { kindsRead } from '../validation/testing/ruleReads';
import { readsCorpus } from '../validation/testing/readsCorpus';
import { estimateCost, estimateCostWhole } from './cost';
import { CIRCUIT_LINE_READS, circuitCost, erGatewayCost, VPN_GATEWAY_LINE_READS, vpnGatewayCost } from './costOfElement';
import { PEERING_LINE_READS, peeringCost } from './costOfLink';
import { ZONE_READS, zoneOfGateway } from './internetEgress';
import { withBranchesDualHomed } from './testing/manyParts';
import { attributeTraffic, TRAFFIC_READS } from './trafficAttribution';

const book = DEFAULT_PRICE_BOOK;

/** What `read` reads over every design of the corpus that `declared` leaves out (a line's own element aside). */
function undeclared(declared: readonly ElementKind[], read: (doc: TopologyDocument) => Array<{ reader: (ctx: ValidationContext) => unknown; own?: string }>): ElementKind[] {
  const found = new Set<ElementKind>();
  for (const doc of readsCorpus()) {
    for (const { reader, own } of read(doc)) for (const kind of kindsRead(reader, doc, own)) if (!declared.includes(kind)) found.add(kind);
  }
  return [...found].sort();
}

const ofKind = <K extends ElementKind>(doc: TopologyDocument, kind: K) => doc.elements.filter((e): e is ElementOfKind<K> => e.kind === kind);
// Lines explain themselves when read: serialised, so that what they read then is read.
const json = (value: unknown) => JSON.stringify(value);
// The traffic of the plain design: its shares name sites and VNets by id, and read no element.
const trafficOf = (doc: TopologyDocument) => attributeTraffic(new ValidationContext(doc));

describe('what the cost estimate reads, by piece', () => {
  it('the traffic attribution reads TRAFFIC_READS', () => {
    expect(undeclared(TRAFFIC_READS, () => [{ reader: (ctx) => attributeTraffic(ctx) }])).toEqual([]);
  });

  it("a VPN gateway's line reads VPN_GATEWAY_LINE_READS besides the gateway, and an ExpressRoute gateway's only the gateway", () => {
    expect(undeclared(VPN_GATEWAY_LINE_READS, (doc) => ofKind(doc, 'vpnGateway').map((g) => ({ reader: (ctx) => json(vpnGatewayCost(ctx.byId.get(g.id) as typeof g, ctx, book)), own: g.id })))).toEqual([]);
    expect(undeclared([], (doc) => ofKind(doc, 'erGateway').map((g) => ({ reader: (ctx) => json(erGatewayCost(ctx.byId.get(g.id) as typeof g, book)), own: g.id })))).toEqual([]);
  });

  it("a circuit's line reads CIRCUIT_LINE_READS besides the circuit", () => {
    expect(
      undeclared(CIRCUIT_LINE_READS, (doc) => {
        const traffic = trafficOf(doc);
        return ofKind(doc, 'erCircuit').map((c) => ({ reader: (ctx) => json(circuitCost(ctx.byId.get(c.id) as typeof c, traffic.circuits.get(c.id), ctx, book)), own: c.id }));
      }),
    ).toEqual([]);
  });

  it("a peering's line reads PEERING_LINE_READS, and a gateway's zone ZONE_READS", () => {
    expect(
      undeclared(PEERING_LINE_READS, (doc) => {
        const traffic = trafficOf(doc);
        const peerings = doc.links.filter((l): l is LinkOfKind<'vnetPeering'> => l.kind === 'vnetPeering');
        return peerings.map((link) => ({ reader: (ctx) => json(peeringCost(link, traffic.peerings.get(link.id) ?? [], ctx, book)) }));
      }),
    ).toEqual([]);
    expect(undeclared(ZONE_READS, (doc) => ofKind(doc, 'vpnGateway').map((g) => ({ reader: (ctx) => zoneOfGateway(ctx, g.id) })))).toEqual([]);
  });
});

describe('the cost of a design that is one part, after an edit in place', () => {
  const line = (estimate: ReturnType<typeof estimateCost>, id: string) => estimate.lines.find((l) => l.itemId === id);

  it("keeps every line but the edited gateway's through a SKU edit, and works out again what a site's traffic changes", () => {
    // Branches tunnelled to two hubs: one part of 400 elements for the cost estimate.
    const before = withBranchesDualHomed(largeDesign(400));
    const cost = estimateCost(before);
    const resized = updateElement(before, 'hub-1-vpngw', { props: { sku: 'VpnGw5AZ' } });
    const afterSku = estimateCost(resized);
    expect(line(afterSku, 'hub-1-vpngw')).not.toBe(line(cost, 'hub-1-vpngw'));
    expect(line(afterSku, 'hub-1-vpngw')!.label).toContain('VpnGw5AZ');
    const others = afterSku.lines.filter((l) => l.itemId !== 'hub-1-vpngw' && !l.itemId.includes('-site-'));
    expect(others.length).toBeGreaterThan(20);
    for (const l of others) expect(l).toBe(line(cost, l.itemId));
    expect(json(afterSku)).toBe(json(estimateCostWhole(resized)));

    // More traffic for a site behind hub-1: its circuit's data out and its peerings' lines change.
    const site = resized.elements.find((e) => e.id === 'hub-1-site-0') as ElementOfKind<'onPremSite'>;
    const busier = updateElement(resized, site.id, { props: { traffic: { ...site.props.traffic, gbPerMonth: site.props.traffic.gbPerMonth + 5000 } } });
    const afterTraffic = estimateCost(busier);
    expect(afterTraffic.totalUsd).toBeGreaterThan(afterSku.totalUsd);
    expect(json(afterTraffic)).toBe(json(estimateCostWhole(busier)));
  });
});
