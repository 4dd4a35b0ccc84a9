import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/format';
import { whatIf } from '../../shared/whatif';
import { trafficOf, visibleItems } from './presentation';
import failoverText from '../../examples/expressroute-with-vpn-failover.topo.json?raw';

const loaded = loadDocument(failoverText);
if (!loaded.ok) throw new Error('the failover example does not load');
const doc = loaded.document;
const everything = new Set(doc.elements.map((e) => e.id));

describe('what a scene shows', () => {
  it('shows everything when the design has no scenes', () => {
    const { elementIds, linkIds } = visibleItems(doc, undefined);
    expect(elementIds.size).toBe(doc.elements.length);
    expect(linkIds.size).toBe(doc.links.length);
  });

  it('adds the containers of a shown gateway and leaves out links whose other end is not shown', () => {
    const { elementIds, linkIds } = visibleItems(doc, { id: 's', title: '', caption: '', elementIds: ['ergw-hub', 'gone'], linkIds: ['er-conn'], failedIds: [] });
    expect([...elementIds].sort()).toEqual(['ergw-hub', 'snet-gateway', 'vnet-hub']);
    expect([...linkIds]).toEqual([]);
  });
});

describe('traffic along the paths in use', () => {
  it('runs over the ExpressRoute path while everything is up, not over the standby tunnel', () => {
    const traffic = trafficOf(doc, whatIf(doc, []), everything);
    expect([...traffic.keys()].sort()).toEqual(['er-conn', 'lastmile-colt', 'peering-hub-spoke', 'xc-colt']);
    expect(traffic.get('lastmile-colt')).toEqual({ via: 'expressRoute', forward: true, encrypted: false, overInternet: false });
  });

  it('moves to the encrypted tunnel over the internet when the circuit fails', () => {
    const traffic = trafficOf(doc, whatIf(doc, ['er-london']), everything);
    expect(traffic.get('s2s-failover')).toEqual({ via: 'vpn', forward: true, encrypted: true, overInternet: true });
    expect(traffic.get('lastmile-fw')).toEqual({ via: 'vpn', forward: true, encrypted: false, overInternet: false });
    expect(traffic.has('er-conn')).toBe(false);
  });

  it('shows no traffic for a site the scene does not show', () => {
    expect(trafficOf(doc, whatIf(doc, []), new Set(['vnet-hub'])).size).toBe(0);
  });
});
