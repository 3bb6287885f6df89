import type { HttpClient } from '../http/client.js';
import { HttpError } from '../http/client.js';

/** The token endpoint failed; retryable when it may work later (network, timeout, 429, 5xx). */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** POSTs to a token endpoint and returns its JSON answer, or throws a TokenError saying why not. */
export async function requestToken(
  http: HttpClient,
  url: string,
  body: string,
  contentType: string,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  let res;
  try {
    res = await http.send({
      method: 'POST',
      url,
      headers: { 'content-type': contentType, accept: 'application/json' },
      body,
      timeoutMs,
    });
  } catch (error) {
    const e = error as HttpError;
    throw new TokenError(
      `token request to ${url} failed: ${e.message}`,
      e.kind !== 'blocked' && e.kind !== 'invalid',
    );
  }
  if (res.status < 200 || res.status >= 300) {
    throw new TokenError(
      `token request to ${url} answered ${res.status}: ${excerpt(res.body)}`,
      res.status === 429 || res.status >= 500,
    );
  }
  try {
    const json: unknown = JSON.parse(res.body);
    if (json && typeof json === 'object') return json as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new TokenError(
    `token request to ${url} answered ${res.status} without a JSON object: ${excerpt(res.body)}`,
    false,
  );
}

/** Reads a dot path such as data.token. */
export function readPath(json: Record<string, unknown>, path: string): unknown {
  return path
    .trim()
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      json,
    );
}
