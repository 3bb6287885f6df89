// The public API of @odc/core: the connector schema, and the push engine the API's worker runs.
export * from './schema/index.js';

export {
  executePush,
  type PushConnector,
  type PushContext,
  type PushDeps,
  type PushOutcome,
  type SentRequest,
} from './execute-push.js';
export { isRetryableStatus } from './push-outcome.js';

export {
  createHttpClient,
  HttpError,
  MAX_RESPONSE_BYTES,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './http/client.js';
export { parseAllowList, TargetBlockedError, type AllowList } from './http/guard.js';
export { redactHeaders, redactUrl } from './http/redact.js';

export { createTokenCache, type CachedToken, type TokenCache } from './auth/token-cache.js';

export {
  createListCache,
  LIST_CACHE_TTL_MS,
  listKey,
  MatchingError,
  resolveMatches,
  type ListCache,
  type MatchingContext,
} from './matching/index.js';

export { createRateLimiter, type RateLimiter } from './delivery/rate-limiter.js';
export { systemClock, type Clock } from './delivery/clock.js';
export { RETRY_AFTER_CAP_MS, backoffDelayMs, parseRetryAfter } from './delivery/backoff.js';

export {
  newSigningSecret,
  signatureHeaders,
  signingSecrets,
  SIGNING_OVERLAP_MS,
  type SigningKeys,
} from './signing/sign.js';

export { readResponseValue, type ResponseRead } from './response/read.js';
export { describeFailure, evaluateCriteria, type CriterionResult } from './criteria/evaluate.js';
