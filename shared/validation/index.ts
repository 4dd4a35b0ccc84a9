export * from './types';
export { validate, countBySeverity } from './validate';
export { ALL_RULES, ruleById } from './rules';
export { ValidationContext } from './context';
