// Rules: Resilience, security and compliance.
import type { Rule } from '../types';

export const DESIGN_RULES: readonly Rule[] = [];
