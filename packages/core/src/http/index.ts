export * from './client.js';
export {
  parseAllowList,
  assertTargetAllowed,
  TargetBlockedError,
  type AllowList,
} from './guard.js';
export { redactHeaders, redactUrl } from './redact.js';
