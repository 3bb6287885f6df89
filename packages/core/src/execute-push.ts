import { authHandler, type AuthContext } from './auth/handlers.js';
import type { TokenCache } from './auth/token-cache.js';
import { TokenError } from './auth/token-request.js';
import { evaluateCriteria } from './criteria/evaluate.js';
import { backoffDelayMs, parseRetryAfter } from './delivery/backoff.js';
import { systemClock, type Clock } from './delivery/clock.js';
import type { RateLimiter } from './delivery/rate-limiter.js';
import { HttpError, type HttpClient, type HttpResponse } from './http/client.js';
import { redactHeaders, redactUrl } from './http/redact.js';
import {
  gaveUp,
  isRetryableStatus,
  responseReason,
  retryAfterHeader,
  type PushOutcome,
  type SentRequest,
} from './push-outcome.js';
import { compileRequest, RequestTemplateError, type RenderedRequest } from './push-request.js';
import type { ConnectorDefinition } from './schema/connector.schema.js';
import type { RecordValues } from './template/types.js';

export type { PushOutcome, SentRequest } from './push-outcome.js';

/** What executePush needs from its host; one set shared by every push of a process. */
export interface PushDeps {
  /** createHttpClient(): pooled undici with the target guard. */
  http: HttpClient;
  /** createTokenCache(): TOKEN and OAuth2 access tokens per connector. */
  tokens: TokenCache;
  /** Applied when the connector sets rateLimitPerMinute; without one the limit is not enforced. */
  rateLimiter?: RateLimiter;
  /** Default systemClock. */
  clock?: Clock;
  /** Jitter source in [0, 1); default Math.random. */
  random?: () => number;
}

export interface PushConnector {
  /** Token cache and rate limiter key. */
  id: string;
  definition: ConnectorDefinition;
}

export interface PushContext {
  /** Sent as Idempotency-Key on every attempt. */
  runId: string;
  /** 1-based. */
  attempt: number;
}

interface Failure {
  reason: string;
  retryable: boolean;
  response?: HttpResponse;
  criteria?: PushOutcome['criteria'];
  retryAfterMs?: number | null;
}

/**
 * One attempt of one push: render the request, authenticate, send, judge the response.
 * Never throws for anything a target, token endpoint or template can do: the outcome says
 * SUCCESS, RETRY (at retryAt, while attempt < delivery.maxAttempts) or FAILURE with a reason.
 * The caller stores the outcome and schedules the next attempt; nothing here sleeps except the
 * rate limiter, whose wait is not part of durationMs.
 */
export async function executePush(
  connector: PushConnector,
  values: RecordValues,
  ctx: PushContext,
  deps: PushDeps,
): Promise<PushOutcome> {
  const clock = deps.clock ?? systemClock;
  const def = connector.definition;
  const { method } = def.request;
  const { timeoutMs, maxAttempts, rateLimitPerMinute } = def.delivery;

  let rendered: RenderedRequest;
  try {
    rendered = compileRequest(def).render(values);
  } catch (error) {
    if (!(error instanceof RequestTemplateError)) throw error;
    const request = { method, url: redactUrl(def.request.url), headers: {}, body: null };
    return { status: 'FAILURE', request, durationMs: 0, criteria: [], reason: error.message };
  }
  const headers = rendered.headers;
  headers['idempotency-key'] = ctx.runId;
  const request: SentRequest = {
    method,
    url: redactUrl(rendered.url),
    headers,
    body: rendered.body,
  };

  if (rateLimitPerMinute && deps.rateLimiter)
    await deps.rateLimiter.acquire(connector.id, rateLimitPerMinute);
  const started = clock.now();

  const fail = (f: Failure): PushOutcome => {
    const outcome: PushOutcome = {
      status: 'FAILURE',
      request,
      ...(f.response ? { response: responseOf(f.response) } : {}),
      durationMs: clock.now() - started,
      criteria: f.criteria ?? [],
      reason: f.reason,
    };
    if (!f.retryable) return outcome;
    if (ctx.attempt >= maxAttempts) return { ...outcome, reason: gaveUp(f.reason, ctx.attempt) };
    const delay = f.retryAfterMs ?? backoffDelayMs(ctx.attempt, deps.random);
    return { ...outcome, status: 'RETRY', retryAt: new Date(clock.now() + delay) };
  };

  const auth = authHandler(def.authentication);
  const authCtx: AuthContext = {
    connectorId: connector.id,
    http: deps.http,
    tokens: deps.tokens,
    clock,
    timeoutMs,
  };
  const body = rendered.body ?? undefined;
  let authorization: string | null = null;
  const send = async () => {
    authorization = await auth.header(def.authentication, authCtx);
    if (authorization) headers.authorization = authorization;
    return deps.http.send({ method, url: rendered.url, headers, body, timeoutMs });
  };

  try {
    let res = await send();
    if (res.status === 401 && auth.invalidate(def.authentication, authCtx, authorization))
      res = await send();
    request.headers = redactHeaders(headers);
    const criteria = evaluateCriteria(def.successCriteria, res);
    const failed = criteria.find((c) => !c.passed);
    if (!failed) {
      const durationMs = clock.now() - started;
      return {
        status: 'SUCCESS',
        request,
        response: responseOf(res),
        durationMs,
        criteria,
        reason: null,
      };
    }
    const retryable = isRetryableStatus(res.status);
    return fail({
      reason: responseReason(res, failed),
      retryable,
      response: res,
      criteria,
      retryAfterMs: retryable ? parseRetryAfter(retryAfterHeader(res), clock.now()) : null,
    });
  } catch (error) {
    request.headers = redactHeaders(headers);
    if (error instanceof HttpError)
      return fail({
        reason: error.message,
        retryable: error.kind === 'network' || error.kind === 'timeout',
      });
    if (error instanceof TokenError)
      return fail({ reason: error.message, retryable: error.retryable });
    throw error;
  }
}

function responseOf(res: HttpResponse): NonNullable<PushOutcome['response']> {
  return { status: res.status, body: res.body, truncated: res.truncated };
}
