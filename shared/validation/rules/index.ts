// Every rule, by group. Each group file lists the rules of one area; a rule is one file beside it.
import type { Rule } from '../types';
import { GATEWAY_RULES } from './gatewayRules';
import { VPN_RULES } from './vpnRules';
import { ADDRESSING_RULES } from './addressingRules';
import { EXPRESSROUTE_RULES } from './expressRouteRules';
import { DESIGN_RULES } from './designRules';

export const ALL_RULES: readonly Rule[] = [...GATEWAY_RULES, ...VPN_RULES, ...ADDRESSING_RULES, ...EXPRESSROUTE_RULES, ...DESIGN_RULES];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
