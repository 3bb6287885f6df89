// Browser-safe entry: the connector schema, enums, field catalogs and templates (no Node APIs).
export * from './enums.js';
export * from './connector.schema.js';
export * from '../fields/index.js';
export * from '../template/index.js';
export * from './settings.js';
export * from './response-mapping.js';
export * from './stored.js';
export { BACKOFF_SCHEDULE_MS, describeHorizon, retryHorizonMs } from '../delivery/backoff.js';
export * from './text.js';
export { SIGNATURE_HEADERS } from './signing.js';
