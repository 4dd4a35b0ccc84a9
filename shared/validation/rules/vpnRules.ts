// Rules: VPN gateway SKUs, site-to-site connections and BGP.
import type { Rule } from '../types';
import { bgpReservedAsn } from './bgpReservedAsn';
import { bgpSameAsn } from './bgpSameAsn';
import { s2sDevicePublicIp } from './s2sDevicePublicIp';
import { s2sLocalNetworkGateway } from './s2sLocalNetworkGateway';
import { s2sSharedKey } from './s2sSharedKey';
import { vpnBasicSkuLimits } from './vpnBasicSkuLimits';
import { vpnLegacySku } from './vpnLegacySku';
import { vpnNatSku } from './vpnNatSku';
import { vpnP2sLimit } from './vpnP2sLimit';
import { vpnPolicyBased } from './vpnPolicyBased';
import { vpnSkuGeneration } from './vpnSkuGeneration';
import { vpnTunnelLimit } from './vpnTunnelLimit';

export const VPN_RULES: readonly Rule[] = [
  vpnTunnelLimit,
  vpnP2sLimit,
  vpnBasicSkuLimits,
  vpnLegacySku,
  vpnSkuGeneration,
  vpnNatSku,
  vpnPolicyBased,
  s2sDevicePublicIp,
  s2sLocalNetworkGateway,
  s2sSharedKey,
  bgpReservedAsn,
  bgpSameAsn,
];
