// What a design costs each month: one line per priced element or link, each with its formula and
// inputs, and the total of the known lines. Pure and deterministic: the same document and price
// book give the same estimate, lines in document order (elements, then links).
//
// Priced: VPN gateways (SKU, tunnels and point-to-site connections beyond the included ones),
// ExpressRoute gateways, ExpressRoute circuits (fee + metered data out), internet egress of VPN
// traffic (one line per site or point-to-site group, itemId = its id), VNet peerings (per GB
// crossing) and Global Reach (add-on only). Traffic attribution: see trafficAttribution.ts.
// Not priced: public IPs, gateway data processing, VNet-to-VNet VPN (not in the model), the
// connectivity provider's own charges.
import { DEFAULT_PRICE_BOOK } from '../data/priceBook';
import type { TopologyDocument } from '../model/types';
import { contextOf } from '../validation/context';
import { circuitCost, erGatewayCost, vpnGatewayCost } from './costOfElement';
import { globalReachCost, peeringCost } from './costOfLink';
import { egressByZone, internetEgressCost } from './internetEgress';
import { applyPriceOverrides, priceOverridesOf } from './priceOverrides';
import { attributeTraffic } from './trafficAttribution';
import type { CostEstimate, CostLine, PriceBook } from './types';

const SITE_EGRESS = [
  'Internet egress over site-to-site VPN',
  'the data Azure sends to the site (data in is free), over VPN because the site has no ExpressRoute path; shared evenly among the VNets it reaches',
] as const;
const P2S_EGRESS = ['Internet egress over point-to-site VPN', 'the data Azure sends to the users, shared evenly among the linked VPN gateways'] as const;

export function estimateCost(doc: TopologyDocument, book: PriceBook = DEFAULT_PRICE_BOOK): CostEstimate {
  const prices = applyPriceOverrides(book, priceOverridesOf(doc));
  const ctx = contextOf(doc);
  const traffic = attributeTraffic(ctx);
  const egress = egressByZone(ctx, traffic, prices);
  const lines: CostLine[] = [];

  for (const element of doc.elements) {
    switch (element.kind) {
      case 'vpnGateway':
        lines.push(vpnGatewayCost(element, ctx, prices));
        break;
      case 'erGateway':
        lines.push(erGatewayCost(element, prices));
        break;
      case 'erCircuit':
        lines.push(circuitCost(element, traffic.circuits.get(element.id), ctx, prices));
        break;
      case 'onPremSite':
      case 'p2sUserGroup': {
        const flows = traffic.internet.get(element.id);
        if (!flows) break;
        const [label, attribution] = element.kind === 'onPremSite' ? SITE_EGRESS : P2S_EGRESS;
        lines.push(internetEgressCost(element.id, label, attribution, flows, egress, ctx, prices));
        break;
      }
      default:
        break;
    }
  }
  const globalReachCharged = new Set<string>();
  for (const link of doc.links) {
    if (link.kind === 'vnetPeering') lines.push(peeringCost(link, traffic.peerings.get(link.id) ?? [], ctx, prices));
    else if (link.kind === 'globalReach') lines.push(globalReachCost(link, globalReachCharged, ctx, prices));
  }

  let totalUsd = 0;
  let incomplete = false;
  for (const line of lines) {
    if (line.monthlyUsd === null) incomplete = true;
    else totalUsd += line.monthlyUsd;
  }
  return { currency: prices.currency, effectiveDate: prices.effectiveDate, lines, totalUsd, incomplete };
}
