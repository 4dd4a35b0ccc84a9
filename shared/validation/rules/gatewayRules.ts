// Rules: GatewaySubnet, gateway placement and VPN/ExpressRoute coexistence.
import type { Rule } from '../types';
import { coexistenceRequirements } from './coexistenceRequirements';
import { gatewayOutsideVnet } from './gatewayOutsideVnet';
import { gatewaySubnetMissing } from './gatewaySubnetMissing';
import { gatewaySubnetName } from './gatewaySubnetName';
import { gatewaySubnetNotEmpty } from './gatewaySubnetNotEmpty';
import { gatewaySubnetTooSmall } from './gatewaySubnetTooSmall';
import { tooManyGateways } from './tooManyGateways';

export const GATEWAY_RULES: readonly Rule[] = [
  gatewaySubnetTooSmall,
  gatewaySubnetMissing,
  gatewaySubnetName,
  gatewaySubnetNotEmpty,
  gatewayOutsideVnet,
  tooManyGateways,
  coexistenceRequirements,
];
