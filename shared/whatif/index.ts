export * from './failures';
export * from './activePath';
export * from './whatIf';
