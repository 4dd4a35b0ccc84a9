// Rules: Address spaces, subnets and overlaps.
import type { Rule } from '../types';

export const ADDRESSING_RULES: readonly Rule[] = [];
