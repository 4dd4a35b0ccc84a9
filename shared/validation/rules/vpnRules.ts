// Rules: VPN gateway SKUs, site-to-site connections and BGP.
import type { Rule } from '../types';

export const VPN_RULES: readonly Rule[] = [];
