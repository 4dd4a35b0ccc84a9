// Rules: Address spaces, subnets and overlaps.
import type { Rule } from '../types';
import { addressOverlapConnected } from './addressOverlapConnected';
import { forbiddenAddressRange } from './forbiddenAddressRange';
import { invalidCidr } from './invalidCidr';
import { nonPrivateAddressSpace } from './nonPrivateAddressSpace';
import { subnetOutsideVnet } from './subnetOutsideVnet';
import { subnetOverlap } from './subnetOverlap';
import { subnetSize } from './subnetSize';

export const ADDRESSING_RULES: readonly Rule[] = [
  invalidCidr,
  forbiddenAddressRange,
  subnetOutsideVnet,
  subnetOverlap,
  subnetSize,
  addressOverlapConnected,
  nonPrivateAddressSpace,
];
