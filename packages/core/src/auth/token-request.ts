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

/** The values we sent (JSON string leaves or form values): an endpoint may echo them back. */
function sentValues(body: string): string[] {
  const values = [body];
  try {
    const walk = (node: unknown): void => {
      if (typeof node === 'string') values.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(JSON.parse(body));
  } catch {
    for (const [, v] of new URLSearchParams(body)) values.push(v);
  }
  return values.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

/** At most 200 characters of the answer, with anything we sent blanked out. */
function excerpt(text: string, sent: string): string {
  let safe = text;
  for (const v of sentValues(sent)) safe = safe.split(v).join('[redacted]');
  return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
}

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
      `token request to ${url} answered ${res.status}: ${excerpt(res.body, body)}`,
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
    `token request to ${url} answered ${res.status} without a JSON object: ${excerpt(res.body, body)}`,
    false,
  );
}
