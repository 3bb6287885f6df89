import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';
import {
  assertTargetAllowed,
  isIpLiteral,
  parseAllowList,
  TargetBlockedError,
  type AllowList,
} from './guard.js';
import { guardedLookup } from './guarded-lookup.js';

export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /** Cut at 64 KiB. */
  body: string;
  truncated: boolean;
}

export type HttpErrorKind = 'blocked' | 'timeout' | 'network' | 'invalid';

/** A request that got no response; the message is meant for a person. */
export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  /** Hosts and CIDRs let through although loopback/private (ALLOWED_TARGET_HOSTS). */
  allowedTargets?: string | readonly string[];
  /** Keep-alive connections per origin. */
  connectionsPerOrigin?: number;
}

const ERRNO_TEXT: Record<string, string> = {
  ECONNREFUSED: 'Connection refused by',
  ECONNRESET: 'Connection reset by',
  ENOTFOUND: 'Host not found:',
  EAI_AGAIN: 'DNS lookup failed for',
  EHOSTUNREACH: 'Host unreachable:',
  ETIMEDOUT: 'Connection timed out to',
  EPIPE: 'Connection closed by',
  UND_ERR_SOCKET: 'Connection closed by',
};

function toHttpError(error: unknown, url: URL, timeoutMs: number): HttpError {
  const err = error as { name?: string; code?: string; message?: string; cause?: unknown };
  const blocked = [err, err.cause].find((e) => e instanceof TargetBlockedError) as
    TargetBlockedError | undefined;
  if (blocked) return new HttpError('blocked', blocked.message);
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || /TIMEOUT/.test(err.code ?? '')) {
    return new HttpError('timeout', `No response from ${url.host} within ${timeoutMs} ms`);
  }
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code ?? '';
  const text = ERRNO_TEXT[code];
  return new HttpError(
    'network',
    text ? `${text} ${url.host}` : `Request to ${url.host} failed: ${err.message ?? code}`,
  );
}

async function readCapped(
  body: AsyncIterable<Buffer> & { destroy(): void },
): Promise<[string, boolean]> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const room = MAX_RESPONSE_BYTES - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      body.destroy();
      return [Buffer.concat(chunks).toString('utf8'), true];
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return [Buffer.concat(chunks).toString('utf8'), false];
}

/** undici with a keep-alive pool per origin, the target guard, a per-request timeout and a size cap. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const allow: AllowList = parseAllowList(options.allowedTargets);
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 64,
    keepAliveTimeout: 30_000,
    connect: { lookup: guardedLookup(allow) },
  });
  return {
    async send(req) {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        throw new HttpError('invalid', `Invalid URL: ${req.url}`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpError(
          'invalid',
          `Only http and https URLs can be pushed to, not ${url.protocol}`,
        );
      }
      try {
        if (isIpLiteral(url.hostname))
          assertTargetAllowed(url.hostname, url.hostname.replace(/^\[|\]$/g, ''), allow);
        const res = await request(url, {
          dispatcher: agent,
          method: req.method as 'POST',
          headers: req.headers,
          body: req.body,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
          signal: AbortSignal.timeout(req.timeoutMs),
        });
        const [body, truncated] = await readCapped(res.body as never);
        return {
          status: res.statusCode,
          statusText: STATUS_CODES[res.statusCode] ?? '',
          headers: res.headers,
          body,
          truncated,
        };
      } catch (error) {
        throw toHttpError(error, url, req.timeoutMs);
      }
    },
    close: () => agent.close(),
  };
}
