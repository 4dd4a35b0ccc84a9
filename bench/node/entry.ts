// What bench/run.mjs needs from the TypeScript sources, bundled by esbuild into one module.
export { benchValidateEstimate } from './validateEstimate';
export { benchLayout } from './layout';
export { largeDesign } from '../../shared/testing/largeDesign';
export { serializeDocument } from '../../shared/format/serialize';
export { median, quantile, spread, roundSpread, round } from '../lib/stats';
export { nodeRects } from './nodeRects';
export { validate, countBySeverity } from '../../shared/validation/validate';
