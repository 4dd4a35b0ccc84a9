// Rules: ExpressRoute circuits, gateways and Global Reach.
import type { Rule } from '../types';
import { circuitLocalScope } from './circuitLocalScope';
import { circuitNotProvisioned } from './circuitNotProvisioned';
import { circuitProvider } from './circuitProvider';
import { circuitPublicPeering } from './circuitPublicPeering';
import { circuitStandardScope } from './circuitStandardScope';
import { circuitVnetLinkLimit } from './circuitVnetLinkLimit';
import { erFastPathSku } from './erFastPathSku';
import { erGatewayCircuitLimit } from './erGatewayCircuitLimit';
import { globalReachRequirements } from './globalReachRequirements';
import { globalReachTransitivity } from './globalReachTransitivity';
import { microsoft365Peering } from './microsoft365Peering';

export const EXPRESSROUTE_RULES: readonly Rule[] = [
  circuitProvider,
  circuitNotProvisioned,
  circuitVnetLinkLimit,
  circuitLocalScope,
  circuitStandardScope,
  circuitPublicPeering,
  microsoft365Peering,
  erGatewayCircuitLimit,
  erFastPathSku,
  globalReachRequirements,
  globalReachTransitivity,
];
