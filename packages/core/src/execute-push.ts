import { authHandler, type AuthContext } from './auth/handlers.js';
import type { TokenCache } from './auth/token-cache.js';
import { TokenError } from './auth/token-request.js';
import { describeFailure, evaluateCriteria, type CriterionResult } from './criteria/evaluate.js';
import { backoffDelayMs, parseRetryAfter } from './delivery/backoff.js';
import { systemClock, type Clock } from './delivery/clock.js';
import type { RateLimiter } from './delivery/rate-limiter.js';
import { HttpError, type HttpClient, type HttpResponse } from './http/client.js';
import { compileRequest } from './request/compile-request.js';
import { redactHeaders } from './request/redact.js';
import type { ConnectorDefinition } from './schema/connector.schema.js';
import type { RecordValues } from './template/types.js';

export interface PushDeps {
  http: HttpClient;
  tokens: TokenCache;
  rateLimiter?: RateLimiter;
  clock?: Clock;
  random?: () => number;
}

export interface PushConnector {
  id: string;
  definition: ConnectorDefinition;
}

export interface PushContext {
  /** Sent as Idempotency-Key on every attempt. */
  runId: string;
  /** 1-based. */
  attempt: number;
}

export interface SentRequest {
  method: string;
  url: string;
  /** Authorization and other credential headers read "[redacted]". */
  headers: Record<string, string>;
  body: string | null;
}

export interface PushOutcome {
  status: 'SUCCESS' | 'RETRY' | 'FAILURE';
  /** When to try again (status RETRY). */
  retryAt?: Date;
  request: SentRequest;
  response?: { status: number; body: string; truncated: boolean };
  durationMs: number;
  criteria: CriterionResult[];
  /** Why it did not succeed, in words a person can act on; null on success. */
  reason: string | null;
}

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

/** A redirect or a retryable status says so; otherwise the first criterion that failed. */
function failureReason(res: HttpResponse, failed: CriterionResult): string {
  const location = headerText(res.headers.location);
  if (res.status >= 300 && res.status < 400 && location)
    return `Redirect to ${location} was not followed`;
  if (isRetryableStatus(res.status))
    return `Target answered ${res.status} ${res.statusText}`.trim();
  const criterion = describeFailure(failed);
  return failed.source === 'STATUS_CODE' ? criterion : `${criterion} (status ${res.status})`;
}

/**
 * One attempt of one push: render, authenticate, send, judge. The caller schedules retries from
 * the outcome (RETRY with retryAt) and stores it; nothing here sleeps except the rate limiter.
 */
export async function executePush(
  connector: PushConnector,
  values: RecordValues,
  ctx: PushContext,
  deps: PushDeps,
): Promise<PushOutcome> {
  const clock = deps.clock ?? systemClock;
  const def = connector.definition;
  const { timeoutMs, maxAttempts, rateLimitPerMinute } = def.delivery;
  const rendered = compileRequest(def).render(values);
  const headers: Record<string, string> = { ...rendered.headers, 'idempotency-key': ctx.runId };
  const sent: SentRequest = {
    method: def.request.method,
    url: rendered.url,
    headers: redactHeaders(headers),
    body: rendered.body,
  };
  const started = clock.now();
  const finish = (
    outcome: Omit<PushOutcome, 'request' | 'durationMs'>,
    retryable = false,
    retryAfterMs: number | null = null,
  ): PushOutcome => {
    const durationMs = clock.now() - started;
    if (outcome.status !== 'FAILURE' || !retryable)
      return { ...outcome, request: sent, durationMs };
    if (ctx.attempt >= maxAttempts) {
      const reason = `${outcome.reason} (gave up after ${ctx.attempt} attempt${ctx.attempt === 1 ? '' : 's'})`;
      return { ...outcome, reason, request: sent, durationMs };
    }
    const delay = retryAfterMs ?? backoffDelayMs(ctx.attempt, deps.random);
    return {
      ...outcome,
      status: 'RETRY',
      retryAt: new Date(clock.now() + delay),
      request: sent,
      durationMs,
    };
  };

  const auth = authHandler(def.authentication);
  const authCtx: AuthContext = {
    connectorId: connector.id,
    http: deps.http,
    tokens: deps.tokens,
    clock,
    timeoutMs,
  };
  const send = async () => {
    const authorization = await auth.header(def.authentication, authCtx);
    const all = authorization ? { ...headers, authorization } : headers;
    sent.headers = redactHeaders(all);
    const body = def.request.method === 'GET' ? undefined : (rendered.body ?? undefined);
    return deps.http.send({
      method: def.request.method,
      url: rendered.url,
      headers: all,
      body,
      timeoutMs,
    });
  };

  try {
    if (rateLimitPerMinute) await deps.rateLimiter?.acquire(connector.id, rateLimitPerMinute);
    let res = await send();
    if (res.status === 401 && auth.invalidate(def.authentication, authCtx)) res = await send();
    const response = { status: res.status, body: res.body, truncated: res.truncated };
    const criteria = evaluateCriteria(def.successCriteria, res);
    const failed = criteria.find((c) => !c.passed);
    if (!failed) return finish({ status: 'SUCCESS', response, criteria, reason: null });
    const retryable = isRetryableStatus(res.status);
    const retryAfter = retryable
      ? parseRetryAfter(headerText(res.headers['retry-after']), clock.now())
      : null;
    return finish(
      { status: 'FAILURE', response, criteria, reason: failureReason(res, failed) },
      retryable,
      retryAfter,
    );
  } catch (error) {
    if (error instanceof HttpError) {
      return finish(
        { status: 'FAILURE', criteria: [], reason: error.message },
        error.kind === 'network' || error.kind === 'timeout',
      );
    }
    if (error instanceof TokenError) {
      return finish({ status: 'FAILURE', criteria: [], reason: error.message }, error.retryable);
    }
    throw error;
  }
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
