import { authHandler, type AuthContext } from '../auth/handlers.js';
import { parseRetryAfter } from '../delivery/backoff.js';
import { HttpError, type HttpResponse } from '../http/client.js';
import { redactUrl } from '../http/redact.js';
import { retriesStatus } from '../delivery/retry-on.js';
import { retryAfterHeader } from '../push-outcome.js';
import type { ConnectorDefinition } from '../schema/connector.schema.js';
import type { ListCache } from './list-cache.js';

/** A list or create request failed; retryable exactly when a push would be. */
export class MatchingError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** What matching needs: the connector, its authentication and the push's rate limiter. */
export interface MatchingContext {
  connectorId: string;
  definition: ConnectorDefinition;
  /** The push's auth context (http client, token cache, clock, timeoutMs). */
  auth: AuthContext;
  /** Absent: every push fetches the lists. */
  lists?: ListCache;
  /** Waits for the connector's rate limit; called before each request to the target. */
  acquire(): Promise<void>;
  /** The connector's own headers as rendered for this push (an API key, say); sent along. */
  headers?: Readonly<Record<string, string>>;
}

/** Lists may be longer than a push's response. */
export const LIST_MAX_BYTES = 4 * 1024 * 1024;

export interface JsonAnswer {
  status: number;
  /** undefined when the body is not JSON. */
  json: unknown;
}

/**
 * Sends one request to the target with the connector's Authorization header (a 401 drops the
 * token and tries once more, as the push does); a non-2xx answer or no answer is a MatchingError.
 * what names the request in reasons, e.g. "staff list".
 */
export async function requestJson(
  ctx: MatchingContext,
  what: string,
  url: string,
  body?: unknown,
): Promise<JsonAnswer> {
  const { authentication } = ctx.definition;
  const auth = authHandler(authentication);
  const shown = redactUrl(url);
  const headers: Record<string, string> = { ...ctx.headers, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let authorization: string | null = null;
  const send = async () => {
    authorization = await auth.header(authentication, ctx.auth);
    if (authorization) headers.authorization = authorization;
    return ctx.auth.http.send({
      method: body === undefined ? 'GET' : 'POST',
      url,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs: ctx.auth.timeoutMs,
      maxBytes: LIST_MAX_BYTES,
    });
  };

  await ctx.acquire();
  let res: HttpResponse;
  try {
    res = await send();
    if (res.status === 401 && auth.invalidate(authentication, ctx.auth, authorization))
      res = await send();
  } catch (error) {
    if (!(error instanceof HttpError)) throw error; // token errors are the push's to judge
    const retryable = error.kind === 'network' || error.kind === 'timeout';
    throw new MatchingError(`${what} request to ${shown} failed: ${error.message}`, retryable);
  }
  if (res.status < 200 || res.status >= 300) {
    const retryable = retriesStatus(ctx.definition.delivery.retryOn, res.status);
    const hint =
      res.status === 401 || res.status === 403
        ? ": check the connector's authentication settings"
        : '';
    throw new MatchingError(
      `${what} request to ${shown} answered ${res.status}${hint}`,
      retryable,
      retryable ? parseRetryAfter(retryAfterHeader(res), ctx.auth.clock.now()) : null,
    );
  }
  if (res.truncated) {
    throw new MatchingError(
      `${what} from ${shown} is larger than ${LIST_MAX_BYTES / 1024 / 1024} MiB`,
      false,
    );
  }
  try {
    return { status: res.status, json: JSON.parse(res.body) as unknown };
  } catch {
    return { status: res.status, json: undefined };
  }
}
