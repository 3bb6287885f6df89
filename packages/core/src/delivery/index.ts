export * from './clock.js';
export * from './backoff.js';
export * from './rate-limiter.js';
