import { TargetBlockedError } from './guard.js';

export type HttpErrorKind = 'blocked' | 'timeout' | 'network' | 'invalid';

/** A request that got no (complete) response; the message is meant for a person. */
export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const ERRNO_TEXT: Record<string, string> = {
  ECONNREFUSED: 'Connection refused by',
  ECONNRESET: 'Connection reset by',
  ENOTFOUND: 'Host not found:',
  EAI_AGAIN: 'DNS lookup failed for',
  EHOSTUNREACH: 'Host unreachable:',
  ENETUNREACH: 'Network unreachable for',
  ETIMEDOUT: 'Connection timed out to',
  EPIPE: 'Connection closed by',
  UND_ERR_SOCKET: 'Connection closed by',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match',
  CERT_HAS_EXPIRED: 'TLS certificate has expired for',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed for',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified for',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed for',
};

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Any error from undici, the socket or the guard -> an HttpError that says what happened. */
export function toHttpError(
  error: unknown,
  url: URL,
  timeoutMs: number,
  connectTimeoutMs: number,
): HttpError {
  if (error instanceof HttpError) return error;
  const err = error as { name?: string; code?: string; message?: string; cause?: unknown };
  const blocked = [err, err.cause].find((e) => e instanceof TargetBlockedError);
  if (blocked) return new HttpError('blocked', (blocked as TargetBlockedError).message);
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code ?? '';
  if (code === 'UND_ERR_INVALID_ARG') {
    return new HttpError('invalid', `The request to ${url.host} cannot be sent: ${err.message}`);
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new HttpError('timeout', `No connection to ${url.host} within ${connectTimeoutMs} ms`);
  }
  if (TIMEOUT_CODES.has(code) || err.name === 'TimeoutError') {
    return new HttpError('timeout', `No response from ${url.host} within ${timeoutMs} ms`);
  }
  const text = ERRNO_TEXT[code];
  return new HttpError(
    'network',
    text ? `${text} ${url.host}` : `Request to ${url.host} failed: ${err.message || code}`,
  );
}
