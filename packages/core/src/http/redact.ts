const SECRET_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|apikey|x-auth-token)$|token|secret|password|passcode|signature/i;
const SECRET_VALUE = /^(bearer|basic|token|digest)\s/i;
const SECRET_PARAM =
  /token|secret|pass(word|code)?|api[-_]?key|^key$|^sig(nature)?$|^auth(orization)?$/i;
const REDACTED = '[redacted]';

/**
 * Credential-bearing headers as "[redacted]", for what a run shows of the request; `secret` names
 * (lower case) are the connector's own secret headers, redacted whatever they are called.
 */
export function redactHeaders(
  headers: Record<string, string>,
  secret: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key in headers) {
    const value = headers[key] as string;
    const hidden =
      secret.has(key.toLowerCase()) || SECRET_NAME.test(key) || SECRET_VALUE.test(value);
    out[key] = hidden ? REDACTED : value;
  }
  return out;
}

/** A URL with token-ish query parameters (access_token, api_key, sig...) as "[redacted]". */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const end = hash < 0 ? url.length : hash;
  const params = url
    .slice(q + 1, end)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw name
      }
      return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    });
  return `${url.slice(0, q + 1)}${params.join('&')}${url.slice(end)}`;
}
