// Rules: GatewaySubnet, gateway placement and VPN/ExpressRoute coexistence.
import type { Rule } from '../types';
import { gatewaySubnetTooSmall } from './gatewaySubnetTooSmall';

export const GATEWAY_RULES: readonly Rule[] = [gatewaySubnetTooSmall];
