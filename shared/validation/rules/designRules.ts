// Rules: Resilience, security and compliance.
import type { Rule } from '../types';
import { singleCircuit } from './singleCircuit';
import { singlePeeringLocation } from './singlePeeringLocation';
import { noVpnBackup } from './noVpnBackup';
import { vpnNotActiveActive } from './vpnNotActiveActive';
import { siteSinglePath } from './siteSinglePath';
import { expressRouteNotEncrypted } from './expressRouteNotEncrypted';
import { siteInternetPathForbidden } from './siteInternetPathForbidden';

export const DESIGN_RULES: readonly Rule[] = [
  // Resilience
  singleCircuit,
  singlePeeringLocation,
  noVpnBackup,
  vpnNotActiveActive,
  siteSinglePath,
  // Security and compliance
  expressRouteNotEncrypted,
  siteInternetPathForbidden,
];
