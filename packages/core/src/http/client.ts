import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';
import { HttpError, toHttpError } from './errors.js';
import {
  assertTargetAllowed,
  isIpLiteral,
  parseAllowList,
  underUrlPrefix,
  type AllowList,
} from './guard.js';
import { guardedLookup } from './guarded-lookup.js';

export { HttpError, type HttpErrorKind } from './errors.js';

export const MAX_RESPONSE_BYTES = 64 * 1024;
/** Time allowed to open a connection (TCP + TLS), apart from the per-attempt response timeout. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** No response headers, no body chunk, or no whole body within this time -> a timeout. */
  timeoutMs: number;
  /** Where the body is cut (default MAX_RESPONSE_BYTES); a target's list may need more. */
  maxBytes?: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /** Cut at 64 KiB (or the request's maxBytes). */
  body: string;
  truncated: boolean;
}

export interface HttpClient {
  /** Sends one request, never following redirects; throws HttpError when no response came. */
  send(req: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  /** Hosts and CIDRs let through although loopback/private (ALLOWED_TARGET_HOSTS). */
  allowedTargets?: string | readonly string[];
  /** Keep-alive connections per origin (default 64). */
  connectionsPerOrigin?: number;
  /**
   * URL prefixes let through although their host is loopback/private (e.g. the product's own
   * http://localhost:4000/demo/ while demo data is on); read on each request.
   */
  allowedUrlPrefixes?: () => readonly string[];
}

interface Body {
  on(event: string, listener: (arg: never) => void): unknown;
  destroy(): void;
}

/** Reads up to max bytes, then destroys the stream; a body still arriving after the deadline is a timeout. */
function readCapped(
  body: Body,
  max: number,
  deadline: number,
  timeout: () => Error,
): Promise<[string, boolean]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      const room = max - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        body.destroy();
        resolve([Buffer.concat(chunks).toString('utf8'), true]);
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (Date.now() > deadline) {
        body.destroy();
        reject(timeout());
      }
    });
    body.on('end', () =>
      resolve([
        chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'),
        false,
      ]),
    );
    body.on('error', reject);
  });
}

/** The guard's verdict for IP-literal hosts (DNS names are checked in the socket's lookup). */
function literalGuard(allow: AllowList): (hostname: string) => void {
  const verdicts = new Map<string, Error | null>();
  return (hostname) => {
    let verdict = verdicts.get(hostname);
    if (verdict === undefined) {
      verdict = null;
      if (isIpLiteral(hostname)) {
        try {
          assertTargetAllowed(hostname, hostname.replace(/^\[|\]$/g, ''), allow);
        } catch (error) {
          verdict = error as Error;
        }
      }
      if (verdicts.size >= 1000) verdicts.clear();
      verdicts.set(hostname, verdict);
    }
    if (verdict) throw verdict;
  };
}

/** undici with a keep-alive pool per origin, the target guard, a per-request timeout and a size cap. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const allow = parseAllowList(options.allowedTargets);
  const checkLiteral = literalGuard(allow);
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 64,
    keepAliveTimeout: 30_000,
    connect: { lookup: guardedLookup(allow), timeout: CONNECT_TIMEOUT_MS },
  });
  // Requests under an allowed prefix: their origin is fixed by the prefix, so no guard here.
  let prefixAgent: Agent | null = null;
  const dispatcherFor = (url: URL): Agent => {
    const prefixes = options.allowedUrlPrefixes?.() ?? [];
    if (!underUrlPrefix(url, prefixes)) {
      checkLiteral(url.hostname);
      return agent;
    }
    prefixAgent ??= new Agent({
      connections: 8,
      keepAliveTimeout: 30_000,
      connect: { timeout: CONNECT_TIMEOUT_MS },
    });
    return prefixAgent;
  };
  return {
    async send(req) {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        throw new HttpError('invalid', `Invalid URL: ${req.url}`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpError('invalid', `Only http and https URLs can be used, not ${url.protocol}`);
      }
      const { timeoutMs } = req;
      const timeout = () =>
        new HttpError('timeout', `No response from ${url.host} within ${timeoutMs} ms`);
      try {
        const dispatcher = dispatcherFor(url);
        const deadline = Date.now() + timeoutMs;
        const res = await request(url, {
          dispatcher,
          method: req.method as 'POST',
          headers: req.headers,
          body: req.body,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const max = req.maxBytes ?? MAX_RESPONSE_BYTES;
        const [body, truncated] = await readCapped(res.body as never, max, deadline, timeout);
        return {
          status: res.statusCode,
          statusText: STATUS_CODES[res.statusCode] ?? '',
          headers: res.headers,
          body,
          truncated,
        };
      } catch (error) {
        throw toHttpError(error, url, timeoutMs, CONNECT_TIMEOUT_MS);
      }
    },
    async close() {
      await Promise.all([agent.close(), prefixAgent?.close()]);
    },
  };
}
