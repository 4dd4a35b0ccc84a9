// The document schema: the single source of truth for the shape of a design. TypeScript types are
// inferred from it (types.ts), and the load pipeline validates files against it.
//
// Objects are "loose": unknown fields survive a load/save round trip, so a file written by a newer
// minor release keeps its extra data when an older one saves it (excalidraw's restore does the same).
// Free-text network values (CIDRs, IPs) are plain strings on purpose: a half-typed or wrong prefix
// is kept exactly as typed and reported by validation, never dropped or rewritten by the loader.
import { z } from 'zod';
import {
  CIRCUIT_BANDWIDTHS_MBPS,
  CIRCUIT_TIERS,
  DATA_PLANS,
  ER_GATEWAY_SKUS,
  IKE_VERSIONS,
  MICROSOFT_SERVICES,
  P2S_AUTH_TYPES,
  P2S_PROTOCOLS,
  PROVIDER_STATES,
  VPN_GATEWAY_SKUS,
  VPN_GENERATIONS,
  VPN_TYPES,
} from './enums';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const text = z.string().max(10_000);
const shortText = z.string().max(500);
const cidrList = z.array(shortText).max(1_000);
const asn = z.number().int().min(1).max(4_294_967_295).nullable();

const traffic = z
  .looseObject({
    gbPerMonth: finite.min(0).default(0),
    peakMbps: finite.min(0).default(0),
  })
  .prefault({});

const bgp = z
  .looseObject({
    enabled: z.boolean().default(false),
    asn: asn.default(null),
    peerIp: shortText.default(''),
  })
  .prefault({});

export const onPremSiteProps = z
  .looseObject({
    city: shortText.default(''),
    latitude: finite.min(-90).max(90).nullable().default(null),
    longitude: finite.min(-180).max(180).nullable().default(null),
    addressSpaces: cidrList.default([]),
    mustNotTraverseInternet: z.boolean().default(false),
    traffic,
  })
  .prefault({});

export const vpnDeviceProps = z
  .looseObject({
    publicIp: shortText.default(''),
    vendor: shortText.default(''),
    asn: asn.default(null),
  })
  .prefault({});

export const localNetworkGatewayProps = z
  .looseObject({
    gatewayIp: shortText.default(''),
    addressSpaces: cidrList.default([]),
    bgp,
  })
  .prefault({});

export const p2sUserGroupProps = z
  .looseObject({
    users: z.number().int().min(0).max(1_000_000).default(50),
    protocols: z.array(z.enum(P2S_PROTOCOLS)).max(3).default(['OpenVPN']),
    authentication: z.enum(P2S_AUTH_TYPES).default('Certificate'),
    addressPool: shortText.default(''),
    traffic,
  })
  .prefault({});

export const vnetProps = z
  .looseObject({
    region: shortText.default('westeurope'),
    addressSpaces: cidrList.default([]),
  })
  .prefault({});

export const subnetProps = z.looseObject({ prefix: shortText.default('') }).prefault({});

export const vpnGatewayProps = z
  .looseObject({
    sku: z.enum(VPN_GATEWAY_SKUS).default('VpnGw1AZ'),
    generation: z.enum(VPN_GENERATIONS).default('Gen1'),
    vpnType: z.enum(VPN_TYPES).default('RouteBased'),
    activeActive: z.boolean().default(false),
    /** NAT rules configured (VpnGw2 and up only). */
    nat: z.boolean().default(false),
    bgp,
  })
  .prefault({});

export const erGatewayProps = z
  .looseObject({
    sku: z.enum(ER_GATEWAY_SKUS).default('ErGw1Az'),
    scaleUnits: z.number().int().min(1).max(40).default(1),
    fastPath: z.boolean().default(false),
  })
  .prefault({});

export const erCircuitProps = z
  .looseObject({
    bandwidthMbps: z
      .number()
      .refine((n) => (CIRCUIT_BANDWIDTHS_MBPS as readonly number[]).includes(n), {
        message: `must be one of ${CIRCUIT_BANDWIDTHS_MBPS.join(', ')} (Mbps)`,
      })
      .default(1000),
    tier: z.enum(CIRCUIT_TIERS).default('Standard'),
    dataPlan: z.enum(DATA_PLANS).default('Metered'),
    peeringLocation: shortText.default(''),
    provider: shortText.default(''),
    expressRouteDirect: z.boolean().default(false),
    /** MACsec on the ExpressRoute Direct ports (encrypts the link; Direct only). */
    macsec: z.boolean().default(false),
    providerState: z.enum(PROVIDER_STATES).default('NotProvisioned'),
    peerings: z
      .looseObject({
        private: z.boolean().default(true),
        microsoft: z.boolean().default(false),
      })
      .prefault({}),
  })
  .prefault({});

export const connectivityProviderProps = z.looseObject({ provider: shortText.default('') }).prefault({});
export const peeringLocationProps = z.looseObject({ location: shortText.default('') }).prefault({});
export const microsoftServicesProps = z
  .looseObject({ services: z.array(z.enum(MICROSOFT_SERVICES)).max(3).default(['Microsoft365']) })
  .prefault({});

const id = z.string().min(1).max(200);
// Canvas coordinates far beyond any real drawing (a 1e308 position) break the canvas's geometry
// (NaN and -Infinity in SVG paths), so positions are bounded to ±10 million units.
const coordinate = finite.min(-1e7, 'must be within ±10,000,000 (canvas units)').max(1e7, 'must be within ±10,000,000 (canvas units)');
const position = z.object({ x: coordinate, y: coordinate });
const size = z.object({ width: finite.positive(), height: finite.positive() });

const elementBase = {
  id,
  name: shortText.default(''),
  notes: text.default(''),
  position,
  parentId: id.optional(),
  size: size.optional(),
};

export const elementSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...elementBase, kind: z.literal('onPremSite'), props: onPremSiteProps }),
  z.looseObject({ ...elementBase, kind: z.literal('vpnDevice'), props: vpnDeviceProps }),
  z.looseObject({ ...elementBase, kind: z.literal('localNetworkGateway'), props: localNetworkGatewayProps }),
  z.looseObject({ ...elementBase, kind: z.literal('p2sUserGroup'), props: p2sUserGroupProps }),
  z.looseObject({ ...elementBase, kind: z.literal('vnet'), props: vnetProps }),
  z.looseObject({ ...elementBase, kind: z.literal('subnet'), props: subnetProps }),
  z.looseObject({ ...elementBase, kind: z.literal('vpnGateway'), props: vpnGatewayProps }),
  z.looseObject({ ...elementBase, kind: z.literal('erGateway'), props: erGatewayProps }),
  z.looseObject({ ...elementBase, kind: z.literal('erCircuit'), props: erCircuitProps }),
  z.looseObject({ ...elementBase, kind: z.literal('connectivityProvider'), props: connectivityProviderProps }),
  z.looseObject({ ...elementBase, kind: z.literal('peeringLocation'), props: peeringLocationProps }),
  z.looseObject({ ...elementBase, kind: z.literal('microsoftServices'), props: microsoftServicesProps }),
]);

const emptyProps = z.looseObject({}).prefault({});

export const s2sProps = z
  .looseObject({
    sharedKey: shortText.default(''),
    ikeVersion: z.enum(IKE_VERSIONS).default('IKEv2'),
    bgp: z.boolean().default(false),
  })
  .prefault({});
export const vnetPeeringProps = z
  .looseObject({
    allowGatewayTransit: z.boolean().default(false),
    useRemoteGateways: z.boolean().default(false),
  })
  .prefault({});
export const globalReachProps = z.looseObject({ subnet: shortText.default('') }).prefault({});
export const lastMileProps = z
  .looseObject({ bandwidthMbps: finite.positive().nullable().default(null) })
  .prefault({});
export const microsoftPeeringProps = z
  .looseObject({
    advertisedPrefixes: cidrList.default([]),
    routeFilter: z.boolean().default(false),
  })
  .prefault({});

const linkBase = { id, source: id, target: id, name: shortText.default(''), notes: text.default('') };

export const linkSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...linkBase, kind: z.literal('s2s'), props: s2sProps }),
  z.looseObject({ ...linkBase, kind: z.literal('p2s'), props: emptyProps }),
  z.looseObject({ ...linkBase, kind: z.literal('erConnection'), props: emptyProps }),
  z.looseObject({ ...linkBase, kind: z.literal('providerCrossConnect'), props: emptyProps }),
  z.looseObject({ ...linkBase, kind: z.literal('lastMile'), props: lastMileProps }),
  z.looseObject({ ...linkBase, kind: z.literal('vnetPeering'), props: vnetPeeringProps }),
  z.looseObject({ ...linkBase, kind: z.literal('globalReach'), props: globalReachProps }),
  z.looseObject({ ...linkBase, kind: z.literal('microsoftPeering'), props: microsoftPeeringProps }),
]);

/**
 * One step of a presentation: which elements and links are shown, with a caption, and which of
 * them are failed for a what-if ("the circuit goes down"). Ids that no longer exist are ignored
 * when presenting, so deleting an element never makes a design unloadable.
 */
export const sceneSchema = z.looseObject({
  id,
  title: shortText.default(''),
  caption: text.default(''),
  elementIds: z.array(id).max(100_000).default([]),
  linkIds: z.array(id).max(200_000).default([]),
  failedIds: z.array(id).max(100_000).default([]),
});

export const documentSchema = z.looseObject({
  title: shortText.default('Untitled design'),
  description: text.default(''),
  elements: z.array(elementSchema).max(100_000).default([]),
  links: z.array(linkSchema).max(200_000).default([]),
  /**
   * Prices (USD) the design sets in place of the price book's, by price-book id: a customer's own
   * rates, a figure the book does not know, or an import from the Azure Retail Prices API. Optional,
   * so a design without overrides saves exactly as before; ids the book does not know are kept for
   * newer releases and ignored by the estimator.
   */
  priceOverrides: z.record(z.string().max(200), finite.min(0)).optional(),
  /** The design's presentation, in order. Optional, so a design without scenes saves as before. */
  scenes: z.array(sceneSchema).max(1000).optional(),
});
