import { authHandler, type AuthContext } from './auth/handlers.js';
import type { TokenCache } from './auth/token-cache.js';
import { TokenError } from './auth/token-request.js';
import { evaluateCriteria } from './criteria/evaluate.js';
import { backoffDelayMs, parseRetryAfter } from './delivery/backoff.js';
import { systemClock, type Clock } from './delivery/clock.js';
import type { RateLimiter } from './delivery/rate-limiter.js';
import { HttpError, type HttpClient, type HttpResponse } from './http/client.js';
import { redactHeaders, redactUrl } from './http/redact.js';
import type { ListCache } from './matching/list-cache.js';
import { MatchingError, type MatchingContext } from './matching/request.js';
import { hasMatching, resolveMatches } from './matching/resolve.js';
import { readResponseValue, type ResponseRead } from './response/read.js';
import { retriesStatus } from './delivery/retry-on.js';
import {
  gaveUp,
  responseReason,
  retryAfterHeader,
  type PushOutcome,
  type SentRequest,
} from './push-outcome.js';
import {
  compileRequest,
  RequestTemplateError,
  type CompiledRequest,
  type RenderedRequest,
} from './push-request.js';
import type { ConnectorDefinition } from './schema/connector.schema.js';
import { signatureHeaders, type SigningKeys } from './signing/sign.js';
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
  /** createListCache(): staff and lead source lists per connector; without one, every push fetches them. */
  lists?: ListCache;
}

export interface PushConnector {
  /** Token cache and rate limiter key. */
  id: string;
  definition: ConnectorDefinition;
  /** The signing secrets; needed when definition.signPushes is on. */
  signing?: SigningKeys | null;
}

export interface PushContext {
  /** Sent as Idempotency-Key on every attempt. */
  runId: string;
  /** 1-based. */
  attempt: number;
  /**
   * The caller already took the rate-limit slot of the push request itself (the API's worker
   * reserves it ahead); list and create requests of matching still take theirs here.
   */
  pushSlotTaken?: boolean;
}

interface Failure {
  reason: string;
  retryable: boolean;
  response?: HttpResponse;
  read?: ResponseRead | null;
  criteria?: PushOutcome['criteria'];
  retryAfterMs?: number | null;
}

/**
 * One attempt of one push: match staff and lead source (when the connector does), render the
 * request, authenticate, send, judge the response.
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

  let compiled: CompiledRequest;
  try {
    compiled = compileRequest(def);
  } catch (error) {
    if (!(error instanceof RequestTemplateError)) throw error;
    const request = { method, url: redactUrl(def.request.url), headers: {}, body: null };
    return { status: 'FAILURE', request, durationMs: 0, criteria: [], reason: error.message };
  }
  if (def.signPushes && !connector.signing) {
    const request = { method, url: redactUrl(def.request.url), headers: {}, body: null };
    const reason = 'Sign pushes is on but the connector has no signing secret yet: save it again';
    return { status: 'FAILURE', request, durationMs: 0, criteria: [], reason };
  }
  const render = (record: RecordValues): RenderedRequest => {
    const rendered = compiled.render(record);
    rendered.headers['idempotency-key'] = ctx.runId;
    return rendered;
  };

  // durationMs runs from here, matching included, without the rate limiter's waits.
  const started = clock.now();
  let waited = 0;
  const elapsed = () => clock.now() - started - waited;
  const acquire = async () => {
    if (!rateLimitPerMinute || !deps.rateLimiter) return;
    const before = clock.now();
    await deps.rateLimiter.acquire(connector.id, rateLimitPerMinute);
    waited += clock.now() - before;
  };

  const fail = (rendered: RenderedRequest, f: Failure): PushOutcome => {
    const outcome: PushOutcome = {
      status: 'FAILURE',
      request: sentRequest(method, rendered, compiled.secretHeaders),
      ...(f.response ? { response: responseOf(f.response, sentSecrets()) } : {}),
      ...resultOf(f.read),
      durationMs: elapsed(),
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

  let matched = values;
  const matching: MatchingContext = {
    connectorId: connector.id,
    definition: def,
    auth: authCtx,
    lists: deps.lists,
    acquire,
  };
  if (hasMatching(matching)) {
    const unmatched = render(values);
    const { 'content-type': _type, 'idempotency-key': _key, ...own } = unmatched.headers;
    matching.headers = own;
    try {
      matched = await resolveMatches(matching, values);
    } catch (error) {
      return fail(unmatched, noResponse(error));
    }
  }
  const rendered = render(matched);
  const { headers } = rendered;
  /** The credential values this attempt sent: a target that echoes them does not get them stored. */
  const sentSecrets = () => {
    const shown = redactHeaders(headers, compiled.secretHeaders);
    return Object.keys(headers)
      .filter((k) => shown[k] !== headers[k])
      .flatMap((k) => {
        const value = headers[k] as string;
        // "Basic abc…" / "Bearer abc…": the credential alone may come back too.
        const credential = value.replace(/^\S+\s+/, '');
        return credential !== value ? [value, credential] : [value];
      })
      .filter((v) => v.length >= 4);
  };

  if (!ctx.pushSlotTaken) await acquire();
  const body = rendered.body ?? undefined;
  let authorization: string | null = null;
  const send = async () => {
    authorization = await auth.header(def.authentication, authCtx);
    if (authorization) headers.authorization = authorization;
    // Signed last, at send time: the exact body sent ('' without one) and this attempt's time.
    if (def.signPushes && connector.signing)
      Object.assign(
        headers,
        signatureHeaders(connector.signing, ctx.runId, clock.now(), body ?? ''),
      );
    return deps.http.send({ method, url: rendered.url, headers, body, timeoutMs });
  };

  try {
    let res = await send();
    if (res.status === 401 && auth.invalidate(def.authentication, authCtx, authorization))
      res = await send();
    // Read once per attempt, from the body as capped by the client.
    const read = def.responseMapping
      ? readResponseValue(def.responseMapping, { text: res.body, truncated: res.truncated })
      : null;
    const criteria = evaluateCriteria(def.successCriteria, {
      ...res,
      responseValue: read?.value ?? null,
    });
    const failed = criteria.find((c) => !c.passed);
    if (!failed) {
      return {
        status: 'SUCCESS',
        request: sentRequest(method, rendered, compiled.secretHeaders),
        response: responseOf(res, sentSecrets()),
        ...resultOf(read),
        durationMs: elapsed(),
        criteria,
        reason: null,
      };
    }
    // The connector's retryOn decides; Retry-After (429, 503) sets the wait when it is retried.
    const retryable = retriesStatus(def.delivery.retryOn, res.status);
    return fail(rendered, {
      reason: responseReason(res, failed, retryable),
      retryable,
      response: res,
      read,
      criteria,
      retryAfterMs: retryable ? parseRetryAfter(retryAfterHeader(res), clock.now()) : null,
    });
  } catch (error) {
    return fail(rendered, noResponse(error));
  }
}

/** The request as shown in a run: credentials and token-ish URL parameters redacted. */
function sentRequest(
  method: string,
  rendered: RenderedRequest,
  secret: ReadonlySet<string>,
): SentRequest {
  return {
    method,
    url: redactUrl(rendered.url),
    headers: redactHeaders(rendered.headers, secret),
    body: rendered.body,
  };
}

/** An attempt that got no (usable) response: the request, the token endpoint or matching failed. */
function noResponse(error: unknown): Failure {
  if (error instanceof HttpError)
    return {
      reason: error.message,
      retryable: error.kind === 'network' || error.kind === 'timeout',
    };
  if (error instanceof TokenError) return { reason: error.message, retryable: error.retryable };
  if (error instanceof MatchingError)
    return { reason: error.message, retryable: error.retryable, retryAfterMs: error.retryAfterMs };
  throw error;
}

/** The mapping's result on the outcome; nothing when the connector has no mapping. */
function resultOf(read: ResponseRead | null | undefined) {
  return read ? { responseValue: read.value, responseValueError: read.error } : {};
}

/** The response as a run shows it: cookies redacted, any credential sent "[redacted]" in it. */
function responseOf(
  res: HttpResponse,
  secrets: readonly string[],
): NonNullable<PushOutcome['response']> {
  const scrub = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers))
    if (value !== undefined) headers[key] = scrub(Array.isArray(value) ? value.join(', ') : value);
  return {
    status: res.status,
    headers: redactHeaders(headers),
    body: scrub(res.body),
    truncated: res.truncated,
  };
}
