// Rules: ExpressRoute circuits, gateways and Global Reach.
import type { Rule } from '../types';

export const EXPRESSROUTE_RULES: readonly Rule[] = [];
