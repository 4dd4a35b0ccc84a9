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
import { kindsRead, namesRead } from '../validation/testing/ruleReads';
import { readsCorpus } from '../validation/testing/readsCorpus';
import { estimateCost, estimateCostWhole } from './cost';
import { CIRCUIT_LINE_NAME_READS, CIRCUIT_LINE_READS, circuitCost, erGatewayCost, VPN_GATEWAY_LINE_READS, vpnGatewayCost } from './costOfElement';
import { PEERING_LINE_READS, peeringCost } from './costOfLink';
import { EGRESS_LINE_READS, egressAttribution, egressOfZones, internetEgressCost, ZONE_READS, zoneOfGateway } from './internetEgress';
import { withBranchesDualHomed } from './testing/manyParts';
import { attributeTraffic, TRAFFIC_NAME_READS, TRAFFIC_READS } from './trafficAttribution';
import type { CostLine } from './types';

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

/** The kinds whose names `read` reads other than in labels over the corpus that `declared` leaves out. */
function namesUndeclared(declared: readonly ElementKind[], read: (doc: TopologyDocument) => Array<(ctx: ValidationContext) => unknown>): ElementKind[] {
  const found = new Set<ElementKind>();
  for (const doc of readsCorpus()) for (const reader of read(doc)) for (const kind of namesRead(reader, doc)) if (!declared.includes(kind)) found.add(kind);
  return [...found].sort();
}

/**
 * The ids a line labels when read in full (serialised) that were not noted while it was made: a
 * rename of one of them would keep the line saying the old name.
 */
function labelledUnnoted(make: (ctx: ValidationContext) => CostLine, doc: TopologyDocument): string[] {
  const ctx = new ValidationContext(doc);
  const made = ctx.labelling(() => make(ctx));
  const read = ctx.labelling(() => json(made.value));
  return read.labelled.filter((id) => !made.labelled.includes(id));
}

describe('whose names the cost estimate reads, and where it labels them', () => {
  const lineMakers = (doc: TopologyDocument): Array<(ctx: ValidationContext) => CostLine> => {
    const traffic = trafficOf(doc);
    return [
      ...ofKind(doc, 'vpnGateway').map((g) => (ctx: ValidationContext) => vpnGatewayCost(ctx.byId.get(g.id) as typeof g, ctx, book)),
      ...ofKind(doc, 'erCircuit').map((c) => (ctx: ValidationContext) => circuitCost(ctx.byId.get(c.id) as typeof c, traffic.circuits.get(c.id), ctx, book)),
      ...doc.links.filter((l): l is LinkOfKind<'vnetPeering'> => l.kind === 'vnetPeering').map((link) => (ctx: ValidationContext) => peeringCost(link, traffic.peerings.get(link.id) ?? [], ctx, book)),
    ];
  };

  it('the traffic attribution reads the names of TRAFFIC_NAME_READS only, and labels nothing', () => {
    expect(namesUndeclared(TRAFFIC_NAME_READS, () => [(ctx) => attributeTraffic(ctx)])).toEqual([]);
    for (const doc of readsCorpus()) {
      const ctx = new ValidationContext(doc);
      expect(ctx.labelling(() => attributeTraffic(ctx)).labelled).toEqual([]);
    }
  });

  it("a circuit's line reads the names of CIRCUIT_LINE_NAME_READS other than in labels, the gateways' and peerings' lines none", () => {
    const circuitsOnly = (doc: TopologyDocument) => {
      const traffic = trafficOf(doc);
      return ofKind(doc, 'erCircuit').map((c) => (ctx: ValidationContext) => json(circuitCost(ctx.byId.get(c.id) as typeof c, traffic.circuits.get(c.id), ctx, book)));
    };
    expect(namesUndeclared(CIRCUIT_LINE_NAME_READS, circuitsOnly)).toEqual([]);
    const others = (doc: TopologyDocument) => lineMakers(doc).map((make) => (ctx: ValidationContext) => json(make(ctx)));
    expect(namesUndeclared(CIRCUIT_LINE_NAME_READS, others)).toEqual([]);
    const traffic = (doc: TopologyDocument) => trafficOf(doc);
    const withoutCircuits = (doc: TopologyDocument) => [
      ...ofKind(doc, 'vpnGateway').map((g) => (ctx: ValidationContext) => json(vpnGatewayCost(ctx.byId.get(g.id) as typeof g, ctx, book))),
      ...doc.links.filter((l): l is LinkOfKind<'vnetPeering'> => l.kind === 'vnetPeering').map((link) => (ctx: ValidationContext) => json(peeringCost(link, traffic(doc).peerings.get(link.id) ?? [], ctx, book))),
    ];
    expect(namesUndeclared([], withoutCircuits)).toEqual([]);
  });

  it('every line notes, while it is made, each id it labels when read in full', () => {
    for (const doc of readsCorpus()) for (const make of lineMakers(doc)) expect(labelledUnnoted(make, doc)).toEqual([]);
  });

  it("a site's internet egress line reads EGRESS_LINE_READS (the gateways it labels)", () => {
    expect(
      undeclared(EGRESS_LINE_READS, (doc) => {
        const traffic = trafficOf(doc);
        return [...traffic.internet].map(([siteId, flows]) => ({
          reader: (ctx: ValidationContext) => {
            const gateways = new Map([...flows.ids()].map((id) => [id, zoneOfGateway(new ValidationContext(doc), id)]));
            const zones = egressOfZones(new Map([...gateways.values()].map((g) => [g.zone, 1000])), book);
            return json(internetEgressCost(siteId, 'egress', egressAttribution('attribution'), flows, { gateways, zones }, ctx, book));
          },
        }));
      }),
    ).toEqual([]);
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

  it('keeps through a rename every line that does not label the element, and labels it anew where one does', () => {
    const before = withBranchesDualHomed(largeDesign(400));
    estimateCost(before);
    const doc = updateElement(before, 'hub-0-site-3', { name: 'first edit' });
    const cost = estimateCost(doc);
    // A branch whose traffic crosses its hub's peerings to the spokes: those lines list it.
    const renamed = updateElement(doc, 'hub-1-site-0', { name: 'Renamed branch' });
    const after = estimateCost(renamed);
    expect(json(after)).toBe(json(estimateCostWhole(renamed)));
    const naming = after.lines.filter((l) => json(l).includes('Renamed branch'));
    expect(naming.length).toBeGreaterThan(1);
    for (const l of naming) expect(l).not.toBe(line(cost, l.itemId));
    // Every other line is kept: the lines of the gateways, circuits and peerings, and the internet egress lines.
    const others = after.lines.filter((l) => !json(l).includes('Renamed branch'));
    expect(others.length).toBeGreaterThan(100);
    for (const l of others) expect([l.itemId, l === line(cost, l.itemId)]).toEqual([l.itemId, true]);

    // A gateway renamed: the internet egress lines through it say its new name.
    const gatewayRenamed = updateElement(renamed, 'hub-1-vpngw', { name: 'Renamed gateway' });
    const afterGateway = estimateCost(gatewayRenamed);
    expect(json(afterGateway)).toBe(json(estimateCostWhole(gatewayRenamed)));
    expect(afterGateway.lines.some((l) => l.inputs.some((i) => i.name === 'Through "Renamed gateway"'))).toBe(true);
  });
});
